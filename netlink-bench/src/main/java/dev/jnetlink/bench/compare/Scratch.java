package dev.jnetlink.bench.compare;

import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.route.RouteProtocol;
import dev.jnetlink.codec.tc.kind.U32Options;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.nftables.Nft;
import dev.jnetlink.rtnl.Links;
import dev.jnetlink.rtnl.RouteFilter;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.tc.Filters;
import dev.jnetlink.rtnl.tc.Htb;
import dev.jnetlink.socket.NotFoundException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh named namespace (and for W2_create_netns a second one) for one peer's run, set up
 * with jnetlink, and removed on close: the runner's links are deleted by group first, so the
 * kernel does not clean up thousands of them in the background while the next peer is timed.
 * A shutdown hook removes whatever is left if the runner dies.
 */
final class Scratch implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();
    private static final String PREFIX = "jnl-cmp-" + ProcessHandle.current().pid() + "-";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (String n : LIVE) {
                NetNs.deleteIfExists(n);
            }
        }, "jnl-cmp-cleanup"));
    }

    final Settings cfg;
    final String name;
    final NetNs ns;
    final String name2;
    final NetNs ns2;
    private final Rtnl rtnl;

    private Scratch(Settings cfg, boolean second) {
        this.cfg = cfg;
        this.name = newName();
        this.ns = NetNs.create(name);
        this.name2 = second ? newName() : null;
        this.ns2 = second ? NetNs.create(name2) : null;
        this.rtnl = Rtnl.openIn(ns);
        rtnl.links().setUp("lo");
    }

    private static String newName() {
        String n = PREFIX + COUNTER.incrementAndGet();
        LIVE.add(n);
        return n;
    }

    /**
     * Makes the namespace(s) for one repetition of {@code w} and prepares the state it needs.
     *
     * @param cfg settings
     * @param w the workload
     * @return the scratch, ready
     */
    static Scratch prepare(Settings cfg, Workload w) {
        Scratch s = new Scratch(cfg, w == Workload.W2_CREATE_NETNS);
        boolean ok = false;
        try {
            switch (w) {
                case W1_1K, W1_10K -> s.vethPairs(Settings.links(w) / 2);
                case W2_DELETE_EACH, W2_DELETE_GROUP -> s.vethPairs(cfg.pairs());
                case W3_BATCHED, W3_EACH, W5 -> s.router();
                case W4 -> {
                    s.router();
                    s.rtnl.routes().addAll(routeSpecs(cfg.routes())).throwIfAnyFailed();
                }
                case W6_GET, W6_SETUP -> s.rtnl.links().add(Veth.pair("w0", "w1").group(Settings.GROUP));
                case T1 -> s.shaped();
                case T2 -> {
                    s.shaped();
                    Filters f = s.rtnl.tc().filters();
                    for (int i = 0; i < Settings.FILTERS; i++) {
                        f.add(Settings.TC_DEV, "1:", 1, Filters.IP, JnetlinkPeer.u32Filter(i));
                    }
                }
                case N2 -> {
                    try (Nft nft = Nft.openIn(s.ns)) {
                        JnetlinkPeer.dnatRules(nft, cfg.nftRules()).commit();
                    }
                }
                default -> {
                }
            }
            ok = true;
            return s;
        } finally {
            if (!ok) {
                s.close();
            }
        }
    }

    /** @return a client in the namespace, for checks */
    Rtnl rtnl() {
        return rtnl;
    }

    private void vethPairs(int n) {
        Links links = rtnl.links();
        for (int i = 0; i < n; i++) {
            links.add(Veth.pair("v" + i, "p" + i).group(Settings.GROUP));
        }
    }

    // veth0 (10.0.0.1/24) and veth1, both up: routes go via 10.0.0.2 dev veth0.
    private void router() {
        rtnl.links().add(Veth.pair("veth0", "veth1").group(Settings.GROUP));
        rtnl.links().setUp("veth0");
        rtnl.links().setUp("veth1");
        rtnl.addresses().add("veth0", "10.0.0.1/24");
    }

    /**
     * The routes every peer installs: {@code 11+i/65536 . i/256 . i%256 .0/24 via 10.0.0.2 dev
     * veth0}, protocol boot (what {@code ip route add} sets).
     *
     * @param n how many
     * @return the specs, built from addresses (no text to parse)
     */
    static List<RouteSpec> routeSpecs(int n) {
        try {
            InetAddress gw = InetAddress.getByAddress(new byte[] {10, 0, 0, 2});
            List<RouteSpec> specs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                InetAddress dst = InetAddress.getByAddress(new byte[] {(byte) (11 + i / 65536),
                        (byte) (i / 256 % 256), (byte) (i % 256), 0});
                specs.add(RouteSpec.to(new Prefix(dst, 24)).via(gw).dev("veth0")
                        .protocol(RouteProtocol.BOOT).build());
            }
            return specs;
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    // T1 and T2's device: t0 (and t1) with an htb qdisc 1: and a class 1:10 the filters point at.
    private void shaped() {
        rtnl.links().add(Veth.pair(Settings.TC_DEV, "t1").group(Settings.GROUP));
        rtnl.links().setUp(Settings.TC_DEV);
        rtnl.tc().qdiscs().add(Settings.TC_DEV, "root", "1:", Htb.qdisc().defaultClass(0x10));
        rtnl.tc().classes().add(Settings.TC_DEV, "1:", "1:10", Htb.rate(1_000_000_000L));
    }

    /** @return the u32 filters of T1's device that classify (not the hash tables) */
    int filterCount() {
        return (int) rtnl.tc().filters().list(Settings.TC_DEV, "1:").stream()
                .filter(f -> f.options() instanceof U32Options u && u.sel() != null).count();
    }

    /** @return the rules in chain docker of table ip nat: N1's */
    int nftRuleCount() {
        try (Nft nft = Nft.openIn(ns)) {
            return nft.listRules(JnetlinkPeer.NAT, "docker").size();
        }
    }

    /** @return links in the namespace */
    int linkCount() {
        return rtnl.links().list().size();
    }

    /** @return links in the second namespace */
    int linkCount2() {
        try (Rtnl r = Rtnl.openIn(ns2)) {
            return r.links().list().size();
        }
    }

    /** @return IPv4 routes of protocol boot in the main table: the installed ones */
    int routeCount() {
        return rtnl.routes().list(RouteFilter.main().ipv4().protocol(RouteProtocol.BOOT)).size();
    }

    @Override
    public void close() {
        try {
            rtnl.links().deleteGroup(Settings.GROUP);
        } catch (NotFoundException e) {
            // nothing left
        } catch (RuntimeException e) {
            System.err.println("cleanup of " + name + ": " + e);
        }
        rtnl.close();
        ns.close();
        NetNs.deleteIfExists(name);
        LIVE.remove(name);
        if (ns2 != null) {
            ns2.close();
            NetNs.deleteIfExists(name2);
            LIVE.remove(name2);
        }
    }
}

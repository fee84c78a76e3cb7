package dev.jnetlink.nftables.publish;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.nftables.ChainSpec;
import dev.jnetlink.nftables.ChainType;
import dev.jnetlink.nftables.Committed;
import dev.jnetlink.nftables.Hook;
import dev.jnetlink.nftables.Nft;
import dev.jnetlink.nftables.RuleHandle;
import dev.jnetlink.nftables.RuleSpec;
import dev.jnetlink.nftables.TableSpec;
import dev.jnetlink.nftables.Transaction;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.rtnl.InterfaceNames;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publishes containers' ports on the host the way {@code docker run -p} does, with nftables:
 * one table per bridge network holding what {@code iptables -t nat -vnL} shows on a Docker host.
 * <pre>
 * table ip docker {
 *     chain prerouting  { type nat hook prerouting priority dstnat; policy accept;
 *                         fib daddr type local jump docker }                 # ADDRTYPE dst-type LOCAL
 *     chain output      { type nat hook output priority -100; policy accept;
 *                         ip daddr != 127.0.0.0/8 fib daddr type local jump docker }
 *     chain postrouting { type nat hook postrouting priority srcnat; policy accept;
 *                         ip saddr 172.17.0.0/16 oifname != "docker0" counter masquerade
 *                         ip saddr 172.17.0.2 ip daddr 172.17.0.2 tcp dport 80 counter masquerade }  # hairpin
 *     chain docker      { iifname "docker0" return
 *                         iifname != "docker0" tcp dport 32768 counter dnat to 172.17.0.2:80 }
 * }
 * </pre>
 * Each publication is two rules, found again by their comment (the container's name and the
 * mapping), so that {@link #unpublish} removes exactly one container's rules, also from another
 * process or after a restart.
 *
 * <p>Thread-safe: calls are serialised.
 */
public final class PortPublisher {
    /** The first port a dynamic publication gets, as Docker picks them. */
    public static final int FIRST_DYNAMIC_PORT = 32768;
    /** The last one ({@code net.ipv4.ip_local_port_range}'s default end). */
    public static final int LAST_DYNAMIC_PORT = 60999;

    private final Nft nft;
    private final String bridge;
    private final Prefix subnet;
    private final TableSpec table;
    private final ChainSpec prerouting;
    private final ChainSpec output;
    private final ChainSpec postrouting;
    private final ChainSpec docker;
    private final Map<String, List<Publication>> byContainer = new LinkedHashMap<>();

    private PortPublisher(Nft nft, String bridge, Prefix subnet, String tableName) {
        this.nft = Objects.requireNonNull(nft, "nft");
        this.bridge = InterfaceNames.validate(bridge);
        this.subnet = subnet;
        if (!(subnet.address() instanceof Inet4Address)) {
            throw new IllegalArgumentException("bridge subnet " + subnet.address().getHostAddress() + "/"
                    + subnet.length() + " is not IPv4");
        }
        this.table = TableSpec.ip(tableName);
        this.prerouting = ChainSpec.base(table, "prerouting").type(ChainType.NAT).hook(Hook.PREROUTING)
                .priority(ChainSpec.PRIORITY_DSTNAT).build();
        this.output = ChainSpec.base(table, "output").type(ChainType.NAT).hook(Hook.OUTPUT)
                .priority(ChainSpec.PRIORITY_DSTNAT).build();
        this.postrouting = ChainSpec.base(table, "postrouting").type(ChainType.NAT).hook(Hook.POSTROUTING)
                .priority(ChainSpec.PRIORITY_SRCNAT).build();
        this.docker = ChainSpec.regular(table, "docker");
    }

    /**
     * Sets up NAT for a bridge network (if its table is not there yet) and loads what is
     * published on it already. Equivalent to what {@code dockerd} does for {@code docker0}:
     * the masquerade of the subnet out of every interface but the bridge, and the chain the
     * published ports go into.
     *
     * @param nft a client in the host's namespace
     * @param bridge the bridge, e.g. {@code docker0}
     * @param subnet its subnet, e.g. {@code 172.17.0.0/16}
     * @param tableName the nftables table to keep it in, e.g. {@code docker}
     * @return the publisher
     */
    public static PortPublisher open(Nft nft, String bridge, String subnet, String tableName) {
        Prefix p = Prefix.parse(subnet);
        PortPublisher pub = new PortPublisher(nft, bridge, new Prefix(network(p), p.length()), tableName);
        pub.setUpOrLoad();
        return pub;
    }

    private static InetAddress network(Prefix p) {
        byte[] a = p.address().getAddress();
        for (int i = p.length(); i < a.length * 8; i++) {
            a[i / 8] &= (byte) ~(0x80 >>> (i % 8));
        }
        return IpAddresses.of(a);
    }

    private void setUpOrLoad() {
        boolean exists = nft.listTables().stream()
                .anyMatch(t -> t.family() == table.family().number() && t.name().equals(table.name()));
        if (!exists) {
            String net = IpAddresses.format(subnet.address()) + "/" + subnet.length();
            nft.transaction().add(table).add(prerouting).add(output).add(postrouting).add(docker)
                    .add(RuleSpec.in(prerouting).fibDaddrTypeLocal().jump(docker.name()).build())
                    .add(RuleSpec.in(output).ipDaddrNot("127.0.0.0/8").fibDaddrTypeLocal().jump(docker.name()).build())
                    .add(RuleSpec.in(postrouting).ipSaddr(net).oifnameNot(bridge).counter().masquerade().build())
                    .add(RuleSpec.in(docker).iifname(bridge).returnFromChain().build())
                    .commit();
            return;
        }
        Map<String, List<RuleHandle>> byComment = new LinkedHashMap<>();
        for (ChainSpec c : List.of(docker, postrouting)) {
            for (Rule r : nft.listRules(table, c.name())) {
                String comment = RuleSpec.commentOf(r);
                if (comment != null) {
                    byComment.computeIfAbsent(comment, k -> new ArrayList<>())
                            .add(new RuleHandle(table, c.name(), r.handle()));
                }
            }
        }
        for (var e : byComment.entrySet()) {
            Publication p = Publication.parse(e.getKey(), e.getValue());
            if (p != null) {
                byContainer.computeIfAbsent(p.container(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** @return the table the publisher keeps its rules in */
    public TableSpec table() {
        return table;
    }

    /** @return the bridge */
    public String bridge() {
        return bridge;
    }

    /**
     * Publishes one port of a container. Equivalent to {@code docker run -p SPEC}: a rule in
     * chain docker that DNATs the host port to the container's, and the hairpin masquerade.
     *
     * @param container the container's name
     * @param address its address on the bridge
     * @param spec {@code [ip:][hostPort:]containerPort[/tcp|udp]}; no host port picks the first
     *     free one from {@value #FIRST_DYNAMIC_PORT}
     * @return the publication
     * @throws IllegalArgumentException if the address is not in the bridge's subnet, the host
     *     port is taken, or no dynamic port is free; before any request
     */
    public synchronized Publication publish(String container, String address, PortSpec spec) {
        return publishAll(container, address, List.of(spec)).get(0);
    }

    /**
     * Publishes several ports of a container in one transaction, all or none. With container
     * ports alone, equivalent to {@code docker run -P} (every exposed port on a dynamic host
     * port).
     *
     * @param container the container's name
     * @param address its address on the bridge
     * @param specs the ports
     * @return the publications, in order
     */
    public synchronized List<Publication> publishAll(String container, String address, Collection<PortSpec> specs) {
        checkName(container);
        InetAddress ca = IpAddresses.parse(address);
        if (!inSubnet(ca)) {
            throw new IllegalArgumentException("container " + container + ": " + address + " is not in "
                    + bridge + "'s subnet " + IpAddresses.format(subnet.address()) + "/" + subnet.length());
        }
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("container " + container + ": no port to publish");
        }
        List<Publication> planned = new ArrayList<>();
        for (PortSpec s : specs) {
            int hostPort = s.hostPort() != null ? s.hostPort() : freePort(s, planned);
            Publication p = new Publication(container, ca, s.containerPort(), s.protocol(), s.hostAddress(), hostPort,
                    List.of());
            Publication clash = clash(p, planned);
            if (clash != null) {
                throw new IllegalArgumentException("container " + container + ": host port " + hostPort + "/"
                        + s.protocol() + " is already published for " + clash.container() + " (" + clash + ")");
            }
            planned.add(p);
        }
        Transaction tx = nft.transaction();
        for (Publication p : planned) {
            tx.add(dnat(p)).add(hairpin(p));
        }
        Committed c = tx.commit();
        List<Publication> made = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Publication p = planned.get(i);
            made.add(new Publication(p.container(), p.containerAddress(), p.containerPort(), p.protocol(),
                    p.hostAddress(), p.hostPort(), List.of(c.rules().get(2 * i), c.rules().get(2 * i + 1))));
        }
        byContainer.computeIfAbsent(container, k -> new ArrayList<>()).addAll(made);
        return made;
    }

    /**
     * Publishes every exposed port of a container on a dynamic host port: {@code docker run -P}.
     *
     * @param container the container's name
     * @param address its address
     * @param exposed the exposed ports, e.g. {@code 80/tcp}
     * @return the publications
     */
    public List<Publication> publishExposed(String container, String address, String... exposed) {
        List<PortSpec> specs = new ArrayList<>();
        for (String e : exposed) {
            PortSpec s = PortSpec.parse(e);
            if (s.hostPort() != null || s.hostAddress() != null) {
                throw new IllegalArgumentException("exposed port " + e + " names a host port; -P picks them");
            }
            specs.add(s);
        }
        return publishAll(container, address, specs);
    }

    private RuleSpec dnat(Publication p) {
        RuleSpec.Builder b = RuleSpec.in(docker).iifnameNot(bridge);
        if (p.hostAddress() != null) {
            b.ipDaddr(IpAddresses.format(p.hostAddress()));
        }
        if (p.protocol() == Protocol.TCP) {
            b.tcpDport(p.hostPort());
        } else {
            b.udpDport(p.hostPort());
        }
        return b.counter().dnat(IpAddresses.format(p.containerAddress()), p.containerPort()).comment(p.comment()).build();
    }

    private RuleSpec hairpin(Publication p) {
        String a = IpAddresses.format(p.containerAddress());
        RuleSpec.Builder b = RuleSpec.in(postrouting).ipSaddr(a).ipDaddr(a);
        if (p.protocol() == Protocol.TCP) {
            b.tcpDport(p.containerPort());
        } else {
            b.udpDport(p.containerPort());
        }
        return b.counter().masquerade().comment(p.comment()).build();
    }

    /**
     * Removes every publication of one container, and nothing else: its rules by handle, in one
     * transaction. Equivalent to what {@code docker kill NAME} does to the nat table.
     *
     * @param container the container's name
     * @return what it had published (none if nothing)
     */
    public synchronized List<Publication> unpublish(String container) {
        List<Publication> gone = byContainer.getOrDefault(container, List.of());
        if (gone.isEmpty()) {
            return List.of();
        }
        Transaction tx = nft.transaction();
        for (Publication p : gone) {
            for (RuleHandle h : p.rules()) {
                tx.delete(h);
            }
        }
        tx.commit();
        byContainer.remove(container);
        return List.copyOf(gone);
    }

    /**
     * Equivalent to {@code docker port NAME}.
     *
     * @param container the container's name
     * @return its publications, {@code 80/tcp -> 0.0.0.0:32768} each
     */
    public synchronized List<Publication> ports(String container) {
        return List.copyOf(byContainer.getOrDefault(container, List.of()));
    }

    /** @return every publication, by container */
    public synchronized Map<String, List<Publication>> publications() {
        Map<String, List<Publication>> out = new LinkedHashMap<>();
        byContainer.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Deletes the table and everything in it: the network is gone. Equivalent to {@code nft delete table ip NAME}. */
    public synchronized void remove() {
        nft.transaction().delete(table).commit();
        byContainer.clear();
    }

    private boolean inSubnet(InetAddress a) {
        return a instanceof Inet4Address && network(new Prefix(a, subnet.length())).equals(subnet.address());
    }

    private int freePort(PortSpec s, List<Publication> planned) {
        for (int port = FIRST_DYNAMIC_PORT; port <= LAST_DYNAMIC_PORT; port++) {
            Publication probe = new Publication("", subnet.address(), s.containerPort(), s.protocol(), s.hostAddress(),
                    port, List.of());
            if (clash(probe, planned) == null) {
                return port;
            }
        }
        throw new IllegalArgumentException("no free host port from " + FIRST_DYNAMIC_PORT + " to "
                + LAST_DYNAMIC_PORT + " for " + s);
    }

    private Publication clash(Publication p, List<Publication> planned) {
        List<Publication> all = new ArrayList<>(planned);
        byContainer.values().forEach(all::addAll);
        for (Publication q : all) {
            if (q.hostPort() == p.hostPort() && q.protocol() == p.protocol()
                    && (q.hostAddress() == null || p.hostAddress() == null || q.hostAddress().equals(p.hostAddress()))) {
                return q;
            }
        }
        return null;
    }

    private static void checkName(String container) {
        if (container == null || container.isEmpty() || container.contains(" ") || container.length() > 64) {
            throw new IllegalArgumentException("container name \"" + container
                    + "\" must be 1 to 64 characters without spaces");
        }
    }
}

package dev.jnetlink.bridge.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.bridge.Bridge;
import dev.jnetlink.bridge.BridgeOptions;
import dev.jnetlink.bridge.Bridges;
import dev.jnetlink.bridge.FdbSpec;
import dev.jnetlink.bridge.FdbState;
import dev.jnetlink.bridge.VlanSpec;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.kind.IpvlanMode;
import dev.jnetlink.codec.link.kind.MacvlanMode;
import dev.jnetlink.codec.neigh.NeighbourState;
import dev.jnetlink.codec.route.RouteType;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.netns.Sysctls;
import dev.jnetlink.rtnl.AddressSpec;
import dev.jnetlink.rtnl.NeighbourSpec;
import dev.jnetlink.rtnl.NextHopSpec;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.RuleSpec;
import dev.jnetlink.rtnl.link.Dummy;
import dev.jnetlink.rtnl.link.GenericLink;
import dev.jnetlink.rtnl.link.Ipvlan;
import dev.jnetlink.rtnl.link.Macvlan;
import dev.jnetlink.rtnl.link.Macvtap;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.link.Vlan;
import dev.jnetlink.rtnl.link.Vxlan;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.IpLinkShow;
import dev.jnetlink.rtnl.view.IpNeighShow;
import dev.jnetlink.rtnl.view.IpRouteShow;
import dev.jnetlink.rtnl.view.IpRuleShow;
import dev.jnetlink.rtnl.view.RouteN;
import dev.jnetlink.rtnl.view.TextView;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.testing.Ip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every text view, byte for byte against the tool it stands for, run on the same namespace:
 * one that holds every link kind this kernel can make (veths with the peer in a named and in an
 * unnamed namespace, a bridge with an up port, a down port and a port whose peer is elsewhere,
 * macvlan, macvtap, VXLAN over IPv4 and IPv6, ifb, tun and tap; ipvlan, 802.1Q VLAN, dummy and a
 * VLAN-filtering bridge where the kernel has them), addresses of both families, routes in
 * several tables, neighbours, rules and FDB entries.
 *
 * <p>A part this kernel cannot make is left out, and its own test skips with the kernel's
 * reason (the full-kernel VM pass runs it, strict). The views and the tools read the namespace
 * at different moments: a comparison is taken when the view reads the same twice around the
 * tool's run (IPv6 link-locals and learned FDB entries arrive on their own time). The bridge's
 * running timers ({@code gc_timer}, a new port's {@code forward_delay_timer}) tick between any
 * two reads, so the values of {@code *_timer} (and nothing else) are masked in both texts;
 * {@code ViewGoldenTest} pins the timer format.
 */
@NetlinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewsIT {
    private static final Pattern TIMER = Pattern.compile("(_timer) +\\d+\\.\\d\\d ");

    private ScratchNamespaces scratch;
    private NetNs ns;
    private NetNs peers;
    private Rtnl rtnl;
    private final Map<String, RuntimeException> lacking = new HashMap<>();

    @BeforeAll
    void build() {
        scratch = new ScratchNamespaces();
        ns = scratch.named("views");
        peers = scratch.named("vpeer");
        NetNs unnamed = scratch.anonymous();
        rtnl = Rtnl.openIn(ns);
        // addresses settle at once: no DAD to go tentative through
        ns.sysctls().setAll(Map.of(Sysctls.ipv6Conf("all", "accept_dad"), "0",
                Sysctls.ipv6Conf("default", "accept_dad"), "0"));
        var links = rtnl.links();
        links.setUp("lo");
        links.add(Veth.pair("v0", "v0p").peerNetns(peers).alias("a link with an alias"));
        links.setPromisc("v0", true);
        links.add(Veth.pair("v1", "v1p").peerNetns(unnamed));
        Bridges bridges = Bridges.of(rtnl);
        bridges.create("br0");
        links.add(Veth.pair("v2", "v2p"));
        links.add(Veth.pair("v3", "v3p"));
        // made here, its peer moved out: an index this namespace no longer has, so that
        // bridge prints it as ifN (created there directly, it could take an index in use here)
        links.add(Veth.pair("v4", "v4p"));
        links.moveTo("v4p", peers);
        for (String port : List.of("v2", "v3", "v4")) {
            bridges.addPort("br0", port);
        }
        for (String up : List.of("v2p", "v2", "v4", "br0")) {
            links.setUp(up);
        }
        links.add(Macvlan.on("v2p", "mv0").mode(MacvlanMode.BRIDGE));
        links.add(Macvtap.on("v2p", "mvt0").mode(MacvlanMode.VEPA));
        links.add(Vxlan.withVni("vx0", 42).local("10.0.0.1").dev("v2p").dstPort(4789));
        links.add(Vxlan.withVni("vx6", 43).group("ff05::100").dev("v2p").dstPort(4790));
        links.add(GenericLink.of("ifb", "ifb0"));
        optional("tun", () -> {
            if (!Files.exists(Path.of("/dev/net/tun"))) {
                throw new KernelLacksFeatureException("tun", "no /dev/net/tun (module tun)",
                        new NetlinkException(Errno.ENOENT, "open", "/dev/net/tun", null, null));
            }
            Ip.ip(ns.name(), "tuntap", "add", "dev", "tap0", "mode", "tap");
            Ip.ip(ns.name(), "tuntap", "add", "dev", "tun0", "mode", "tun");
        });
        // not on v2p: the kernel refuses ipvlan (EBUSY) on a link that already carries macvlan
        optional("ipvlan", () -> links.add(Ipvlan.on("v3p", "ipv0").mode(IpvlanMode.L3)));
        optional("vlan", () -> links.add(Vlan.on("v2p", "v2p.20", 20)));
        optional("dummy", () -> links.add(Dummy.named("d0")));
        optional("vlan filtering", () -> {
            bridges.create(Bridge.named("br1").options(BridgeOptions.builder().vlanFiltering(true).build()));
            links.add(Veth.pair("v5", "v5p"));
            bridges.addPort("br1", "v5");
            bridges.vlans().add("v5", VlanSpec.of(10).withPvid().withUntagged());
            bridges.vlans().add("v5", VlanSpec.range(20, 22));
        });

        var a = rtnl.addresses();
        a.add("v2p", "10.1.0.1/24");
        a.add(AddressSpec.of("v2p", "10.1.0.2/24").label("v2p:sec"));
        a.add(AddressSpec.of("v2p", "2001:db8::1/64").noDad());
        a.add(AddressSpec.of("v0", "10.9.0.1").peer("10.9.0.2/32"));
        var r = rtnl.routes();
        r.add(RouteSpec.to("10.2.0.0/16").via("10.1.0.3"));
        r.add(RouteSpec.to("10.2.2.0/24").via("10.1.0.3").metric(7).mtu(1400));
        r.add(RouteSpec.to("10.5.0.0/16").nexthop(NextHopSpec.via("10.1.0.3").dev("v2p"))
                .nexthop(NextHopSpec.via("10.1.0.4").dev("v2p").weight(4)));
        r.add(RouteSpec.to("10.8.0.0/16").type(RouteType.BLACKHOLE));
        r.add(RouteSpec.to("10.6.0.0/16").via("10.1.0.3").table(100));
        r.add(RouteSpec.to("10.9.9.0/24").type(RouteType.UNREACHABLE).table(100));
        r.add(RouteSpec.to("10.7.0.0/16").via("10.1.0.3").table(100000));
        r.add(RouteSpec.to("2001:db8:10::/48").via("2001:db8::2").table(100));
        r.add(RouteSpec.to("2001:db8:11::/48").nexthop(NextHopSpec.via("2001:db8::2").dev("v2p"))
                .nexthop(NextHopSpec.via("2001:db8::3").dev("v2p")));
        var n = rtnl.neighbours();
        n.add("v2p", "10.1.0.3", "02:00:00:00:01:03");
        n.add(NeighbourSpec.of("10.1.0.9", "v2p").lladdr("02:00:00:00:01:09").state(NeighbourState.STALE));
        n.add(NeighbourSpec.of("2001:db8::2", "v2p").lladdr("02:00:00:00:01:12").router());
        n.add(NeighbourSpec.of("10.1.0.77", "v2p").proxy());
        rtnl.rules().add(RuleSpec.from("10.1.0.0/24").priority(1000).table(100));
        rtnl.rules().add(RuleSpec.all().fwmark(0x10, 0xff).iif("v0").priority(1001).table(100000));
        rtnl.rules().add(RuleSpec.from("2001:db8::/32").priority(500).table(200));
        bridges.fdb().add(FdbSpec.builder("02:00:00:00:00:aa", "v2").master().state(FdbState.STATIC).build());
        bridges.fdb().append(FdbSpec.builder("00:00:00:00:00:00", "vx6").self()
                .dst(IpAddresses.parse("fd00:99::2")).build());
    }

    private interface Part {
        void make() throws Exception;
    }

    // A kind this kernel lacks is left out; its test rethrows why.
    private void optional(String what, Part part) {
        try {
            part.make();
        } catch (KernelLacksFeatureException e) {
            lacking.put(what, e);
        } catch (Exception e) {
            throw new AssertionError(what, e);
        }
    }

    @AfterAll
    void tearDown() {
        try {
            rtnl.close();
        } finally {
            scratch.close();
        }
    }

    private String tool(String... command) {
        List<String> cmd = new ArrayList<>(List.of(command));
        if (cmd.get(0).equals("ip") || cmd.get(0).equals("bridge")) {
            cmd.addAll(1, List.of("-n", ns.name()));
        } else {
            cmd.addAll(0, List.of("ip", "netns", "exec", ns.name()));
        }
        return ReferenceTools.run(cmd.toArray(String[]::new));
    }

    private static String masked(String text) {
        return TIMER.matcher(text).replaceAll("$1 X ");
    }

    /** The view's text equals the tool's, compared once the namespace holds still. */
    private String assertSameAs(TextView view, String... command) {
        String ours = null;
        String theirs = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            ours = masked(view.text());
            theirs = masked(tool(command));
            String again = masked(view.text());
            if (ours.equals(theirs) || ours.equals(again) && attempt >= 2) {
                break;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertThat(ours).as(view.command()).isEqualTo(theirs);
        return ours;
    }

    @Test
    void ipLinkShow() {
        String text = assertSameAs(IpLinkShow.of(rtnl), "ip", "link", "show");
        // the fixes of issue 19 are all in it
        assertThat(text)
                .containsPattern("v0@if\\d+: <BROADCAST,MULTICAST,PROMISC> .*\n    link/ether \\S+ brd \\S+ link-netns "
                        + peers.name() + "\n    alias a link with an alias\n")
                .containsPattern("v1@if\\d+: .*\n    link/ether \\S+ brd \\S+ link-netnsid \\d+\n")
                .containsPattern("v3@v3p: <BROADCAST,MULTICAST,M-DOWN> ")
                .contains("    link/none \n");
    }

    @Test
    void ipDashDLinkShow() {
        String text = assertSameAs(IpLinkShow.of(rtnl).details(), "ip", "-d", "link", "show");
        assertThat(text).contains("\n    bridge forward_delay ", "\n    bridge_slave state ", "\n    macvlan mode bridge ",
                "\n    macvtap mode vepa ", "\n    vxlan id 42 local 10.0.0.1 dev v2p ", "\n    vxlan id 43 group ff05::100 ",
                "\n    ifb addrgenmode ");
    }

    @Test
    void ipDashDLinkShowOfOneLink() {
        assertSameAs(IpLinkShow.of(rtnl).details().dev("v2"), "ip", "-d", "link", "show", "dev", "v2");
    }

    @Test
    void ipAddrShow() {
        assertSameAs(IpAddrShow.of(rtnl), "ip", "addr", "show");
        assertSameAs(IpAddrShow.of(rtnl).ipv4(), "ip", "-4", "addr", "show");
        assertSameAs(IpAddrShow.of(rtnl).ipv6().dev("v2p"), "ip", "-6", "addr", "show", "dev", "v2p");
    }

    @Test
    void ipRouteShow() {
        assertSameAs(IpRouteShow.of(rtnl), "ip", "route", "show");
        assertSameAs(IpRouteShow.of(rtnl).ipv6(), "ip", "-6", "route", "show");
        assertSameAs(IpRouteShow.of(rtnl).table(100), "ip", "route", "show", "table", "100");
        assertSameAs(IpRouteShow.of(rtnl).ipv6().table(100), "ip", "-6", "route", "show", "table", "100");
        String all = assertSameAs(IpRouteShow.of(rtnl).allTables(), "ip", "route", "show", "table", "all");
        assertThat(all).contains("table 100000 ", "\tnexthop via 10.1.0.4 dev v2p weight 4 ", "blackhole 10.8.0.0/16 ",
                "2001:db8:10::/48 via 2001:db8::2 dev v2p table 100 ");
        assertSameAs(IpRouteShow.of(rtnl).dev("v2p"), "ip", "route", "show", "dev", "v2p");
    }

    @Test
    void routeDashN() {
        assertSameAs(RouteN.of(rtnl), "route", "-n");
    }

    @Test
    void ipNeighShow() {
        assertSameAs(IpNeighShow.of(rtnl), "ip", "neigh", "show");
        assertSameAs(IpNeighShow.of(rtnl).dev("v2p"), "ip", "neigh", "show", "dev", "v2p");
    }

    @Test
    void ipRuleShow() {
        assertSameAs(IpRuleShow.of(rtnl), "ip", "rule", "show");
        assertSameAs(IpRuleShow.of(rtnl).ipv6(), "ip", "-6", "rule", "show");
    }

    @Test
    void bridgeLinkShow() {
        String text = assertSameAs(BridgeLinkShow.of(rtnl), "bridge", "link", "show");
        // v4's peer is in another namespace: no M-DOWN, as bridge prints it
        assertThat(text).containsPattern("v4@if\\d+: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 master br0 ");
        assertSameAs(BridgeLinkShow.of(rtnl).dev("v3"), "bridge", "link", "show", "dev", "v3");
    }

    @Test
    void bridgeFdbShow() {
        String text = assertSameAs(BridgeFdbShow.of(rtnl), "bridge", "fdb", "show");
        assertThat(text).contains("00:00:00:00:00:00 dev vx6 dst fd00:99::2 self static\n",
                "02:00:00:00:00:aa dev v2 master br0 static\n");
        assertSameAs(BridgeFdbShow.of(rtnl).dev("vx6"), "bridge", "fdb", "show", "dev", "vx6");
        assertSameAs(BridgeFdbShow.of(rtnl).bridge("br0"), "bridge", "fdb", "show", "br", "br0");
    }

    @Test
    void bridgeVlanShow() {
        assertSameAs(BridgeVlanShow.of(rtnl), "bridge", "vlan", "show");
        assertSameAs(BridgeVlanShow.of(rtnl).compressed(), "bridge", "-compressvlans", "vlan", "show");
    }

    @Test
    void brctlShow() {
        assertSameAs(BrctlShow.of(rtnl), "brctl", "show");
        assertSameAs(BrctlShow.of(rtnl).bridge("br0"), "brctl", "show", "br0");
    }

    private void present(String what, String detailsLine) {
        RuntimeException why = lacking.get(what);
        if (why != null) {
            throw why;
        }
        assertThat(assertSameAs(IpLinkShow.of(rtnl).details(), "ip", "-d", "link", "show")).contains(detailsLine);
    }

    @Test
    void tunAndTapDevices() {
        present("tun", "\n    tun type tap pi off vnet_hdr off persist on ");
        assertThat(IpLinkShow.of(rtnl).details().text()).contains("\n    tun type tun pi off vnet_hdr off persist on ");
    }

    @Test
    void ipvlan() {
        present("ipvlan", "\n    ipvlan  mode l3 bridge ");
    }

    @Test
    void vlan() {
        present("vlan", "\n    vlan protocol 802.1Q id 20 <REORDER_HDR> ");
    }

    @Test
    void dummy() {
        present("dummy", "\n    dummy addrgenmode ");
    }

    @Test
    void vlanFilteringBridge() {
        present("vlan filtering", "\n    bridge forward_delay ");
        assertThat(assertSameAs(BridgeVlanShow.of(rtnl), "bridge", "vlan", "show")).contains("v5", "10 PVID Egress Untagged");
        assertThat(assertSameAs(BridgeVlanShow.of(rtnl).compressed(), "bridge", "-compressvlans", "vlan", "show")).contains("20-22");
        assertSameAs(BridgeVlanShow.of(rtnl).dev("v5"), "bridge", "vlan", "show", "dev", "v5");
    }
}

package dev.jnetlink.rtnl.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressCodec;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.codec.neigh.NeighbourCodec;
import dev.jnetlink.codec.nexthop.NextHopObject;
import dev.jnetlink.codec.nexthop.NextHopObjectCodec;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteCodec;
import dev.jnetlink.codec.route.RouteTable;
import dev.jnetlink.codec.rule.RuleCodec;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.GoldenMessages;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The text views printing messages the kernel sent (the goldens under {@code golden/}, captured
 * where lo is index 1, veth1 2 and veth0 3), no root needed: the corner cases and the kinds this
 * host cannot create (vlan, ipvlan, dummy). Expected lines are written as iproute2 6.1 prints
 * them; a {@code $} marks a trailing blank. The integration tests compare every view with
 * the tools themselves on a live namespace.
 */
class ViewGoldenTest {
    private static final LinkNames NAMES = LinkNames.named(Map.of(1, "lo", 2, "veth1", 3, "veth0")::get);

    private static <T> List<T> decode(String file, int type, Function<MessageCursor, T> decoder) {
        return GoldenMessages.of(GoldenBytes.load("golden/" + file), type).stream()
                .map(m -> GoldenMessages.decode(m, decoder)).toList();
    }

    /**
     * @return the lines, each ended by a newline; a {@code $} ending a line only marks that the
     *     blank before it is meant, and is dropped
     */
    private static String text(String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l.endsWith(" $") ? l.substring(0, l.length() - 1) : l).append('\n');
        }
        return sb.toString();
    }

    private static String links(String file, boolean details) {
        List<Link> links = decode("link/" + file, Rtm.NEWLINK, LinkCodec::decode);
        LinkPrinter p = new LinkPrinter(LinkNames.of(links), Map::of);
        StringBuilder sb = new StringBuilder();
        for (Link l : links) {
            p.print(l, true, details, true, sb);
        }
        return sb.toString();
    }

    @Test
    void ipRouteShowTableAll() {
        List<Route> v4 = decode("route/dump-ipv4.hex", Rtm.NEWROUTE, RouteCodec::decode);
        String all = new IpRouteShow(null, AddressFamily.UNSPEC, IpRouteShow.TABLE_ALL, null).format(v4, NAMES, 0);
        assertThat(all).startsWith(text(
                "10.4.0.0/16 via 10.1.0.2 dev veth0 table 100 $",
                "10.2.0.0/16 via 10.1.0.2 dev veth0 table 1000 src 10.1.0.101 metric 5 mtu 1400 advmss 1300 hoplimit 5 $",
                "default via 10.1.0.254 dev veth0 $",
                "10.1.0.0/24 dev veth0 proto kernel scope link src 10.1.0.101 $",
                "10.3.0.0/16 metric 7 $",
                "\tnexthop via 10.1.0.2 dev veth0 weight 1 $",
                "\tnexthop via 10.1.0.3 dev veth0 weight 3 $",
                "blackhole 10.5.0.0/16 $",
                "10.6.0.0/16 via 192.0.2.1 dev veth1 onlink $",
                "unreachable 10.7.0.0/16 $",
                "prohibit 10.8.0.0/16 metric 9 $",
                "10.9.0.2 dev veth1 proto kernel scope link src 10.9.0.1 $",
                "local 10.1.0.101 dev veth0 table local proto kernel scope host src 10.1.0.101 $"));
        // one table: its routes only, and no table column
        assertThat(new IpRouteShow(null, AddressFamily.UNSPEC, RouteTable.MAIN, null).format(v4, NAMES, 0))
                .startsWith(text("default via 10.1.0.254 dev veth0 $"))
                .doesNotContain("table", "10.4.0.0", "local");
    }

    @Test
    void ipv4RoutesViaIpv6GatewaysNameTheFamily() {
        List<Route> routes = decode("route/dump-via.hex", Rtm.NEWROUTE, RouteCodec::decode);
        assertThat(new IpRouteShow(null, AddressFamily.INET, RouteTable.MAIN, null).format(routes, NAMES, 0))
                .isEqualTo(text(
                        "10.1.0.0/24 dev veth0 proto kernel scope link src 10.1.0.101 $",
                        "10.7.0.0/24 via inet6 fd00::2 dev veth0 $",
                        "10.8.0.0/24 $",
                        "\tnexthop via inet6 fd00::2 dev veth0 weight 2 $",
                        "\tnexthop via inet6 fd00::3 dev veth0 weight 1 $"));
    }

    @Test
    void ipNexthopShowPrintsEveryKind() {
        List<NextHopObject> objects = decode("nexthop/dump.hex", Rtm.NEWNEXTHOP, NextHopObjectCodec::decode);
        assertThat(IpNexthopShow.format(objects, NAMES)).isEqualTo(text(
                "id 1 via 10.1.0.2 dev veth0 scope link $",
                "id 2 via fd00::2 dev veth0 scope link $",
                "id 3 blackhole $",
                "id 4 dev veth0 scope host $",
                "id 10 group 1/4,3 $",
                "id 11 group 1/4 type resilient buckets 8 idle_timer 60 unbalanced_timer 0 unbalanced_time 0 $"));
        List<Route> routes = decode("nexthop/route-dump.hex", Rtm.NEWROUTE, RouteCodec::decode);
        assertThat(new IpRouteShow(null, AddressFamily.INET, RouteTable.MAIN, null).format(routes, NAMES, 0))
                .isEqualTo(text(
                        "10.1.0.0/24 dev veth0 proto kernel scope link src 10.1.0.101 $",
                        "10.20.0.0/24 nhid 10 $",
                        "\tnexthop via 10.1.0.2 dev veth0 weight 1 $",
                        "\tnexthop dev veth0 weight 3 $",
                        "10.21.0.0/24 nhid 1 via 10.1.0.2 dev veth0 $"));
    }

    @Test
    void ipv6RoutesEndWithPrefAndNoBlank() {
        List<Route> v6 = decode("route/dump-ipv6.hex", Rtm.NEWROUTE, RouteCodec::decode);
        assertThat(new IpRouteShow(null, AddressFamily.INET6, IpRouteShow.TABLE_ALL, null).format(v6, NAMES, 0))
                .startsWith(text(
                        "2001:db8::/64 dev veth0 proto kernel metric 256 pref medium",
                        "2001:db8:1::/48 via 2001:db8::2 dev veth0 src 2001:db8::1 metric 10 mtu 1400 pref medium",
                        "2001:db8:2::/48 metric 1024 pref medium",
                        "\tnexthop via 2001:db8::2 dev veth0 weight 1 $",
                        "\tnexthop via 2001:db8::3 dev veth0 weight 1 $",
                        "unreachable 2001:db8:9::/48 dev lo metric 1024 pref medium"))
                .contains(text("multicast ff00::/8 dev veth0 table local proto kernel metric 256 pref medium"));
    }

    @Test
    void routeNShowsTheMainTableAsNetTools() {
        String table = RouteN.format(decode("route/dump-ipv4.hex", Rtm.NEWROUTE, RouteCodec::decode), NAMES);
        assertThat(table).startsWith(text(
                "Kernel IP routing table",
                "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface"))
                .contains(text(
                        "0.0.0.0         10.1.0.254      0.0.0.0         UG    0      0        0 veth0",
                        "10.1.0.0        0.0.0.0         255.255.255.0   U     0      0        0 veth0",
                        "10.3.0.0        10.1.0.2        255.255.0.0     UG    7      0        0 veth0",
                        "10.5.0.0        0.0.0.0         255.255.0.0     U     0      0        0 *",
                        "10.6.0.0        192.0.2.1       255.255.0.0     UG    0      0        0 veth1",
                        "10.7.0.0        -               255.255.0.0     !     0      -        0 -",
                        "10.8.0.0        -               255.255.0.0     !     9      -        0 -",
                        "10.9.0.2        0.0.0.0         255.255.255.255 UH    0      0        0 veth1"))
                .doesNotContain("10.1.0.255");
    }

    @Test
    void ipNeighShow() {
        assertThat(new IpNeighShow(null, AddressFamily.UNSPEC, null)
                .format(decode("neigh/dump.hex", Rtm.NEWNEIGH, NeighbourCodec::decode), NAMES, 0))
                .isEqualTo(text(
                        "10.1.0.5 dev veth0 lladdr 02:00:00:00:00:05 STALE $",
                        "10.1.0.2 dev veth0 lladdr 02:00:00:00:00:02 PERMANENT $",
                        "2001:db8::2 dev veth0 lladdr 02:00:00:00:00:02 router REACHABLE $"));
        // limited to one device: no dev column
        assertThat(new IpNeighShow(null, AddressFamily.INET, "veth0")
                .format(decode("neigh/dump.hex", Rtm.NEWNEIGH, NeighbourCodec::decode), NAMES, 3))
                .isEqualTo(text(
                        "10.1.0.5 lladdr 02:00:00:00:00:05 STALE $",
                        "10.1.0.2 lladdr 02:00:00:00:00:02 PERMANENT $"));
    }

    @Test
    void ipRuleShow() {
        assertThat(IpRuleShow.format(decode("rule/dump.hex", Rtm.NEWRULE, RuleCodec::decode))).isEqualTo(text(
                "0:\tfrom all lookup local",
                "1000:\tfrom 10.1.0.0/24 to 10.9.0.0/16 fwmark 0x10/0xff iif veth0 lookup 100",
                "1001:\tnot from 10.8.0.0/16 oif veth1 lookup 1000",
                "32766:\tfrom all lookup main",
                "32767:\tfrom all lookup default"));
        assertThat(IpRuleShow.format(decode("rule/dump-ipv6.hex", Rtm.NEWRULE, RuleCodec::decode))).isEqualTo(text(
                "0:\tfrom all lookup local",
                "500:\tfrom 2001:db8::/32 lookup 200",
                "32766:\tfrom all lookup main"));
    }

    @Test
    void addressLines() {
        StringBuilder sb = new StringBuilder();
        for (Address a : decode("addr/dump.hex", Rtm.NEWADDR, AddressCodec::decode)) {
            IpAddrShow.address(a, sb);
        }
        assertThat(sb.toString()).startsWith(text(
                "    inet 127.0.0.1/8 scope host lo",
                "       valid_lft forever preferred_lft forever",
                "    inet 10.9.0.1 peer 10.9.0.2/32 scope global veth1",
                "       valid_lft forever preferred_lft forever",
                "    inet 10.1.0.101/24 brd 10.1.0.255 scope global veth0",
                "       valid_lft forever preferred_lft forever",
                "    inet 10.1.0.102/24 brd 10.1.0.255 scope global secondary veth0:web",
                "       valid_lft forever preferred_lft forever",
                "    inet6 ::1/128 scope host $",
                "       valid_lft forever preferred_lft forever"))
                .contains(text("    inet6 2001:db8::a/64 scope global nodad $"))
                .containsPattern("\n    inet6 2001:db8::1/64 scope global nodad dynamic noprefixroute \n"
                        + "       valid_lft \\d+sec preferred_lft \\d+sec\n");
    }

    @Test
    void linksByNameWithAliasAndAltname() {
        // v0 is a port of br0 whose veth peer is in another namespace (no named one: nsid 0)
        assertThat(links("link-dump-reply.hex", false)).isEqualTo(text(
                "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000",
                "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00",
                "2: br0: <BROADCAST,MULTICAST> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000",
                "    link/ether 82:9d:39:97:7d:c6 brd ff:ff:ff:ff:ff:ff",
                "3: v0@if2: <BROADCAST,MULTICAST> mtu 1400 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000",
                "    link/ether 82:9d:39:97:7d:c6 brd ff:ff:ff:ff:ff:ff link-netnsid 0",
                "    alias uplink to capd2",
                "    altname v0-alt"));
    }

    @Test
    void detailsOfKindsThisHostCannotCreate() {
        String tail = " addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535"
                + " tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 ";
        assertThat(links("vlan-show.hex", true)).isEqualTo(text(
                "6: p0.20@if3: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000",
                "    link/ether de:d8:be:fc:21:a0 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 0 maxmtu 65535 $",
                "    vlan protocol 802.1ad id 20 <GVRP,LOOSE_BINDING> $",
                "      ingress-qos-map { 1:2 2:3 } $",
                "      egress-qos-map { 4:5 }" + tail));
        assertThat(links("ipvlan-show.hex", true)).contains("\n    ipvlan  mode l3 private" + tail);
        assertThat(links("dummy-show.hex", true)).contains("\n    dummy addrgenmode eui64 ");
        // as ip -d link show printed it in the VM
        assertThat(links("nlmon-show.hex", true)).isEqualTo(String.join("\n",
                "2: nl0: <NOARP> mtu 3776 qdisc noop state DOWN mode DEFAULT group default qlen 1000",
                "    link/netlink  promiscuity 0  allmulti 0 minmtu 16 maxmtu 0 ",
                "    nlmon addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535"
                        + " tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 ", ""));
        assertThat(links("macvlan-source-show.hex", true)).contains("\n    macvlan mode source bcqueuelen 200"
                + " usedbcqueuelen 1000 remotes (2) 02:00:00:00:00:02 02:00:00:00:00:01" + tail);
        assertThat(links("macvtap-passthru-show.hex", true))
                .contains("\n    macvtap mode passthru nopromisc bcqueuelen 1000 usedbcqueuelen 1000" + tail);
        assertThat(links("vxlan-show.hex", true)).contains("\n    vxlan id 42 remote 10.0.0.2 local 10.0.0.1 dev if3"
                + " srcport 1000 2000 dstport 4789 nolearning proxy l2miss l3miss tos 0x10 ttl 10 ageing 600"
                + " maxaddr 100 noudpcsum noudp6zerocsumtx noudp6zerocsumrx" + tail);
        assertThat(links("tap-show.hex", true)).contains("\n    tun type tap pi off vnet_hdr off multi_queue"
                + " numqueues 0 numdisabled 0 persist on addrgenmode eui64 ");
        assertThat(links("vxlan-external-show.hex", true)).contains("\n    vxlan external id 0 srcport 0 0"
                + " dstport 8472 nolearning ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx gbp ");
    }

    @Test
    void iproute2Formats() {
        assertThat(Iproute2.hex(0)).isEqualTo("0");
        assertThat(Iproute2.hex(0x8001)).isEqualTo("0x8001");
        assertThat(Iproute2.timer(0)).isEqualTo("   0.00");
        assertThat(Iproute2.timer(26453)).isEqualTo(" 264.53");
        assertThat(Iproute2.etherTypeName(0x8100)).isEqualTo("802.1Q");
        assertThat(Iproute2.etherTypeName(0x1234)).isEqualTo("[4660]");
        assertThat(Iproute2.tableName(254)).isEqualTo("main");
        assertThat(Iproute2.tableName(100000)).isEqualTo("100000");
        assertThat(Iproute2.groupName(0)).isEqualTo("default");
    }
}

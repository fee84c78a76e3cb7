package dev.jnetlink.codec.link.kind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.codec.link.RawLinkInfoData;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.LinkGolden;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kernel replies to {@code ip -d link show dev X} (Linux 6.18), one per kind: each decodes to
 * the values the capture's command line set, and encodes back to the same bytes.
 */
class KindReplyGoldenTest {
    /**
     * A Linux 6.1 reply (captured in the VM): the top-level attributes come in 6.1's order
     * (IFLA_QDISC earlier), which the 6.18-ordered {@link Link} does not keep, so the message
     * round-trips by value; the kind's IFLA_LINKINFO must still come back byte for byte.
     */
    static Link roundTrip61(String file) {
        byte[] captured = GoldenBytes.load("golden/link/" + file).bytes(0);
        Link link = LinkGolden.decode(captured);
        assertThat(LinkGolden.reencode(link)).isEqualTo(link);
        LinkGolden.assertSameBytes("re-encoded IFLA_LINKINFO of " + file,
                LinkGolden.attribute(captured, 18), LinkGolden.encodeLinkInfo(link.linkInfo()));
        assertThat(link.unknown()).as("unknown IFLA attributes in " + file).isEmpty();
        return link;
    }

    private static Link roundTrip(String file) {
        byte[] captured = GoldenBytes.load("golden/link/" + file).bytes(0);
        Link link = LinkGolden.decode(captured);
        LinkGolden.assertSameBytes("re-encoded " + file, LinkGolden.payloadOf(captured),
                LinkGolden.encodePayload(link));
        assertThat(link.unknown()).as("unknown IFLA attributes in " + file).isEmpty();
        return link;
    }

    @Test
    void veth() {
        // ip link add name va txqueuelen 500 address 02:00:00:00:00:0a mtu 1400 group 7 alias hi up type veth peer name vb ...
        Link va = roundTrip("veth-show.hex");
        assertThat(va.name()).isEqualTo("va");
        assertThat(va.kind()).isEqualTo("veth");
        assertThat(va.linkInfo().data()).isNull();
        assertThat(va.txqlen()).isEqualTo(500);
        assertThat(va.address()).isEqualTo(MacAddress.parse("02:00:00:00:00:0a"));
        assertThat(va.mtu()).isEqualTo(1400);
        assertThat(va.group()).isEqualTo(7);
        assertThat(va.flags() & LinkFlags.UP).isNotZero();
        assertThat(va.alias()).as("the kernel ignores IFLA_IFALIAS on create").isNull();
        assertThat(va.link()).isPositive().isNotEqualTo(va.index());
        assertThat(va.inet6AddrGenModeName()).isEqualTo("eui64");
        assertThat(va.minMtu()).isEqualTo(68);
        assertThat(va.maxMtu()).isEqualTo(65535);
        assertThat(va.qdisc()).isEqualTo("noqueue");
    }

    @Test
    void tap() {
        // ip tuntap add dev tap0 mode tap multi_queue (the kernel describes tun and tap devices)
        Link tap = roundTrip("tap-show.hex");
        assertThat(tap.kind()).isEqualTo("tun");
        TunInfo t = tap.data(TunInfo.class);
        assertThat(t.type()).isEqualTo(TunInfo.TAP);
        assertThat(t.pi()).isZero();
        assertThat(t.vnetHdr()).isZero();
        assertThat(t.persist()).isEqualTo(1);
        assertThat(t.multiQueue()).isEqualTo(1);
        assertThat(t.numQueues()).isZero();
        assertThat(t.numDisabledQueues()).isZero();
        assertThat(t.owner()).isNull();
        assertThat(t.unknown()).isEmpty();
    }

    @Test
    void macvlanInSourceMode() {
        // ip link add link p0 name mv1 type macvlan mode source macaddr set 02:..:01 02:..:02 bcqueuelen 200
        Link mv = roundTrip("macvlan-source-show.hex");
        assertThat(mv.kind()).isEqualTo("macvlan");
        assertThat(mv.link()).isEqualTo(3);
        MacvlanInfo d = mv.data(MacvlanInfo.class);
        assertThat(d.macvlanMode()).isEqualTo(MacvlanMode.SOURCE);
        assertThat(d.flags()).isZero();
        assertThat(d.macaddrCount()).isEqualTo(2);
        assertThat(d.macaddrData()).containsExactlyInAnyOrder(
                MacAddress.parse("02:00:00:00:00:01"), MacAddress.parse("02:00:00:00:00:02"));
        assertThat(d.bcQueueLen()).isEqualTo(200);
        // the largest any macvlan on p0 asked for: mv0 took the default 1000
        assertThat(d.bcQueueLenUsed()).isEqualTo(1000);
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void macvtapInPassthruMode() {
        // ip link add link p2 name mt0 type macvtap mode passthru nopromisc
        Link mt = roundTrip("macvtap-passthru-show.hex");
        assertThat(mt.kind()).isEqualTo("macvtap");
        assertThat(mt.link()).isEqualTo(5);
        MacvlanInfo d = mt.data(MacvlanInfo.class);
        assertThat(d.macvlanMode()).isEqualTo(MacvlanMode.PASSTHRU);
        assertThat(d.noPromisc()).isTrue();
        assertThat(d.macaddrData()).isNull();
        assertThat(d.macaddrCount()).isZero();
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void vxlan() throws Exception {
        // ip link add name vx0 type vxlan id 42 remote 10.0.0.2 local 10.0.0.1 ttl 10 tos 0x10 dev p0
        //   dstport 4789 srcport 1000 2000 nolearning proxy l2miss l3miss ageing 600 maxaddress 100 noudpcsum
        VxlanInfo d = roundTrip("vxlan-show.hex").data(VxlanInfo.class);
        assertThat(d.id()).isEqualTo(42);
        assertThat(d.group()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(d.local()).isEqualTo(InetAddress.getByName("10.0.0.1"));
        assertThat(d.group6()).isNull();
        assertThat(d.link()).isEqualTo(3);
        assertThat(d.ttl()).isEqualTo(10);
        assertThat(d.tos()).isEqualTo(0x10);
        assertThat(d.isLearning()).isFalse();
        assertThat(d.proxy()).isEqualTo(1);
        assertThat(d.rsc()).isZero();
        assertThat(d.l2miss()).isEqualTo(1);
        assertThat(d.l3miss()).isEqualTo(1);
        assertThat(d.ageing()).isEqualTo(600);
        assertThat(d.limit()).isEqualTo(100);
        assertThat(d.port()).isEqualTo(4789);
        assertThat(d.udpCsum()).isZero();
        assertThat(d.portRange()).isEqualTo(new VxlanPortRange(1000, 2000));
        assertThat(d.gbp()).isNull();
        assertThat(d.reservedBits()).isNotNull();
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void vxlanOverIpv6() throws Exception {
        // ip link add name vx6 type vxlan id 7 group ff05::100 local fd00::1 dev p0 dstport 4789
        VxlanInfo d = roundTrip("vxlan6-show.hex").data(VxlanInfo.class);
        assertThat(d.id()).isEqualTo(7);
        assertThat(d.group()).isNull();
        assertThat(d.group6()).isEqualTo(InetAddress.getByName("ff05::100"));
        assertThat(d.local6()).isEqualTo(InetAddress.getByName("fd00::1"));
        assertThat(d.remoteOrGroup()).isEqualTo(d.group6());
        assertThat(d.isLearning()).isTrue();
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void externalVxlanWithGbp() {
        // ip link add name vxe type vxlan external gbp
        VxlanInfo d = roundTrip("vxlan-external-show.hex").data(VxlanInfo.class);
        assertThat(d.isExternal()).isTrue();
        assertThat(d.gbp()).isTrue();
        assertThat(d.isLearning()).isFalse();
        assertThat(d.port()).isEqualTo(8472);
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void aKindWithoutCodecKeepsItsDataRaw() {
        // ip link add name ifb0 type ifb: no IFLA_INFO_DATA at all
        Link ifb = roundTrip("ifb-show.hex");
        assertThat(ifb.kind()).isEqualTo("ifb");
        assertThat(ifb.linkInfo().data()).satisfiesAnyOf(
                d -> assertThat(d).isNull(),
                d -> assertThat(d).isInstanceOf(RawLinkInfoData.class));
        assertThat(ifb.data(MacvlanInfo.class)).isNull();
        assertThat(List.of(ifb.name())).containsExactly("ifb0");
    }

    @Test
    void vlanOnLinux61() {
        // ip link add link p0 name p0.20 type vlan protocol 802.1ad id 20 reorder_hdr off gvrp on
        //   loose_binding on ingress-qos-map 1:2 2:3 egress-qos-map 4:5
        Link v = roundTrip61("vlan-show.hex");
        VlanInfo d = v.data(VlanInfo.class);
        assertThat(v.link()).isEqualTo(3);
        assertThat(d.protocolName()).isEqualTo("802.1ad");
        assertThat(d.id()).isEqualTo(20);
        assertThat(d.flags().names()).containsExactly("GVRP", "LOOSE_BINDING");
        assertThat(d.flags().mask()).isEqualTo(-1);
        assertThat(d.ingressQos()).containsExactly(new QosMapping(1, 2), new QosMapping(2, 3));
        assertThat(d.egressQos()).containsExactly(new QosMapping(4, 5));
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void vlanWithDefaults() {
        // ip link add link p0 name p0.30 type vlan id 30
        VlanInfo d = roundTrip61("vlan-simple-show.hex").data(VlanInfo.class);
        assertThat(d.protocol()).isEqualTo(VlanInfo.PROTOCOL_8021Q);
        assertThat(d.flags().names()).containsExactly("REORDER_HDR");
        assertThat(d.ingressQos()).isNull();
        assertThat(d.egressQos()).isNull();
    }

    @Test
    void ipvlan() {
        // ip link add link p2 name ipv0 type ipvlan mode l3 private
        Link ipv = roundTrip61("ipvlan-show.hex");
        IpvlanInfo d = ipv.data(IpvlanInfo.class);
        assertThat(ipv.link()).isEqualTo(5);
        assertThat(d.ipvlanMode()).isEqualTo(IpvlanMode.L3);
        assertThat(d.flagsName()).isEqualTo("private");
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void dummy() {
        // ip link add name d0 mtu 9000 type dummy
        Link d = roundTrip61("dummy-show.hex");
        assertThat(d.kind()).isEqualTo("dummy");
        assertThat(d.mtu()).isEqualTo(9000);
        assertThat(d.linkInfo().data()).isNull();
    }

    @Test
    void nlmon() {
        // ip link add name nl0 type nlmon
        Link n = roundTrip61("nlmon-show.hex");
        assertThat(n.kind()).isEqualTo("nlmon");
        assertThat(n.header().type()).isEqualTo(824); // ARPHRD_NETLINK
        assertThat(n.linkInfo().data()).isNull();
    }
}

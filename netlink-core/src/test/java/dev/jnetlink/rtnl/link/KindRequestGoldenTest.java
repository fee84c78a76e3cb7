package dev.jnetlink.rtnl.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.RawLinkInfoData;
import dev.jnetlink.codec.link.kind.IpvlanInfo;
import dev.jnetlink.codec.link.kind.IpvlanMode;
import dev.jnetlink.codec.link.kind.MacvlanInfo;
import dev.jnetlink.codec.link.kind.MacvlanMode;
import dev.jnetlink.codec.link.kind.QosMapping;
import dev.jnetlink.codec.link.kind.VethInfo;
import dev.jnetlink.codec.link.kind.VlanFlags;
import dev.jnetlink.codec.link.kind.VlanInfo;
import dev.jnetlink.codec.link.kind.VxlanInfo;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.LinkGolden;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ip link add ... type KIND} requests as iproute2 6.1 sends them: our spec, given the
 * same sequence number and flags, writes the same bytes; and the captured request decodes to
 * what the command line said, and to the record the spec builds ({@code toInfo}): one model
 * for the request and the reply.
 */
class KindRequestGoldenTest {
    /** Indexes of the parents in the capture namespace. */
    static final Map<String, Integer> CAPTURE_NS = Map.of("p0", 3, "p2", 5);

    static Link check(String file, LinkSpec spec) {
        byte[] captured = GoldenBytes.load("golden/link/" + file).bytes(0);
        byte[] ours = Encoded.message(Rtm.NEWLINK, Encoded.flagsOf(captured),
                Encoded.seqOf(captured), w -> spec.write(w, name -> {
                    Integer i = CAPTURE_NS.get(name);
                    if (i == null) {
                        throw new AssertionError("unexpected lookup of " + name);
                    }
                    return i;
                }));
        LinkGolden.assertSameBytes(file + " from " + spec, captured, ours);
        // A request's attribute order is iproute2's, not the kernel's that Link keeps, so the
        // round trip here is by value: decode(encode(x)) == x.
        Link decoded = LinkGolden.decode(captured);
        assertThat(LinkGolden.reencode(decoded)).isEqualTo(decoded);
        assertThat(decoded.unknown()).isEmpty();
        assertThat(decoded.kind()).isEqualTo(spec.kind());
        assertThat(decoded.name()).isEqualTo(spec.name());
        return decoded;
    }

    @Test
    void vethWithOptionsOnBothEnds() {
        // ip link add name va txqueuelen 500 address 02:00:00:00:00:0a mtu 1400 group 7 alias hi up
        //   type veth peer name vb txqueuelen 600 address 02:00:00:00:00:0b mtu 1300
        Link va = check("veth-options.hex", Veth.pair("va", "vb").txqlen(500)
                .mac("02:00:00:00:00:0a").mtu(1400).group(7).alias("hi").up()
                .peerTxqlen(600).peerMac("02:00:00:00:00:0b").peerMtu(1300).build());
        assertThat(va.isUp()).isTrue();
        assertThat(va.alias()).isEqualTo("hi");
        Link peer = va.data(VethInfo.class).peer();
        assertThat(peer.name()).isEqualTo("vb");
        assertThat(peer.txqlen()).isEqualTo(600);
        assertThat(peer.address()).isEqualTo(MacAddress.parse("02:00:00:00:00:0b"));
        assertThat(peer.mtu()).isEqualTo(1300);
        assertThat(peer.isUp()).isFalse();
    }

    @Test
    void vethPeerWithGroupAndAlias() {
        // ip link add name vc type veth peer name vd txqueuelen 600 group 9 alias 'the peer'
        Link vc = check("veth-peer-group-alias.hex", Veth.pair("vc", "vd").peerTxqlen(600).peerGroup(9)
                .peerAlias("the peer").build());
        Link peer = vc.data(VethInfo.class).peer();
        assertThat(peer.group()).isEqualTo(9);
        assertThat(peer.alias()).isEqualTo("the peer");
    }

    @Test
    void macvlanInBridgeMode() {
        // ip link add link p0 name mv0 type macvlan mode bridge
        Macvlan spec = Macvlan.on("p0", "mv0").mode(MacvlanMode.BRIDGE).build();
        Link mv = check("macvlan-create.hex", spec);
        assertThat(mv.link()).isEqualTo(3);
        assertThat(mv.data(MacvlanInfo.class)).isEqualTo(spec.toInfo());
        assertThat(mv.data(MacvlanInfo.class).macvlanMode()).isEqualTo(MacvlanMode.BRIDGE);
    }

    @Test
    void macvlanInSourceModeWithItsMacList() {
        // ip link add link p0 name mv1 type macvlan mode source macaddr set 02:..:01 02:..:02 bcqueuelen 200
        Macvlan spec = Macvlan.on("p0", "mv1")
                .mode(MacvlanMode.SOURCE).sourceMacs("02:00:00:00:00:01", "02:00:00:00:00:02")
                .bcQueueLen(200).build();
        Link mv = check("macvlan-source-create.hex", spec);
        MacvlanInfo d = mv.data(MacvlanInfo.class);
        assertThat(d).isEqualTo(spec.toInfo());
        assertThat(d.macaddrMode()).isEqualTo(MacvlanInfo.MACADDR_SET);
        assertThat(d.macaddrData()).hasSize(2);
        assertThat(d.bcQueueLen()).isEqualTo(200);
    }

    @Test
    void macvtapInPassthruModeWithoutPromisc() {
        // ip link add link p2 name mt0 type macvtap mode passthru nopromisc
        Macvtap spec = Macvtap.on("p2", "mt0").mode(MacvlanMode.PASSTHRU).noPromisc().build();
        Link mt = check("macvtap-create.hex", spec);
        assertThat(mt.data(MacvlanInfo.class)).isEqualTo(spec.toInfo());
        assertThat(mt.link()).isEqualTo(5);
        assertThat(mt.data(MacvlanInfo.class).noPromisc()).isTrue();
    }

    @Test
    void vxlanWithMostOptions() throws Exception {
        // ip link add name vx0 type vxlan id 42 remote 10.0.0.2 local 10.0.0.1 ttl 10 tos 0x10 dev p0
        //   dstport 4789 srcport 1000 2000 nolearning proxy l2miss l3miss ageing 600 maxaddress 100 noudpcsum
        Vxlan spec = Vxlan.withVni("vx0", 42).remote("10.0.0.2")
                .local("10.0.0.1").ttl(10).tos(0x10).dev("p0").dstPort(4789)
                .srcPortRange(1000, 2000).learning(false).proxy(true).l2miss(true).l3miss(true)
                .ageing(600).maxAddress(100).udpCsum(false).build();
        Link vx = check("vxlan-create.hex", spec);
        VxlanInfo d = vx.data(VxlanInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(d.id()).isEqualTo(42);
        assertThat(d.group()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(d.link()).isEqualTo(3);
        assertThat(d.learning()).isZero();
    }

    @Test
    void vxlanOverIpv6WithAGroup() {
        // ip link add name vx6 type vxlan id 7 group ff05::100 local fd00::1 dev p0 dstport 4789
        Vxlan spec = Vxlan.withVni("vx6", 7).group("ff05::100").local("fd00::1").dev("p0")
                .dstPort(4789).build();
        Link vx = check("vxlan6-create.hex", spec);
        assertThat(vx.data(VxlanInfo.class).group6()).isNotNull();
        assertThat(vx.data(VxlanInfo.class)).isEqualTo(spec.toInfo(CAPTURE_NS::get));
    }

    @Test
    void externalVxlan() {
        // ip link add name vxe type vxlan external gbp
        Vxlan spec = Vxlan.external("vxe").gbp().build();
        Link vx = check("vxlan-external-create.hex", spec);
        assertThat(vx.data(VxlanInfo.class)).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(vx.data(VxlanInfo.class).isExternal()).isTrue();
        assertThat(vx.data(VxlanInfo.class).id()).isNull();
    }

    @Test
    void aKindByNameOnly() {
        // ip link add name ifb0 type ifb
        Link ifb = check("ifb-create.hex", GenericLink.of("ifb", "ifb0").build());
        assertThat(ifb.linkInfo().data()).isNull();
    }

    @Test
    void genericLinkWritesItsRawDataAsGiven() {
        // the macvlan capture again, with IFLA_MACVLAN_MODE (1) = bridge (4) given by hand
        Link mv = check("macvlan-create.hex", GenericLink.of("macvlan", "mv0").parent("p0")
                .data(new RawAttribute(1, dev.jnetlink.codec.Bytes.of((byte) 4, (byte) 0,
                        (byte) 0, (byte) 0))).build());
        assertThat(mv.linkInfo().data()).isNotInstanceOf(RawLinkInfoData.class);
    }

    @Test
    void vlanWithEveryOption() {
        // ip link add link p0 name p0.20 type vlan protocol 802.1ad id 20 reorder_hdr off gvrp on
        //   loose_binding on ingress-qos-map 1:2 2:3 egress-qos-map 4:5
        Vlan spec = Vlan.on("p0", "p0.20", 20).dot1ad().reorderHdr(false)
                .gvrp(true).looseBinding(true).ingressQos(1, 2).ingressQos(2, 3).egressQos(4, 5)
                .build();
        Link v = check("vlan-create.hex", spec);
        VlanInfo d = v.data(VlanInfo.class);
        assertThat(d).isEqualTo(spec.toInfo());
        assertThat(d.protocol()).isEqualTo(VlanInfo.PROTOCOL_8021AD);
        assertThat(d.id()).isEqualTo(20);
        assertThat(d.flags()).isEqualTo(new VlanFlags(VlanFlags.GVRP | VlanFlags.LOOSE_BINDING,
                VlanFlags.REORDER_HDR | VlanFlags.GVRP | VlanFlags.LOOSE_BINDING));
        assertThat(d.ingressQos()).containsExactly(new QosMapping(1, 2), new QosMapping(2, 3));
        assertThat(d.egressQos()).containsExactly(new QosMapping(4, 5));
    }

    @Test
    void vlanWithAnIdOnly() {
        // ip link add link p0 name p0.30 type vlan id 30
        Vlan spec = Vlan.on("p0", "p0.30", 30).build();
        Link v = check("vlan-simple-create.hex", spec);
        assertThat(v.data(VlanInfo.class)).isEqualTo(spec.toInfo());
        assertThat(v.data(VlanInfo.class).protocol()).isNull();
        assertThat(v.data(VlanInfo.class).flags()).isNull();
    }

    @Test
    void ipvlanInL3PrivateMode() {
        // ip link add link p2 name ipv0 type ipvlan mode l3 private
        Ipvlan spec = Ipvlan.on("p2", "ipv0").mode(IpvlanMode.L3)
                .isolation(Ipvlan.Isolation.PRIVATE).build();
        Link ipv = check("ipvlan-create.hex", spec);
        assertThat(ipv.data(IpvlanInfo.class)).isEqualTo(spec.toInfo());
        assertThat(ipv.link()).isEqualTo(5);
        assertThat(ipv.data(IpvlanInfo.class).ipvlanMode()).isEqualTo(IpvlanMode.L3);
        assertThat(ipv.data(IpvlanInfo.class).flagsName()).isEqualTo("private");
    }

    @Test
    void dummy() {
        // ip link add name d0 mtu 9000 type dummy
        Link d = check("dummy-create.hex", Dummy.named("d0").mtu(9000).build());
        assertThat(d.mtu()).isEqualTo(9000);
    }

    @Test
    void nlmon() {
        // ip link add name nl0 type nlmon
        Link n = check("nlmon-create.hex", GenericLink.of("nlmon", "nl0").build());
        assertThat(n.kind()).isEqualTo("nlmon");
        assertThat(n.linkInfo().data()).isNull();
    }
}

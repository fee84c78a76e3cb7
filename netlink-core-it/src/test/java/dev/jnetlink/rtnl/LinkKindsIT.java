package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.kind.IpvlanInfo;
import dev.jnetlink.codec.link.kind.IpvlanMode;
import dev.jnetlink.codec.link.kind.MacvlanInfo;
import dev.jnetlink.codec.link.kind.MacvlanMode;
import dev.jnetlink.codec.link.kind.QosMapping;
import dev.jnetlink.codec.link.kind.VlanFlags;
import dev.jnetlink.codec.link.kind.VlanInfo;
import dev.jnetlink.codec.link.kind.VxlanInfo;
import dev.jnetlink.codec.link.kind.VxlanPortRange;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Dummy;
import dev.jnetlink.rtnl.link.GenericLink;
import dev.jnetlink.rtnl.link.Ipvlan;
import dev.jnetlink.rtnl.link.Macvlan;
import dev.jnetlink.rtnl.link.Macvtap;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.link.Vlan;
import dev.jnetlink.rtnl.link.Vxlan;
import dev.jnetlink.rtnl.view.IpLinkShow;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Create, read, change and delete for every kind, in a scratch namespace whose parent
 * devices are a veth pair {@code p0}/{@code p1}. VLAN, ipvlan and dummy need modules the 6.18
 * host lacks: they skip there and run in the full-kernel VM pass.
 */
@NetlinkTest
class LinkKindsIT {
    @Scratch
    private ScratchNamespaces scratch;
    @Scratch
    private Rtnl rtnl;
    private Links links;

    @BeforeEach
    void setUp() {
        links = rtnl.links();
        links.add(Veth.pair("p0", "p1"));
    }

    private List<String> names() {
        return links.list().stream().map(Link::name).toList();
    }

    @Test
    void vethWithOptionsOnBothEndsAndAnAlias() {
        links.add(Veth.pair("va", "vb").txqlen(500).mac("02:00:00:00:00:0a").mtu(1400).group(7)
                .alias("end a").up().peerTxqlen(600).peerMac("02:00:00:00:00:0b").peerMtu(1300));
        Link a = links.get("va");
        Link b = links.get("vb");
        assertThat(a.kind()).isEqualTo("veth");
        assertThat(a.txqlen()).isEqualTo(500);
        assertThat(a.address()).isEqualTo(MacAddress.parse("02:00:00:00:00:0a"));
        assertThat(a.mtu()).isEqualTo(1400);
        assertThat(a.group()).isEqualTo(7);
        assertThat(a.alias()).isEqualTo("end a");
        assertThat(a.isUp()).isTrue();
        assertThat(b.txqlen()).isEqualTo(600);
        assertThat(b.address()).isEqualTo(MacAddress.parse("02:00:00:00:00:0b"));
        assertThat(b.mtu()).isEqualTo(1300);
        assertThat(b.isUp()).isFalse();
        assertThat(a.link()).isEqualTo(b.index());

        links.delete(b.index());
        assertThat(names()).doesNotContain("va", "vb");
    }

    @Test
    void vethEndsCreatedDirectlyInTwoOtherNamespaces() {
        NetNs left = scratch.anonymous();
        NetNs right = scratch.anonymous();
        links.add(Veth.pair("left0", "right0").netns(left).peerNetns(right).alias("in left"));
        assertThat(names()).doesNotContain("left0", "right0");
        try (Rtnl l = Rtnl.openIn(left); Rtnl r = Rtnl.openIn(right)) {
            Link a = l.links().get("left0");
            Link b = r.links().get("right0");
            assertThat(a.alias()).as("alias set in the target namespace").isEqualTo("in left");
            assertThat(a.link()).isEqualTo(b.index());
            assertThat(a.linkNetnsid()).as("peer is in another namespace").isNotNull();
            assertThat(IpLinkShow.of(l).dev("left0").text()).startsWith(a.index() + ": left0@if" + b.index() + ": ");
            l.links().delete("left0");
            assertThat(r.links().find("right0")).isEmpty();
        }
    }

    @Test
    void macvlanInBridgeModeOnAParentByIndexAndInATargetNamespace() {
        NetNs container = scratch.anonymous();
        int p0 = links.indexOf("p0");
        links.add(Macvlan.on(p0, "mv0").mode(MacvlanMode.BRIDGE).mac("02:00:00:00:01:01")
                .netns(container));
        try (Rtnl in = Rtnl.openIn(container)) {
            Link mv = in.links().get("mv0");
            assertThat(mv.kind()).isEqualTo("macvlan");
            assertThat(mv.link()).as("the parent's index, in the parent's namespace").isEqualTo(p0);
            assertThat(mv.linkNetnsid()).isNotNull();
            assertThat(mv.address()).isEqualTo(MacAddress.parse("02:00:00:00:01:01"));
            MacvlanInfo d = mv.data(MacvlanInfo.class);
            assertThat(d.macvlanMode()).isEqualTo(MacvlanMode.BRIDGE);
            in.links().setMtu("mv0", 1400);
            assertThat(in.links().get("mv0").mtu()).isEqualTo(1400);
            in.links().delete("mv0");
            assertThat(in.links().find("mv0")).isEmpty();
        }
    }

    @Test
    void macvtapInSourceModeKeepsItsMacList() {
        links.add(Macvtap.on("p0", "mvt0").mode(MacvlanMode.SOURCE)
                .sourceMacs("02:00:00:00:00:01", "02:00:00:00:00:02").bcQueueLen(300));
        Link mt = links.get("mvt0");
        MacvlanInfo d = mt.data(MacvlanInfo.class);
        assertThat(mt.kind()).isEqualTo("macvtap");
        assertThat(d.macvlanMode()).isEqualTo(MacvlanMode.SOURCE);
        assertThat(d.macaddrCount()).isEqualTo(2);
        assertThat(d.macaddrData()).containsExactlyInAnyOrder(
                MacAddress.parse("02:00:00:00:00:01"), MacAddress.parse("02:00:00:00:00:02"));
        assertThat(d.bcQueueLen()).isEqualTo(300);
        links.delete("mvt0");
        assertThat(names()).doesNotContain("mvt0");
    }

    @Test
    void vxlanWithTheOptionsUsersSet() throws Exception {
        links.add(Vxlan.withVni("vx0", 4242).remote("10.9.0.2").local("10.9.0.1").dev("p0")
                .dstPort(4789).srcPortRange(5000, 6000).ttl(16).learning(false).ageing(120)
                .maxAddress(50).l2miss(true));
        VxlanInfo d = links.get("vx0").data(VxlanInfo.class);
        assertThat(d.id()).isEqualTo(4242);
        assertThat(d.group()).isEqualTo(InetAddress.getByName("10.9.0.2"));
        assertThat(d.local()).isEqualTo(InetAddress.getByName("10.9.0.1"));
        assertThat(d.link()).isEqualTo(links.indexOf("p0"));
        assertThat(d.port()).isEqualTo(4789);
        assertThat(d.portRange()).isEqualTo(new VxlanPortRange(5000, 6000));
        assertThat(d.ttl()).isEqualTo(16);
        assertThat(d.isLearning()).isFalse();
        assertThat(d.ageing()).isEqualTo(120);
        assertThat(d.limit()).isEqualTo(50);
        assertThat(d.l2miss()).isEqualTo(1);
        links.setUp("vx0");
        assertThat(links.get("vx0").isUp()).isTrue();
        links.delete("vx0");
        assertThat(names()).doesNotContain("vx0");
    }

    @Test
    void aKindWithoutAClassThroughGenericLink() {
        links.add(GenericLink.of("ifb", "ifb7").txqlen(32));
        Link ifb = links.get("ifb7");
        assertThat(ifb.kind()).isEqualTo("ifb");
        assertThat(ifb.txqlen()).isEqualTo(32);
        links.delete("ifb7");
        assertThat(names()).doesNotContain("ifb7");
    }

    @Test
    void vlanWithProtocolFlagsAndQosMaps() {
        links.add(Vlan.on("p0", "p0.20", 20).dot1ad().reorderHdr(false).looseBinding(true)
                .ingressQos(1, 2).ingressQos(2, 3).egressQos(4, 5));
        Link v = links.get("p0.20");
        VlanInfo d = v.data(VlanInfo.class);
        assertThat(v.kind()).isEqualTo("vlan");
        assertThat(v.link()).isEqualTo(links.indexOf("p0"));
        assertThat(d.id()).isEqualTo(20);
        assertThat(d.protocolName()).isEqualTo("802.1ad");
        assertThat(d.flags().names()).containsExactly("LOOSE_BINDING");
        assertThat(d.flags().flags() & VlanFlags.REORDER_HDR).isZero();
        assertThat(d.ingressQos()).containsExactly(new QosMapping(1, 2), new QosMapping(2, 3));
        assertThat(d.egressQos()).containsExactly(new QosMapping(4, 5));
        links.rename("p0.20", "svc20");
        assertThat(links.get("svc20").data(VlanInfo.class).id()).isEqualTo(20);
        links.delete("svc20");
        assertThat(names()).doesNotContain("svc20", "p0.20");
    }

    @Test
    void ipvlanInL3PrivateMode() {
        NetNs container = scratch.anonymous();
        links.add(Ipvlan.on("p0", "ipv0").mode(IpvlanMode.L3).isolation(Ipvlan.Isolation.PRIVATE)
                .netns(container));
        try (Rtnl in = Rtnl.openIn(container)) {
            Link ipv = in.links().get("ipv0");
            IpvlanInfo d = ipv.data(IpvlanInfo.class);
            assertThat(ipv.kind()).isEqualTo("ipvlan");
            assertThat(d.ipvlanMode()).isEqualTo(IpvlanMode.L3);
            assertThat(d.flagsName()).isEqualTo("private");
            assertThat(ipv.address()).as("an ipvlan shares its parent's MAC")
                    .isEqualTo(links.get("p0").address());
            in.links().delete("ipv0");
            assertThat(in.links().find("ipv0")).isEmpty();
        }
    }

    @Test
    void dummy() {
        links.add(Dummy.named("d0").mtu(9000).group(3));
        Link d = links.get("d0");
        assertThat(d.kind()).isEqualTo("dummy");
        assertThat(d.mtu()).isEqualTo(9000);
        assertThat(d.group()).isEqualTo(3);
        links.deleteGroup(3);
        assertThat(names()).doesNotContain("d0");
    }

    @Test
    void nlmon() {
        links.add(GenericLink.of("nlmon", "nl0").up());
        Link n = links.get("nl0");
        assertThat(n.kind()).isEqualTo("nlmon");
        assertThat(n.header().type()).isEqualTo(824); // ARPHRD_NETLINK
        assertThat(n.linkInfo().data()).isNull();
        assertThat(IpLinkShow.of(rtnl).text()).contains("link/netlink ");
        links.delete("nl0");
        assertThat(names()).doesNotContain("nl0");
    }
}

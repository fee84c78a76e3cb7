package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.GenericLink;
import dev.jnetlink.rtnl.link.Macvlan;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpLinkShow;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.testing.Ip;
import dev.jnetlink.testing.ProcessInNamespace;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ip link set} and {@code ip link del}, and the filtered listings, in a scratch namespace. */
@NetlinkTest
class LinkChangesIT {
    @Scratch
    private ScratchNamespaces scratch;
    @Scratch
    private Rtnl rtnl;
    private Links links;

    @BeforeEach
    void setUp() {
        links = rtnl.links();
        links.add(Veth.pair("c0", "c1"));
    }

    private List<String> names() {
        return links.list().stream().map(Link::name).toList();
    }

    @Test
    void setsMtuMacTxqlenGroupAndAlias() {
        links.setMtu("c0", 1280);
        links.setMac("c0", "02:00:00:00:00:c0");
        links.setTxqlen("c0", 77);
        links.setGroup("c0", 12);
        links.setAlias("c0", "uplink to r2");
        Link c0 = links.get("c0");
        assertThat(c0.mtu()).isEqualTo(1280);
        assertThat(c0.address()).isEqualTo(MacAddress.parse("02:00:00:00:00:c0"));
        assertThat(c0.txqlen()).isEqualTo(77);
        assertThat(c0.group()).isEqualTo(12);
        assertThat(c0.alias()).isEqualTo("uplink to r2");
        links.setAlias("c0", "");
        assertThat(links.get("c0").alias()).isNull();
    }

    @Test
    void renamesADownLinkAndSaysWhatToDoWhenTheKernelRefusesAnUpOne() {
        links.rename("c0", "eth0");
        assertThat(names()).contains("eth0").doesNotContain("c0");
        links.setUp("eth0");
        try {
            links.rename("eth0", "eth1");
            // Linux 6.18 renames links that are up
            assertThat(names()).contains("eth1");
        } catch (LinkStateException e) {
            // older kernels (6.1) refuse with EBUSY
            assertThat(e).hasMessageContaining("EBUSY")
                    .hasMessageContaining("must be down to be renamed")
                    .hasMessageContaining("ip link set dev eth0 down");
            links.setDown("eth0");
            links.rename("eth0", "eth1");
            assertThat(names()).contains("eth1");
        }
    }

    @Test
    void enslavesToABridgeListsItsPortsAndReleases() {
        links.add(GenericLink.of("bridge", "br0"));
        links.add(Veth.pair("d0", "d1"));
        links.setMaster("c0", "br0");
        links.setMaster("d0", "br0");
        int br = links.indexOf("br0");
        Link c0 = links.get("c0");
        assertThat(c0.master()).isEqualTo(br);
        assertThat(c0.slaveKind()).isEqualTo("bridge");
        assertThat(IpLinkShow.of(rtnl).dev("c0").text()).contains("master br0").contains("c0@c1");
        assertThat(links.listByMaster("br0")).extracting(Link::name)
                .containsExactlyInAnyOrder("c0", "d0");
        links.setNoMaster("c0");
        assertThat(links.get("c0").master()).isNull();
        assertThat(links.listByMaster(br)).extracting(Link::name).containsExactly("d0");
    }

    @Test
    void listsByKindWithTheKernelsFilter() {
        links.add(GenericLink.of("ifb", "ifb3"));
        links.add(Macvlan.on("c0", "mv3"));
        assertThat(links.listByKind("veth")).extracting(Link::name)
                .containsExactlyInAnyOrder("c0", "c1");
        assertThat(links.listByKind("macvlan")).extracting(Link::name).containsExactly("mv3");
        assertThat(links.listByKind("ifb")).extracting(Link::name).containsExactly("ifb3");
        assertThat(links.listByKind("nosuchkind")).isEmpty();
    }

    @Test
    void movesALinkToANamespaceByHandle() {
        NetNs other = scratch.anonymous();
        links.moveTo("c1", other);
        assertThat(names()).doesNotContain("c1");
        try (Rtnl there = Rtnl.openIn(other)) {
            Link c1 = there.links().get("c1");
            assertThat(c1.linkNetnsid()).isNotNull();
            Link c0 = links.get("c0");
            assertThat(c0.link()).isEqualTo(c1.index());
            assertThat(IpLinkShow.of(rtnl).dev("c0").text()).contains("c0@if" + c1.index()).contains("link-netnsid");
        }
    }

    @Test
    void movesALinkToTheNamespaceOfAProcess() {
        NetNs other = scratch.anonymous();
        try (ProcessInNamespace p = ProcessInNamespace.start(other)) {
            links.moveToPid("c1", (int) p.pid());
            assertThat(names()).doesNotContain("c1");
            try (Rtnl there = Rtnl.openIn(other)) {
                assertThat(there.links().get("c1").kind()).isEqualTo("veth");
            }
        }
    }

    @Test
    void deletesByIndexAndAWholeGroupAtOnce() {
        for (int i = 0; i < 5; i++) {
            links.add(Veth.pair("g" + i, "h" + i).group(9));
        }
        links.add(Veth.pair("keep0", "keep1").group(10));
        assertThat(links.list()).filteredOn(l -> l.group() != null && l.group() == 9).hasSize(5);
        links.deleteGroup(9);
        assertThat(names()).contains("c0", "c1", "keep0", "keep1")
                .noneMatch(n -> n.startsWith("g") || n.startsWith("h"));
        assertThatThrownBy(() -> links.deleteGroup(9)).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("RTM_DELLINK group 9: ENODEV");
        links.delete(links.indexOf("keep0"));
        assertThat(names()).doesNotContain("keep0", "keep1");
    }
}

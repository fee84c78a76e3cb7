package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.bridge.codec.BridgeId;
import dev.jnetlink.bridge.codec.BridgeVlanInfo;
import dev.jnetlink.bridge.codec.FdbEntry;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.NeighbourFlags;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text views, from values built by hand (the integration tests compare them with the real
 * tools; these pin the corner cases): {@code brctl show}, VLAN ranges, {@code bridge fdb show}.
 */
class ViewsTest {
    private static final BridgeId ID = new BridgeId(0x8000, MacAddress.parse("02:42:ac:11:00:01"));

    @Test
    void brctlShow() {
        assertThat(new BrctlShow(List.of()).toString()).isEmpty();
        BrctlShow show = new BrctlShow(List.of(
                new BrctlShow.Entry("docker0", ID, false, List.of("veth1", "veth2")),
                new BrctlShow.Entry("br1", new BridgeId(0x1000, MacAddress.parse("02:00:00:00:00:01")),
                        true, List.of())));
        assertThat(show.toString()).isEqualTo("bridge name\tbridge id\t\tSTP enabled\tinterfaces\n"
                + "docker0\t\t8000.0242ac110001\tno\t\tveth1\n"
                + "\t\t\t\t\t\t\tveth2\n"
                + "br1\t\t1000.020000000001\tyes\t\t\n");
        assertThat(show.only("br1").bridges()).hasSize(1);
        assertThat(show.bridge("nosuch")).isNull();
    }

    @Test
    void bridgeIds() {
        assertThat(ID.toBrctlString()).isEqualTo("8000.0242ac110001");
        assertThat(ID.toIpString()).isEqualTo("8000.2:42:ac:11:0:1");
        assertThat(BridgeId.fromBytes(ID.toBytes())).isEqualTo(ID);
    }

    @Test
    void vlanRangesAreJoinedAndStrayEndsKept() {
        int b = BridgeVlanInfo.RANGE_BEGIN;
        int e = BridgeVlanInfo.RANGE_END;
        int pu = BridgeVlanInfo.PVID | BridgeVlanInfo.UNTAGGED;
        List<BridgeVlan> vlans = BridgeVlan.of(List.of(
                new BridgeVlanInfo(pu, 1),
                new BridgeVlanInfo(b | BridgeVlanInfo.UNTAGGED, 20),
                new BridgeVlanInfo(e | BridgeVlanInfo.UNTAGGED, 30),
                new BridgeVlanInfo(b, 40),
                new BridgeVlanInfo(0, 41),
                new BridgeVlanInfo(b, 50)));
        assertThat(vlans).extracting(BridgeVlan::toString).containsExactly(
                "1 PVID Egress Untagged", "20-30 Egress Untagged", "40", "41", "50");
        assertThat(vlans.get(0).pvid()).isTrue();
        assertThat(vlans.get(1).isRange()).isTrue();
        assertThat(vlans.get(1).flagNames()).containsExactly("Egress Untagged");
    }

    @Test
    void fdbLines() throws Exception {
        FdbEntry bridgeEntry = FdbEntry.builder().header(new NdMsg(7, 4, 0x40, 0, 0))
                .lladdr(MacAddress.parse("02:00:00:00:00:aa")).master(2).flagsExt(0).vlan(10)
                .build();
        FdbEntry dynamic = FdbEntry.builder()
                .header(new NdMsg(7, 4, 0x02, NeighbourFlags.STICKY, 0))
                .lladdr(MacAddress.parse("02:00:00:00:00:bb")).master(2)
                .flagsExt(FdbEntry.NTF_EXT_LOCKED).build();
        FdbEntry vxlan = FdbEntry.builder().header(new NdMsg(7, 9, 0xc0, NeighbourFlags.SELF, 1))
                .lladdr(MacAddress.parse("00:00:00:00:00:00"))
                .dst(InetAddress.getByName("10.0.0.3")).port(4790).vni(43).ifindex(3).build();
        List<String> names = List.of("", "lo", "br0", "v1", "v0", "", "", "", "", "vx0");
        assertThat(Fdb.format(bridgeEntry, names::get))
                .isEqualTo("02:00:00:00:00:aa dev v0 vlan 10 master br0 static");
        assertThat(Fdb.format(dynamic, names::get))
                .isEqualTo("02:00:00:00:00:bb dev v0 sticky locked master br0 ");
        assertThat(Fdb.format(vxlan, names::get))
                .isEqualTo("00:00:00:00:00:00 dev vx0 dst 10.0.0.3 port 4790 vni 43 via v1 self permanent");
        assertThat(Fdb.format(bridgeEntry, i -> null)).startsWith("02:00:00:00:00:aa dev if4 ");
    }
}

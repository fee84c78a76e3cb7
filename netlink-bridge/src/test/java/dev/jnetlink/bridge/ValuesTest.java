package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.bridge.codec.BridgeId;
import dev.jnetlink.bridge.codec.BridgeVlanInfo;
import dev.jnetlink.codec.MacAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bridge ids in their two spellings, and VLAN ranges joined from a compressed dump. */
class ValuesTest {
    private static final BridgeId ID = new BridgeId(0x8000, MacAddress.parse("02:42:ac:11:00:01"));

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
        assertThat(vlans).containsExactly(new BridgeVlan(1, 1, pu), new BridgeVlan(20, 30, BridgeVlanInfo.UNTAGGED),
                new BridgeVlan(40, 40, 0), new BridgeVlan(41, 41, 0), new BridgeVlan(50, 50, 0));
        assertThat(vlans.get(0).pvid()).isTrue();
        assertThat(vlans.get(1).isRange()).isTrue();
        assertThat(vlans.get(1).flagNames()).containsExactly("Egress Untagged");
    }
}

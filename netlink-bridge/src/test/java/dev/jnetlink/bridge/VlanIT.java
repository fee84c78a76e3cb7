package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.bridge.codec.FdbEntry;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * VLAN filtering against the real peer: a VLAN-filtering bridge compared with
 * {@code ip -j -d link show}, per-port and the bridge's own VLANs (PVID, untagged, ranges)
 * compared with {@code bridge -compressvlans -j vlan show}, FDB entries per VLAN with
 * {@code bridge -j fdb show}. Kernels built without {@code CONFIG_BRIDGE_VLAN_FILTERING} (this
 * project's host kernel) refuse the first step with {@link KernelLacksFeatureException}, which
 * skips those tests there; the full-kernel VM pass runs them.
 */
@NetlinkTest
class VlanIT {
    private Scratch s;

    @BeforeEach
    void setUp() {
        s = new Scratch("vlan");
        s.veth("v0", "v1");
        s.veth("v2", "v3");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    /** Creates a VLAN-filtering br0 with ports v0 and v2; throws on kernels without it. */
    private void vlanBridge(BridgeOptions.Builder extra) {
        s.bridges.create(Bridge.named("br0").options(extra.vlanFiltering(true).build()));
        s.bridges.addPort("br0", "v0");
        s.bridges.addPort("br0", "v2");
    }

    private void assertVlanParity() {
        List<PortVlans> ours = s.bridges.vlans().list();
        JsonNode theirs = s.bridgeJson("-compressvlans", "vlan", "show");
        assertThat(ours).extracting(PortVlans::name).containsExactlyElementsOf(
                () -> theirs.findValuesAsText("ifname").iterator());
        for (int i = 0; i < ours.size(); i++) {
            Parity.vlans(ours.get(i), theirs.get(i));
        }
    }

    @Test
    void vlanFilteringBridgeOptionsAsIpShowsThem() {
        vlanBridge(BridgeOptions.builder().vlanProtocol(VlanProtocol.DOT1AD).defaultPvid(7));
        BridgeInfo info = s.bridges.info("br0");
        assertThat(info.vlanFiltering()).isTrue();
        assertThat(VlanProtocol.of(info.vlanProtocol())).isEqualTo(VlanProtocol.DOT1AD);
        assertThat(info.vlanDefaultPvid()).isEqualTo(7);
        Parity.bridge(info, s.ipJson("-d", "link", "show", "dev", "br0").get(0)
                .get("linkinfo").get("info_data"));
        // New ports get the default PVID, untagged.
        assertThat(s.bridges.vlans().list("v0")).extracting(BridgeVlan::toString)
                .containsExactly("7 PVID Egress Untagged");

        s.bridges.change("br0", BridgeOptions.builder().vlanFiltering(false)
                .vlanProtocol(VlanProtocol.DOT1Q).build());
        BridgeInfo after = s.bridges.info("br0");
        assertThat(after.vlanFiltering()).isFalse();
        assertThat(after.vlanProtocol()).isEqualTo(0x8100);
    }

    @Test
    void portAndBridgeVlansAsBridgeVlanShowShowsThem() {
        vlanBridge(BridgeOptions.builder());
        Vlans vlans = s.bridges.vlans();
        vlans.add("v0", VlanSpec.of(10).withPvid().withUntagged());
        vlans.add("v0", VlanSpec.range(20, 30));
        vlans.add("v2", VlanSpec.of(40));
        vlans.add("br0", VlanSpec.of(10));

        assertThat(vlans.list("v0")).extracting(BridgeVlan::toString)
                .containsExactly("1 Egress Untagged", "10 PVID Egress Untagged", "20-30");
        assertThat(vlans.list("br0")).extracting(BridgeVlan::toString)
                .containsExactly("1 PVID Egress Untagged", "10");
        PortVlans br0 = vlans.list().stream().filter(PortVlans::bridge).findFirst().orElseThrow();
        assertThat(br0.name()).isEqualTo("br0");
        assertVlanParity();

        // Deleting from the middle of a range splits it.
        vlans.delete("v0", VlanSpec.range(24, 25));
        assertThat(vlans.list("v0")).extracting(BridgeVlan::toString)
                .containsExactly("1 Egress Untagged", "10 PVID Egress Untagged", "20-23", "26-30");
        vlans.delete("br0", VlanSpec.of(10));
        assertThat(vlans.list("br0")).extracting(BridgeVlan::toString)
                .containsExactly("1 PVID Egress Untagged");
        assertVlanParity();

        // Added by bridge, read by us.
        s.bridge("vlan", "add", "dev", "v2", "vid", "50", "untagged");
        assertThat(vlans.list("v2")).extracting(BridgeVlan::toString)
                .contains("40", "50 Egress Untagged");
    }

    @Test
    void fdbEntriesPerVlan() {
        vlanBridge(BridgeOptions.builder());
        s.bridges.vlans().add("v0", VlanSpec.of(10));
        s.bridges.fdb().add(FdbSpec.builder("02:00:00:00:00:aa", "v0").master().vlan(10).build());
        List<FdbEntry> entries = s.bridges.fdb().listByBridge("br0");
        FdbEntry added = entries.stream()
                .filter(e -> e.lladdr().equals(MacAddress.parse("02:00:00:00:00:aa")))
                .findFirst().orElseThrow();
        assertThat(added.vlan()).isEqualTo(10);
        JsonNode theirs = s.bridgeJson("fdb", "show", "br", "br0");
        assertThat(entries).hasSize(theirs.size());
        IntFunction<String> names = LinkNames.of(s.rtnl)::name;
        for (int i = 0; i < entries.size(); i++) {
            Parity.fdb(entries.get(i), theirs.get(i), names);
        }
        // A VLAN the port does not have: the kernel refuses.
        assertThatThrownBy(() -> s.bridges.fdb().add(
                FdbSpec.builder("02:00:00:00:00:bb", "v0").master().vlan(99).build()))
                .isInstanceOf(NetlinkException.class)
                .hasMessageStartingWith("RTM_NEWNEIGH 02:00:00:00:00:bb dev v0: EINVAL");
    }

    @Test
    void refusesBadVlansBeforeAnyRequest() {
        s.bridges.create("br0");
        s.bridges.addPort("br0", "v0");
        assertThatThrownBy(() -> VlanSpec.of(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("VLAN id 0 is out of range: 802.1Q ids are 1..4094 (0 and 4095 are reserved)");
        assertThatThrownBy(() -> VlanSpec.of(4095))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("VLAN id 4095 is out of range");
        assertThatThrownBy(() -> VlanSpec.range(30, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("VLAN range 30-20 ends before it starts");
        assertThatThrownBy(() -> VlanSpec.range(20, 30).withPvid())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a VLAN range (20-30) cannot be the PVID: a port has one PVID");
        assertThatThrownBy(() -> BridgeOptions.builder().defaultPvid(4095).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("default PVID must be 0 (none) or a VLAN id 1..4094, got 4095");
        assertThatThrownBy(() -> s.bridges.vlans().add("v2", VlanSpec.of(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("v2 is neither a bridge nor a bridge port; VLAN filtering applies to"
                        + " those only");
        try (NetNs other = s.namespaces.anonymous()) {
            s.rtnl.links().add(Veth.pair("v4", "w4").peerNetns(other));
            assertThatThrownBy(() -> s.bridges.vlans().add("w4", VlanSpec.of(10)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cannot change the VLANs of w4: there is no link w4"
                            + " in this namespace");
        }
    }

    /**
     * Runs on every kernel, skips on none: with VLAN filtering the VLAN is there; without it
     * the refusal names the missing feature and nothing is listed.
     */
    @Test
    void aKernelWithoutVlanFilteringSaysSo() {
        s.bridges.create("br0");
        s.bridges.addPort("br0", "v0");
        try {
            s.bridges.vlans().add("v0", VlanSpec.of(10));
            assertThat(s.bridges.vlans().list("v0")).extracting(BridgeVlan::vid).contains(10);
        } catch (KernelLacksFeatureException e) {
            assertThat(e.feature()).isEqualTo("bridge VLAN filtering");
            assertThat(e.getMessage()).startsWith("RTM_SETLINK v0 vid 10: EOPNOTSUPP")
                    .endsWith("(this kernel lacks bridge VLAN filtering: the kernel was built"
                            + " without CONFIG_BRIDGE_VLAN_FILTERING)");
            assertThat(s.bridges.vlans().list()).isEmpty();
            assertThatThrownBy(() -> s.bridges.create(Bridge.named("br1")
                    .options(BridgeOptions.builder().vlanFiltering(true).build())))
                    .isInstanceOf(KernelLacksFeatureException.class)
                    .hasMessageContaining("bridge VLAN filtering");
            assertThat(s.rtnl.links().exists("br1")).as("nothing half-made").isFalse();
        }
    }
}

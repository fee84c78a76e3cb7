package dev.jnetlink.rtnl.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.link.kind.MacvlanMode;
import org.junit.jupiter.api.Test;

/** What {@code build()} refuses, without root: each message says what is wrong. */
class SpecValidationTest {
    private static void refused(LinkSpec.Builder<?> b, String message) {
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void commonOptions() {
        refused(Veth.pair("x0", "x1").txqlen(-1), "txqueuelen must be >= 0");
        refused(Veth.pair("x0", "x1").mtu(67), "MTU 67 is outside 68..65535");
        refused(Veth.pair("x0", "x1").peerMtu(70000), "MTU 70000 is outside 68..65535");
        refused(Veth.pair("x0", "x1").mac("00:00:00:00:00:00"), "not valid");
        refused(Veth.pair("x0", "x1").alias("a".repeat(256)), "alias is 256 bytes");
        refused(Veth.pair("x0", "x0"), "different names");
        refused(Veth.pair("x0", "x1").master("br0/"), "'/'");
        assertThat(GenericLink.of("can", "vcan0").mtu(16).build().mtu())
                .as("a generic kind leaves the MTU range to the kernel").isEqualTo(16);
        refused(GenericLink.of("can", "vcan0").mtu(0), "MTU must be positive");
        refused(GenericLink.of("", "x0"), "kind must not be empty");
    }

    @Test
    void macvlanOptions() {
        refused(Macvlan.on("p0", "mv0").mode(MacvlanMode.BRIDGE).noPromisc(),
                "nopromisc is only valid in passthru mode, mode is bridge");
        refused(Macvlan.on("p0", "mv0").sourceMacs("02:00:00:00:00:01"),
                "source MACs need mode source, mode is unset");
        refused(Macvtap.on("p0", "mt0").mode(MacvlanMode.SOURCE).sourceMacs("01:00:00:00:00:01"),
                "multicast");
        refused(Macvlan.on("p0", "mv0").bcQueueLen(-5), "bcqueuelen must be >= 0");
        assertThatThrownBy(() -> Macvlan.on(0, "mv0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parent index must be positive");
    }

    @Test
    void vlanOptions() {
        refused(Vlan.on("p0", "v", 0), "VLAN id 0 is outside 1..4094");
        refused(Vlan.on("p0", "v", 4095), "4095 is reserved");
        refused(Vlan.on("p0", "v", 10).ingressQos(8, 1), "a VLAN priority is 0 to 7, got 8");
        refused(Vlan.on("p0", "v", 10).egressQos(1, -1), "a VLAN priority is 0 to 7, got -1");
        Vlan v = Vlan.on("p0", "v", 10).gvrp(true).reorderHdr(false).build();
        assertThat(v.flagMask()).isEqualTo(3);
        assertThat(v.flags()).isEqualTo(2);
        assertThat(v.newBuilder().id(11).build().id()).isEqualTo(11);
    }

    @Test
    void vxlanOptions() {
        refused(Vxlan.withVni("vx", 1 << 24), "VNI 16777216 is outside 0..16777215");
        refused(Vxlan.withVni("vx", 1).group("239.1.1.1"), "needs an underlay device (dev)");
        refused(Vxlan.withVni("vx", 1).local("10.0.0.1").remote("fd00::2"), "different families");
        refused(Vxlan.withVni("vx", 1).local("239.1.1.1"), "is multicast");
        refused(Vxlan.withVni("vx", 1).ttl(256), "ttl 256 is outside 0..255");
        refused(Vxlan.withVni("vx", 1).flowLabel(1 << 20), "flowlabel 1048576 is outside");
        refused(Vxlan.withVni("vx", 1).srcPortRange(2000, 1000), "is empty");
        refused(Vxlan.external("vx").vni(3), "an external device has no VNI");
        assertThatThrownBy(() -> Vxlan.withVni("vx", 1).remote("example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an IP address literal");
        assertThatThrownBy(() -> Vxlan.withVni("vx", 1).local("999.1.1.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an IP address literal");
        Vxlan v = Vxlan.withVni("vx", 7).remote("10.0.0.2").build();
        assertThat(v.newBuilder().vni(8).build().vni()).isEqualTo(8);
        assertThat(v.toString()).isEqualTo("vxlan vx id 7 remote 10.0.0.2");
    }

    @Test
    void aMasterCannotBeLookedUpInAnotherNamespace() {
        // needs a NetNs handle, so only the message wording is checked through references()
        Veth v = Veth.pair("a0", "a1").master("br0").build();
        assertThat(v.references()).containsExactly(LinkRef.named("master", "br0"));
        Macvlan m = Macvlan.on("p0", "mv0").master("br0").build();
        assertThat(m.references()).extracting(LinkRef::role).containsExactly("master", "parent");
    }
}

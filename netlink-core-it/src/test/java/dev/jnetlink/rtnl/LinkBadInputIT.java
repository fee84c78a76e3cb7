package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.kind.MacvlanMode;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.rtnl.link.Ipvlan;
import dev.jnetlink.rtnl.link.Macvlan;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.link.Vlan;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input against a real kernel: what the library can judge fails before any request, with
 * nothing created; what only the kernel can judge comes back with its extended-ack text; a
 * failed create leaves nothing behind.
 */
@NetlinkTest
class LinkBadInputIT {
    @Scratch
    private Rtnl rtnl;
    private Links links;
    private List<Link> before;

    @BeforeEach
    void setUp() {
        links = rtnl.links();
        links.add(Veth.pair("p0", "p1"));
        before = links.list();
    }

    private void assertNothingChanged() {
        assertThat(links.list()).extracting(Link::name)
                .containsExactlyElementsOf(before.stream().map(Link::name).toList());
    }

    @Test
    void badNamesAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> links.add(Veth.pair("a-name-of-16-byt", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes; the kernel allows at most 15");
        assertThatThrownBy(() -> links.add(Veth.pair("a/b", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'/'");
        assertThatThrownBy(() -> links.add(Veth.pair("a b", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whitespace");
        assertThatThrownBy(() -> links.add(Veth.pair("..", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"..\"");
        assertThatThrownBy(() -> links.add(Veth.pair("a", ".")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\".\"");
        assertThatThrownBy(() -> links.rename("p0", "has\ttab"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whitespace");
        assertNothingChanged();
    }

    @Test
    void vlanIdsOutsideOneTo4094AreRefused() {
        assertThatThrownBy(() -> links.add(Vlan.on("p0", "p0.0", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VLAN id 0 is outside 1..4094");
        assertThatThrownBy(() -> links.add(Vlan.on("p0", "p0.4095", 4095)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4095 is reserved");
        assertThatThrownBy(() -> links.add(Vlan.on("p0", "p0.5000", 5000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VLAN id 5000 is outside 1..4094");
        assertNothingChanged();
    }

    @Test
    void badMacsAreRefused() {
        assertThatThrownBy(() -> links.add(Veth.pair("m0", "m1").mac(MacAddress.of((byte) 2, (byte) 0, (byte) 0, (byte) 0, (byte) 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is 5 bytes; an Ethernet address has 6");
        assertThatThrownBy(() -> links.add(Veth.pair("m0", "m1").peerMac("01:00:5e:00:00:01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multicast");
        assertThatThrownBy(() -> links.setMac("p0", "ff:ff:ff:ff:ff:ff"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multicast");
        assertNothingChanged();
    }

    @Test
    void mtuOutsideTheDevicesRangeComesBackWithTheKernelsMessage() {
        assertThatThrownBy(() -> links.setMtu("p0", 65536))
                .isInstanceOf(NetlinkException.class)
                .hasMessage("RTM_NEWLINK p0: EINVAL (Invalid argument): mtu greater than device"
                        + " maximum");
        assertThatThrownBy(() -> links.setMtu("p0", 67))
                .isInstanceOf(NetlinkException.class)
                .hasMessage("RTM_NEWLINK p0: EINVAL (Invalid argument): mtu less than device"
                        + " minimum");
        assertThatThrownBy(() -> links.add(Veth.pair("m0", "m1").mtu(65536)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MTU 65536 is outside 68..65535");
        assertThat(links.get("p0").mtu()).isEqualTo(1500);
        assertNothingChanged();
    }

    @Test
    void aMissingParentIsNamed() {
        assertThatThrownBy(() -> links.add(Macvlan.on("nosuch0", "mv0")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("RTM_GETLINK nosuch0 (parent of macvlan mv0): ENODEV");
        assertThatThrownBy(() -> links.add(Macvlan.on(9999, "mv0")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("index 9999 (parent of macvlan mv0)");
        assertNothingChanged();
    }

    @Test
    void macvlanIpvlanAndVlanOnLoopbackAreRefusedBeforeTheCreate() {
        assertThatThrownBy(() -> links.add(Macvlan.on("lo", "mv0").mode(MacvlanMode.BRIDGE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("macvlan mv0: parent lo is a loopback device; a macvlan needs an"
                        + " Ethernet parent");
        assertThatThrownBy(() -> links.add(Ipvlan.on("lo", "ipv0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> links.add(Vlan.on("lo", "lo.5", 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertNothingChanged();
    }

    @Test
    void aMacvlanLargerThanItsParentIsRefused() {
        links.setMtu("p0", 1400);
        assertThatThrownBy(() -> links.add(Macvlan.on("p0", "mv0").mtu(9000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("macvlan mv0: MTU 9000 is larger than its parent p0's MTU 1400");
        assertNothingChanged();
    }

    @Test
    void aVethWhosePeerCannotBeCreatedLeavesNothingBehind() {
        assertThatThrownBy(() -> links.add(Veth.pair("fresh0", "p1")))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessage("RTM_NEWLINK p1 (peer of veth fresh0, in this namespace): EEXIST (File exists)"
                        + " (a link named p1 exists in this namespace)");
        assertThat(links.find("fresh0")).isEmpty();
        assertNothingChanged();
    }

    @Test
    void aMasterThatIsNotAMasterComesBackFromTheKernel() {
        assertThatThrownBy(() -> links.setMaster("p0", "p1"))
                .isInstanceOf(NetlinkException.class)
                .hasMessageStartingWith("RTM_NEWLINK p0: EOPNOTSUPP");
        assertThatThrownBy(() -> links.deleteGroup(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group 0");
        assertNothingChanged();
    }
}

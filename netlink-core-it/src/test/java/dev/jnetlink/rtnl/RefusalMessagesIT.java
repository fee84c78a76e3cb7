package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a request involves two names, the refusal names the one the kernel refused: a veth
 * whose peer's name is taken in the peer's namespace, a rename to a taken name, an address,
 * route or neighbour on a missing device, a missing master, a move into a namespace that has
 * the name. And {@link NetlinkException}'s documented example is what the code produces.
 */
@NetlinkTest
class RefusalMessagesIT {
    private ScratchNamespaces scratch;
    private NetNs ns;
    private Rtnl rtnl;

    @BeforeEach
    void setUp() {
        scratch = new ScratchNamespaces();
        ns = scratch.named("refusal");
        rtnl = Rtnl.openIn(ns);
        rtnl.links().add(Veth.pair("a0", "b0"));
    }

    @AfterEach
    void tearDown() {
        rtnl.close();
        scratch.close();
    }

    @Test
    void aVethWhosePeerNameIsTakenNamesThePeerAndItsNamespace() {
        NetNs peers = scratch.named("peers");
        try (Rtnl there = Rtnl.openIn(peers)) {
            there.links().add(Veth.pair("taken0", "x0"));
        }
        assertThatThrownBy(() -> rtnl.links().add(Veth.pair("half0", "taken0").peerNetns(peers)))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessage("RTM_NEWLINK taken0 (peer of veth half0, in " + peers.name() + "): EEXIST"
                        + " (File exists) (a link named taken0 exists in " + peers.name() + ")");
        assertThatThrownBy(() -> rtnl.links().add(Veth.pair("half1", "b0")))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessage("RTM_NEWLINK b0 (peer of veth half1, in this namespace): EEXIST (File exists)"
                        + " (a link named b0 exists in this namespace)");
        // this end's own name taken: that is the name the message gives
        assertThatThrownBy(() -> rtnl.links().add(Veth.pair("a0", "free0").peerNetns(peers)))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessage("RTM_NEWLINK a0: EEXIST (File exists)");
        assertThat(rtnl.links().list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "a0", "b0");
    }

    @Test
    void aRenameToATakenNameNamesTheNewName() {
        assertThatThrownBy(() -> rtnl.links().rename("a0", "b0"))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessage("RTM_NEWLINK b0 (new name of a0): EEXIST (File exists) (a link named b0 exists)");
    }

    @Test
    void anAddressRouteOrNeighbourOnAMissingDeviceNamesItAndTheDevice() {
        assertThatThrownBy(() -> rtnl.addresses().add("nosuch0", "10.0.0.1/24"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("RTM_NEWADDR 10.0.0.1/24 dev nosuch0: ENODEV (No such device)"
                        + " (no link nosuch0 in this namespace)");
        assertThatThrownBy(() -> rtnl.routes().add(RouteSpec.to("10.2.0.0/16").dev("nosuch0")))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("RTM_NEWROUTE 10.2.0.0/16 dev nosuch0: ENODEV (No such device)"
                        + " (no link nosuch0 in this namespace)");
        assertThatThrownBy(() -> rtnl.neighbours().add("nosuch0", "10.0.0.2", "02:00:00:00:00:02"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("RTM_NEWNEIGH 10.0.0.2 dev nosuch0: ENODEV (No such device)"
                        + " (no link nosuch0 in this namespace)");
        assertThatThrownBy(() -> rtnl.links().setMaster("a0", "nosuch0"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("RTM_NEWLINK a0 (master nosuch0): ENODEV (No such device)"
                        + " (no link nosuch0 in this namespace)");
    }

    @Test
    void aMoveIntoANamespaceThatHasTheNameNamesIt() {
        NetNs other = scratch.named("other");
        try (Rtnl there = Rtnl.openIn(other)) {
            there.links().add(Veth.pair("a0", "y0"));
        }
        assertThatThrownBy(() -> rtnl.links().moveTo("a0", other))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWLINK a0 in " + other.name() + ": EEXIST (File exists)")
                .hasMessageEndingWith("(a link named a0 exists in " + other.name() + ")");
        assertThat(rtnl.links().exists("a0")).isTrue();
    }

    /** The example of {@link NetlinkException}'s javadoc, produced. */
    @Test
    void anMtuPastTheDevicesMaximumReadsAsDocumented() {
        NetlinkException e = (NetlinkException) org.assertj.core.api.Assertions.catchThrowable(
                () -> rtnl.links().setMtu("a0", 100_000));
        assertThat(e.attribute()).as("6.18 points at IFLA_MTU, 6.1 at nothing").isIn(null, "IFLA_MTU");
        assertThat(e).hasMessage("RTM_NEWLINK a0: EINVAL (Invalid argument): mtu greater than device maximum"
                + (e.attribute() == null ? "" : " [IFLA_MTU]"));
    }
}

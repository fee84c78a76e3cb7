package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.bridge.codec.BridgeLink;
import dev.jnetlink.bridge.codec.BridgePortInfo;
import dev.jnetlink.bridge.view.BridgeLinkShow;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.socket.NetlinkException;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bridge ports against the real peer: enslaved and released by this library or by
 * {@code ip}/{@code brctl}, their IFLA_BRPORT_* options set and read back, compared field by
 * field with {@code ip -j -d link show} and {@code bridge -j -d link show}; and the refusals.
 */
@NetlinkTest
class BridgePortIT {
    private Scratch s;

    @BeforeEach
    void setUp() {
        s = new Scratch("brport");
        s.bridges.create("br0");
        s.veth("v0", "v1");
        s.veth("v2", "v3");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    private JsonNode ipSlaveData(String port) {
        return s.ipJson("-d", "link", "show", "dev", port).get(0).get("linkinfo")
                .get("info_slave_data");
    }

    @Test
    void enslavesAndReleasesAsIpAndBrctlSeeIt() {
        s.bridges.addPort("br0", "v0");
        int br0 = s.rtnl.links().indexOf("br0");
        Link v0 = s.rtnl.links().get("v0");
        assertThat(v0.master()).isEqualTo(br0);
        assertThat(v0.slaveKind()).isEqualTo("bridge");
        assertThat(s.ipJson("link", "show", "dev", "v0").get(0).get("master").asText()).isEqualTo("br0");
        assertThat(s.brctl("show", "br0")).contains("\tv0\n");

        s.brctl("addif", "br0", "v2");
        assertThat(s.bridges.ports("br0")).extracting(BridgeLink::name).containsExactlyInAnyOrder("v0", "v2");

        s.bridges.removePort("v0");
        assertThat(s.rtnl.links().get("v0").master()).isNull();
        s.bridges.removePort("br0", "v2");
        assertThat(s.rtnl.links().get("v2").master()).isNull();
        assertThat(s.bridges.ports("br0")).isEmpty();
        assertThat(s.bridgeJson("link", "show")).isEmpty();
    }

    @Test
    void setsPortOptionsAndReadsThemBackAsIpAndBridgeShowThem() {
        s.bridges.addPort("br0", "v0", PortOptions.builder().cost(10).priority(5).build());
        s.bridges.addPort("br0", "v2");
        s.bridges.setPortOptions("v2", PortOptions.builder()
                .hairpin(true)
                .guard(true)
                .rootBlock(true)
                .learning(false)
                .unicastFlood(false)
                .multicastFlood(false)
                .broadcastFlood(false)
                .proxyArp(true)
                .isolated(true)
                .neighSuppress(true)
                .multicastRouter(MulticastRouter.PERMANENT)
                .build());
        s.rtnl.links().setUp("br0");
        for (String l : new String[] {"v0", "v1", "v2", "v3"}) {
            s.rtnl.links().setUp(l);
        }
        // With the kernel's STP off a state may be set on an up port; the kernel's port state
        // selection then recomputes every state but disabled, so disabled is the one that stays.
        // Carrier comes up asynchronously (linkwatch) and re-enables the port, so first wait
        // (bounded; nothing about time is asserted) until the ports forward.
        s.awaitPortState("v0", PortState.FORWARDING);
        s.awaitPortState("v2", PortState.FORWARDING);
        s.bridges.setPortOptions("v0", PortOptions.builder().state(PortState.DISABLED).build());

        BridgePortInfo v0 = s.bridges.portInfo("v0");
        assertThat(v0.cost()).isEqualTo(10);
        assertThat(v0.priority()).isEqualTo(5);
        assertThat(v0.state()).isEqualTo(PortState.DISABLED.value());
        assertThat(s.bridges.portInfo("v2").state()).isEqualTo(PortState.FORWARDING.value());
        BridgePortInfo v2 = s.bridges.portInfo("v2");
        assertThat(v2.hairpin()).isTrue();
        assertThat(v2.guard()).isTrue();
        assertThat(v2.rootBlock()).isTrue();
        assertThat(v2.learning()).isFalse();
        assertThat(v2.unicastFlood()).isFalse();
        assertThat(v2.mcastFlood()).isFalse();
        assertThat(v2.bcastFlood()).isFalse();
        assertThat(v2.proxyArp()).isTrue();
        assertThat(v2.isolated()).isTrue();
        assertThat(v2.neighSuppress()).isTrue();
        assertThat(v2.multicastRouter()).isEqualTo(MulticastRouter.PERMANENT.value());
        assertThat(v2.cost()).as("untouched").isEqualTo(2);

        Parity.port(s.bridges.portInfo("v0"), ipSlaveData("v0"));
        Parity.port(s.bridges.portInfo("v2"), ipSlaveData("v2"));

        // bridge link show: the AF_BRIDGE view of the same ports.
        List<BridgeLink> ports = s.bridges.ports();
        JsonNode theirs = s.bridgeJson("-d", "link", "show");
        assertThat(ports).hasSize(theirs.size());
        IntFunction<String> names = LinkNames.of(s.rtnl)::name;
        for (int i = 0; i < ports.size(); i++) {
            Parity.bridgeLink(ports.get(i), theirs.get(i), names);
            assertThat(ports.get(i).protinfo()).isNotNull();
        }
        assertThat(BridgeLinkShow.of(s.rtnl).text()).isEqualTo(s.bridge("link", "show"));

        // Changed by bridge link set, read by us.
        s.bridge("link", "set", "dev", "v0", "cost", "77", "learning", "off");
        assertThat(s.bridges.portInfo("v0").cost()).isEqualTo(77);
        assertThat(s.bridges.portInfo("v0").learning()).isFalse();
    }

    @Test
    void refusedPortOptionsLeaveThePortReleased() {
        s.bridges.setStp("br0", true);
        s.rtnl.links().setUp("v0");
        // The kernel's STP owns port states: forcing one is EBUSY, after the enslave worked.
        assertThatThrownBy(() -> s.bridges.addPort("br0", "v0",
                PortOptions.builder().state(PortState.FORWARDING).build()))
                .isInstanceOf(NetlinkException.class)
                .hasMessageStartingWith("RTM_SETLINK v0: EBUSY (Device or resource busy)");
        assertThat(s.rtnl.links().get("v0").master()).as("released again").isNull();
        assertThat(s.bridges.ports("br0")).isEmpty();
    }

    @Test
    void refusesAPortOfAnotherBridgeInsteadOfMovingItSilently() {
        s.bridges.create("br1");
        s.bridges.addPort("br0", "v0");
        assertThatThrownBy(() -> s.bridges.addPort("br1", "v0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("v0 is already enslaved to br0; release it first (ip link set dev v0 nomaster)");
        assertThat(s.rtnl.links().get("v0").master()).isEqualTo(s.rtnl.links().indexOf("br0"));
        assertThatThrownBy(() -> s.bridges.removePort("br1", "v0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("v0 is not a port of br1 but of br0");
    }

    @Test
    void addingAPortTheBridgeHasAgainSucceedsAsARetriedAddMust() {
        s.bridges.addPort("br0", "v0");
        s.bridges.addPort("br0", "v0");
        s.bridges.addPort("br0", "v0", PortOptions.builder().cost(9).build());
        assertThat(s.rtnl.links().get("v0").master()).isEqualTo(s.rtnl.links().indexOf("br0"));
        assertThat(s.bridges.portInfo("v0").cost()).isEqualTo(9);
        assertThat(s.bridges.ports("br0")).hasSize(1);
        // the same as the kernel does when ip re-enslaves it
        s.ip("link", "set", "dev", "v0", "master", "br0");
        assertThat(s.bridges.portInfo("v0").cost()).isEqualTo(9);
    }

    @Test
    void refusesAPortInAnotherNamespace() {
        try (NetNs other = s.namespaces.anonymous()) {
            s.rtnl.links().add(Veth.pair("v4", "w4").peerNetns(other));
            assertThatThrownBy(() -> s.bridges.addPort("br0", "w4"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cannot add w4 to br0: there is no link w4 in this namespace")
                    .hasCauseInstanceOf(dev.jnetlink.socket.NotFoundException.class);
        }
        assertThat(s.bridges.ports("br0")).isEmpty();
    }

    @Test
    void refusesWhatIsNotABridgeOrNotAPort() {
        assertThatThrownBy(() -> s.bridges.addPort("v1", "v0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("v1 is not a bridge (kind veth)");
        assertThatThrownBy(() -> s.bridges.removePort("v0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("v0 is not a bridge port: it has no master");
        assertThatThrownBy(() -> s.bridges.setPortOptions("v0", PortOptions.builder().cost(5).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("v0 is not a bridge port: it has no master");
        assertThatThrownBy(() -> s.bridges.portInfo("v0"))
                .isInstanceOf(IllegalStateException.class);
        // A bridge inside a bridge: the kernel's own words come through.
        s.bridges.create("br1");
        assertThatThrownBy(() -> s.bridges.addPort("br0", "br1"))
                .isInstanceOf(NetlinkException.class)
                .hasMessageStartingWith("RTM_NEWLINK br1: ELOOP")
                .hasMessageContaining("Can not enslave a bridge to a bridge");
        assertThat(s.rtnl.links().get("br1").master()).isNull();
    }

    @Test
    void portOptionsOutOfTheKernelsRangeFailBeforeAnyRequest() {
        assertThatThrownBy(() -> PortOptions.builder().cost(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port path cost must be 1..65535, got 0");
        assertThatThrownBy(() -> PortOptions.builder().priority(64).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port priority must be 0..63, got 64");
        s.bridges.addPort("br0", "v0");
        assertThatThrownBy(() -> s.bridges.setPortOptions("v0", PortOptions.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no port option to change on v0");
    }
}

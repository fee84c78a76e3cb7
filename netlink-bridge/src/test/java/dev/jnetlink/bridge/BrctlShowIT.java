package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.bridge.view.BrctlShow;
import dev.jnetlink.bridge.view.BridgeLinkShow;
import dev.jnetlink.junit.NetlinkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code brctl show} view, byte for byte against bridge-utils' {@code brctl show} run in the
 * same namespace (scenario S2: docker0 with its veth ports; S3: a second bridge {@code br-<id>}),
 * and the {@code bridge link show} text against {@code bridge link show}.
 */
@NetlinkTest
class BrctlShowIT {
    private Scratch s;

    @BeforeEach
    void setUp() {
        s = new Scratch("brctl");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    @Test
    void printsWhatBrctlShowPrints() {
        assertThat(BrctlShow.of(s.rtnl).text()).isEqualTo(s.brctl("show"));

        s.bridges.create(Bridge.named("docker0").mac("02:42:ac:11:00:01"));
        s.bridges.create(Bridge.named("br-3d42817e3691")
                .options(BridgeOptions.builder().stp(true).priority(0x1000).build()));
        s.bridges.create("empty0");
        // Port names chosen so that byte order (brctl's) differs from insertion order.
        for (String p : new String[] {"vethb", "veth9", "vetha", "veth10"}) {
            s.veth(p, p + "p");
            s.bridges.addPort("docker0", p);
        }
        s.veth("veth20", "veth20p");
        s.brctl("addif", "br-3d42817e3691", "veth20");

        String ours = BrctlShow.of(s.rtnl).text();
        assertThat(ours).isEqualTo(s.brctl("show"));
        assertThat(ours).contains("docker0\t\t8000.0242ac110001\tno\t\tveth10\n"
                + "\t\t\t\t\t\t\tveth9\n\t\t\t\t\t\t\tvetha\n\t\t\t\t\t\t\tvethb\n");
        assertThat(BrctlShow.of(s.rtnl).bridge("docker0").text()).isEqualTo(s.brctl("show", "docker0"));
        assertThat(BrctlShow.of(s.rtnl).bridge("br-3d42817e3691").text())
                .isEqualTo(s.brctl("show", "br-3d42817e3691"));
        assertThat(BrctlShow.of(s.rtnl).bridge("empty0").text()).isEqualTo(s.brctl("show", "empty0"));

        BrctlShow.Entry docker0 = BrctlShow.of(s.rtnl).entry("docker0");
        assertThat(docker0.stpEnabled()).isFalse();
        assertThat(docker0.ports()).containsExactly("veth10", "veth9", "vetha", "vethb");
        assertThat(BrctlShow.of(s.rtnl).entry("br-3d42817e3691").stpEnabled()).isTrue();
    }

    @Test
    void aNameThatIsNoBridgeIsRefused() {
        s.veth("v0", "v1");
        assertThatThrownBy(() -> BrctlShow.of(s.rtnl).bridge("v0").text())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bridge v0 does not exist!");
    }

    @Test
    void bridgeLinkShowText() {
        s.bridges.create("br0");
        s.veth("v0", "v1");
        s.veth("v2", "v3");
        s.bridges.addPort("br0", "v0", PortOptions.builder().cost(7).priority(3).build());
        s.bridges.addPort("br0", "v2");
        s.veth("v4", "v5");
        s.bridges.addPort("br0", "v4");
        // v0 and its peer down (M-DOWN: bridge flags a down peer); v2 and its peer up, with
        // carrier once linkwatch has settled v2's operational state (its RUNNING flag); v4 up,
        // its peer down (NO-CARRIER, M-DOWN).
        s.up("v2", "v3", "v4");
        s.awaitOperUp("v2");
        s.awaitOperState("v4", dev.jnetlink.codec.link.OperState.LOWERLAYERDOWN);
        assertThat(BridgeLinkShow.of(s.rtnl).text()).isEqualTo(s.bridge("link", "show"));
        assertThat(BridgeLinkShow.of(s.rtnl).dev("v4").text()).isEqualTo(s.bridge("link", "show", "dev", "v4"));
    }
}

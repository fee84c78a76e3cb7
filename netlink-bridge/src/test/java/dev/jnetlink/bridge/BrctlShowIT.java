package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(s.bridges.show().toString()).isEqualTo(s.brctl("show"));

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

        String ours = s.bridges.show().toString();
        assertThat(ours).isEqualTo(s.brctl("show"));
        assertThat(ours).contains("docker0\t\t8000.0242ac110001\tno\t\tveth10\n"
                + "\t\t\t\t\t\t\tveth9\n\t\t\t\t\t\t\tvetha\n\t\t\t\t\t\t\tvethb\n");
        assertThat(s.bridges.show("docker0").toString()).isEqualTo(s.brctl("show", "docker0"));
        assertThat(s.bridges.show("br-3d42817e3691").toString())
                .isEqualTo(s.brctl("show", "br-3d42817e3691"));
        assertThat(s.bridges.show("empty0").toString()).isEqualTo(s.brctl("show", "empty0"));

        BrctlShow.Entry docker0 = s.bridges.show().bridge("docker0");
        assertThat(docker0.stpEnabled()).isFalse();
        assertThat(docker0.ports()).containsExactly("veth10", "veth9", "vetha", "vethb");
        assertThat(s.bridges.show().bridge("br-3d42817e3691").stpEnabled()).isTrue();
    }

    @Test
    void aNameThatIsNoBridgeIsRefused() {
        s.veth("v0", "v1");
        assertThatThrownBy(() -> s.bridges.show("v0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("v0 is not a bridge (kind veth)");
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
        assertThat(s.bridges.formatPorts(s.bridges.ports())).isEqualTo(s.bridge("link", "show"));
        assertThat(s.bridges.formatPorts(s.bridges.ports("br0")))
                .isEqualTo(s.bridge("link", "show", "master", "br0"));
    }
}

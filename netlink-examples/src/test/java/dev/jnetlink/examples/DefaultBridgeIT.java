package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import org.junit.jupiter.api.Test;

/** S2 through the program's main path: docker0, containers on it, brctl show and route -n. */
@NetlinkTest
class DefaultBridgeIT {
    @Test
    void containersOnDocker0ReachEachOtherTheGatewayAndTheHost() {
        ScenarioRun run = ScenarioRun.run("bridge");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        assertThat(run.checkLines()).containsExactly(
                "c1 -> gateway reachable ok",
                "c1 -> c2 reachable ok",
                "c2 -> gateway reachable ok",
                "c2 -> c1 reachable ok",
                "host -> c1 reachable ok",
                "host -> c2 reachable ok");
        assertThat(run.result().checks()).extracting(Check::target).containsExactly(
                "172.17.0.1", "172.17.0.3", "172.17.0.1", "172.17.0.2", "172.17.0.2", "172.17.0.3");
        assertThat(run.result().facts()).allMatch(Fact::holds).extracting(Fact::claim).containsExactly(
                "brctl show lists every container's veth under docker0",
                "c1's default route is via 172.17.0.1 on eth0");
        String c1 = BridgeNetwork.hostEnd("c1");
        String c2 = BridgeNetwork.hostEnd("c2");
        assertThat(run.output())
                .contains("$ brctl addif docker0 " + c1)
                // brctl show: docker0, STP off, one port per container (sorted by name, as brctl does)
                .containsPattern("docker0\t\t8000\\.[0-9a-f]{12}\tno\t\t(" + c1 + "|" + c2 + ")\n +\t{7}("
                        + c1 + "|" + c2 + ")\n")
                .contains("0.0.0.0         172.17.0.1      0.0.0.0         UG    0      0        0 eth0")
                .contains("inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0");
    }

    @Test
    void theWalkthroughsBipAndBrctlItselfAgrees() {
        ScenarioRun run = ScenarioRun.runKeeping("bridge", "--bip", "192.168.100.254/24", "--containers", "c1",
                "--keep");
        try {
            assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
            assertThat(run.result().checks()).extracting(Check::target)
                    .containsExactly("192.168.100.254", "192.168.100.1");
            // The walkthrough's route -n in c1, byte for byte as route prints it
            assertThat(run.output())
                    .contains("0.0.0.0         192.168.100.254 0.0.0.0         UG    0      0        0 eth0");
            // bridge-utils' brctl sees what the program printed
            String brctl = ReferenceTools.run("ip", "netns", "exec", run.ns("host"), "brctl", "show");
            assertThat(run.output()).contains(indented(brctl));
            assertThat(brctl).contains(BridgeNetwork.hostEnd("c1"));
        } finally {
            run.removeLeftovers();
        }
    }

    private static String indented(String text) {
        return "      " + text.strip().replace("\n", "\n      ");
    }
}

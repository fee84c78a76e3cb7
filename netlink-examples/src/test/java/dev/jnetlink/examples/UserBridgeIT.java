package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import org.junit.jupiter.api.Test;

/** S3 through the program's main path: mybr0 next to docker0, renamed docker1, no reach across. */
@NetlinkTest
class UserBridgeIT {
    @Test
    void eachContainerReachesItsGatewayButNotTheOtherNetwork() {
        ScenarioRun run = ScenarioRun.run("user-bridge");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        assertThat(run.checkLines()).containsExactly(
                "c1 -> gateway mybr0 reachable ok",
                "c2 -> gateway bridge reachable ok",
                "c2 -> c1 unreachable ok",
                "c1 -> c2 unreachable ok");
        // The walkthrough's addresses: c1 the first of mybr0's subnet, c2 the first of docker0's bip subnet
        assertThat(run.result().checks()).extracting(Check::target)
                .containsExactly("192.168.200.254", "192.168.100.254", "192.168.200.1", "192.168.100.1");
        assertThat(run.result().facts()).allMatch(Fact::holds).extracting(Fact::claim)
                .containsExactly("br-3d42817e3691 is now docker1, with 192.168.200.254");
        assertThat(run.tableRows()).filteredOn(r -> r.contains("unreachable  ok")).hasSize(2);
        assertThat(run.output())
                .contains("$ ip link add br-3d42817e3691 type bridge")
                .contains("$ ip link set dev br-3d42817e3691 name docker1")
                .containsPattern("\\d+: docker1: <BROADCAST,MULTICAST> mtu 1500 .*state DOWN")
                .containsPattern("\n +docker0\t\t8000\\.[0-9a-f]{12}\tno\t\t" + BridgeNetwork.hostEnd("c2")
                        + "\n +docker1\t\t8000\\.[0-9a-f]{12}\tno\t\t" + BridgeNetwork.hostEnd("c1") + "\n");
    }
}

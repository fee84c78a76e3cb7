package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import org.junit.jupiter.api.Test;

/** S5 through the program's main path: pipework onto docker0 by pid, onto br0 (with the NIC) by name. */
@NetlinkTest
class PipeworkIT {
    @Test
    void onDocker0TheContainerIsOffThePhysicalNetworkOnBr0ItIsOnIt() {
        ScenarioRun run = ScenarioRun.run("pipework");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        assertThat(run.checkLines()).containsExactly(
                "vm2 -> lan unreachable ok",
                "vm6 -> lan (gateway) reachable ok",
                "lan -> vm6 reachable ok");
        assertThat(run.result().facts()).allMatch(Fact::holds).extracting(Fact::claim).containsExactly(
                "vm2 routes to 172.17.0.1 on eth0, then by default via it",
                "brctl show lists ens33 under br0");
        assertThat(run.output())
                // vm2 is reached through its process's pid, as pipework does
                .containsPattern("\\$ ip link set veth0pg(\\d+) netns \\1\n")
                .containsPattern("\\$ ip netns exec (\\d+) ip link set veth0pg\\1 name eth0\n")
                .contains("172.17.0.1      0.0.0.0         255.255.255.255 UH    0      0        0 eth0")
                .contains("$ ip netns exec " + run.ns("vm6") + " ip route replace default via 192.168.101.1")
                .containsPattern("\n +br0\t\t8000\\.[0-9a-f]{12}\tno\t\tens33\n +\t{7}veth0plvm6\n");
    }
}

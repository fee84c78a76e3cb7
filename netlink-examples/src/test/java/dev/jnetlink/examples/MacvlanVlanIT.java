package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import org.junit.jupiter.api.Test;

/**
 * S7 through the program's main path: macvlan networks on VLANs 20 and 30 of the host's NIC.
 * Needs the 8021q module: skipped on a kernel without it, run in the full-kernel pass.
 */
@NetlinkTest
class MacvlanVlanIT {
    @Test
    void vlan20ContainersReachEachOtherAndTeaOnVlan30CannotReachThem() {
        ScenarioRun run = ScenarioRun.run("macvlan-vlan");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        assertThat(run.checkLines()).containsExactly(
                "milk -> gateway 20 reachable ok",
                "milk -> bread reachable ok",
                "bread -> gateway 20 reachable ok",
                "bread -> milk reachable ok",
                "tea -> gateway 30 reachable ok",
                "tea -> milk unreachable ok",
                "tea -> bread unreachable ok");
        assertThat(run.tableRows()).hasSize(7).last().asString().contains("unreachable  ok");
        assertThat(run.result().facts()).allMatch(Fact::holds);
        assertThat(run.output())
                .contains("$ ip link add link ens33 name ens33.20 type vlan id 20")
                .contains("$ ip link add link ens33 name ens33.30 type vlan id 30")
                .containsPattern("\\d+: ens33\\.20@ens33: <BROADCAST,MULTICAST,UP,LOWER_UP>")
                .contains("--- docker network create -d macvlan --subnet 192.168.30.0/24 --gateway 192.168.30.1"
                        + " -o parent=ens33.30 macvlan30")
                .contains("$ ip link add link ens33.20 name eth0 netns " + run.ns("milk") + " type macvlan mode bridge")
                .contains("tea -> milk ... ok (192.168.20.92 unreachable, as expected");
    }
}

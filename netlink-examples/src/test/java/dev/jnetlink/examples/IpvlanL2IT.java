package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import org.junit.jupiter.api.Test;

/**
 * S8 through the program's main path: ipvlan L2 containers share the parent's MAC. Needs the
 * ipvlan module: skipped on a kernel without it, run in the full-kernel pass.
 */
@NetlinkTest
class IpvlanL2IT {
    @Test
    void containersShareTheParentsMacAndReachEachOther() {
        ScenarioRun run = ScenarioRun.run("ipvlan-l2");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        assertThat(run.checkLines()).containsExactly(
                "milk -> gateway reachable ok",
                "milk -> bread reachable ok",
                "bread -> gateway reachable ok",
                "bread -> milk reachable ok",
                "lan -> milk reachable ok",
                "lan -> bread reachable ok");
        assertThat(run.result().facts()).allMatch(Fact::holds).extracting(Fact::claim)
                .hasSize(3)
                .anyMatch(c -> c.startsWith("every container's eth0 has ens33's MAC "))
                .anyMatch(c -> c.startsWith("milk resolved bread's 192.168.241.95 to "));
        assertThat(run.output())
                .contains("$ ip link add link ens33 name eth0 netns " + run.ns("milk") + " type ipvlan mode l2")
                .containsPattern("192\\.168\\.241\\.95 dev eth0 lladdr ([0-9a-f:]{17}) (REACHABLE|STALE|DELAY)");
    }
}

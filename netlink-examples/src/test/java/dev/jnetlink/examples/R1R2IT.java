package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.testing.Ip;
import org.junit.jupiter.api.Test;

/** S1 through the program's main path: the steps, the listings, both pings, and the cleanup. */
@NetlinkTest
class R1R2IT {
    @Test
    void hostAndR1ReachR2OverTheVethPairAndNothingIsLeft() {
        ScenarioRun run = ScenarioRun.run("r1r2");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        assertThat(run.checkLines()).containsExactly(
                "host -> r2 reachable ok",
                "r1 -> r2 reachable ok");
        assertThat(run.result().checks()).allSatisfy(c -> {
            assertThat(c.target()).isEqualTo("10.1.0.102");
            assertThat(c.rtt()).isNotNull();
        });
        assertThat(run.tableRows()).hasSize(2).allSatisfy(row -> assertThat(row).contains("reachable  ok"));
        assertThat(run.output())
                .contains("$ ip link add name veth1.1 type veth peer name veth1.2")
                .containsPattern("\\d+: veth1\\.1@veth1\\.2: <BROADCAST,MULTICAST,M-DOWN>")
                // once the peer is in r2, the host sees it by index in another namespace, named
                .containsPattern("veth1\\.1@if\\d+: .*\n +link/ether \\S+ brd ff:ff:ff:ff:ff:ff link-netns "
                        + run.ns("r2").replace(".", "\\.") + "\n")
                .contains("r1 -> r2 ... ok (10.1.0.102, ")
                .contains("$ ip netns del " + run.ns("r1"))
                .endsWith("All checks passed.\n");
    }

    @Test
    void aStepFailingHalfWayStillRemovesEverything() {
        // Renaming the peer to "lo" in r2 fails (EEXIST) after the namespaces and the pair exist.
        ScenarioRun run = ScenarioRun.runExpectingFailure("r1r2", "--peer-rename", "lo");

        assertThat(run.result().exitCode()).isEqualTo(Main.FAILED);
        assertThat(run.result().failure()).hasMessageContaining("EEXIST");
        assertThat(run.output())
                .contains("FAILED: stopped at the failed step")
                .contains("$ ip netns del " + run.ns("r2"))
                .endsWith("Some checks FAILED.\n");
    }

    @Test
    void keepLeavesItForInspectionWithIp() {
        ScenarioRun run = ScenarioRun.runKeeping("r1r2", "--keep");
        try {
            assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
            assertThat(run.namespaces()).containsExactlyInAnyOrder(run.ns("r1"), run.ns("r2"), run.ns("r1r2-host"));
            assertThat(run.output()).contains("--keep: left in place").contains("  ip netns del " + run.ns("r1"));
            // ip sees what the program made: veth1.1 in r1 with its address, up
            assertThat(Ip.ip(run.ns("r1"), "-o", "addr", "show", "dev", "veth1.1"))
                    .contains("inet 10.1.0.101/24");
            assertThat(Ip.ip(run.ns("r2"), "-o", "link", "show", "dev", "eth0")).contains("state UP");
        } finally {
            run.removeLeftovers();
        }
    }
}

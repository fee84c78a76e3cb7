package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.StrictMode;
import org.junit.jupiter.api.Test;

/**
 * S12 through the program's main path: netem, tbf, htb with a u32 filter, and ingress shaping
 * through ifb, each measured. netem needs sch_netem: on a kernel without it that part is
 * skipped with the reason (and the run fails in strict mode, where every part must run).
 */
@NetlinkTest
class EmulateIT {
    @Test
    void shapesMeasuresAndRemovesTheShaping() {
        ScenarioRun run = ScenarioRun.run("emulate", "--pings", "100", "--seconds", "3");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        boolean netem = !run.output().contains("skipped: this kernel lacks qdisc netem");
        if (!netem && StrictMode.isOn()) {
            throw new AssertionError("strict mode: the netem part was skipped\n" + run.output());
        }
        assertThat(run.result().facts()).allMatch(Fact::holds).extracting(Fact::claim)
                .hasSize(netem ? 7 : 5)
                .anyMatch(c -> c.startsWith("tbf: "))
                .anyMatch(c -> c.startsWith("htb 1:10 to 10.12.0.2: "))
                .anyMatch(c -> c.startsWith("htb 1:20 to 10.12.0.3 (u32): "))
                .anyMatch(c -> c.startsWith("ingress via ifb0: "))
                .anyMatch(c -> c.startsWith("round trip back to normal"));
        assertThat(run.output()).contains("$ tc -n " + run.ns("emu-a")
                + " qdisc add dev eth0 root handle 1: tbf rate 10mbit burst 32kbit latency 400ms");
        assertThat(run.output()).containsPattern("ping 10\\.12\\.0\\.2: 100 sent, \\d+ lost, rtt min/avg/max = ");
    }
}

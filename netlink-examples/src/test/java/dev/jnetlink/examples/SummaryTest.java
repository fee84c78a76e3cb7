package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static final Check REACHED = new Check("host", "r2", "10.1.0.102", true, true,
            Duration.ofNanos(51_234), null);
    private static final Check BLOCKED = new Check("tea", "milk", "192.168.20.92", false, false, null, null);
    private static final Check MISSED = new Check("c2", "c1", "192.168.200.1", true, false, null,
            "Network is unreachable");

    @Test
    void columnsAreAsWideAsTheirWidestCell() {
        String text = Summary.format(List.of(REACHED, BLOCKED), List.of(), true);
        assertThat(text).isEqualTo("""
                Reachability
                  from  to    address        expected     result  rtt
                  host  r2    10.1.0.102     reachable    ok      0.051 ms
                  tea   milk  192.168.20.92  unreachable  ok      -

                All checks passed.
                """);
    }

    @Test
    void failedChecksAndFactsSaySo() {
        String text = Summary.format(List.of(MISSED), List.of(new Fact("the MACs are equal", false),
                new Fact("eth0@if2", true)), false);
        assertThat(text).isEqualTo("""
                Reachability
                  from  to  address        expected   result  rtt
                  c2    c1  192.168.200.1  reachable  FAILED  -

                Facts
                  FAILED the MACs are equal
                  ok     eth0@if2

                Some checks FAILED.
                """);
    }

    @Test
    void noChecks() {
        assertThat(Summary.format(List.of(), List.of(), false))
                .isEqualTo("Reachability\n  (no checks)\n\nSome checks FAILED.\n");
    }

    @Test
    void aCheckPassesWhenTheOutcomeIsTheExpectedOne() {
        assertThat(REACHED.passed()).isTrue();
        assertThat(BLOCKED.passed()).isTrue();
        assertThat(MISSED.passed()).isFalse();
        assertThat(new Check("a", "b", "10.0.0.1", false, true, Duration.ofMillis(1), null).passed()).isFalse();
    }

    @Test
    void outcomesAsPrintedWhenTheCheckRuns() {
        assertThat(REACHED.outcome()).isEqualTo("ok (10.1.0.102, 0.051 ms)");
        assertThat(BLOCKED.outcome()).isEqualTo("ok (192.168.20.92 unreachable, as expected: no reply)");
        assertThat(MISSED.outcome()).isEqualTo("FAILED (192.168.200.1, no reply: Network is unreachable)");
        assertThat(new Check("a", "b", "10.0.0.1", false, true, Duration.ofMillis(2), null).outcome())
                .isEqualTo("FAILED (10.0.0.1 answered in 2.000 ms, expected no answer)");
    }
}

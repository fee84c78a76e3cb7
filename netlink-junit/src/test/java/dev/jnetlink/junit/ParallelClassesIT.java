package dev.jnetlink.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.jnetlink.junit.samples.Leftovers;
import dev.jnetlink.junit.samples.ParallelSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Classes that run in parallel: a leak is checked when the JVM's last of them ends, and fails
 * it naming all of them. Not a {@code @NetlinkTest} itself: the samples must be the only nodes
 * the extension follows, or the window would stay open until this test ended.
 */
class ParallelClassesIT {
    @AfterEach
    void releaseWhatTheSamplesLeft() throws Exception {
        Leftovers.clear();
    }

    @Test
    void aLeakWhileClassesRanInParallelFailsTheLastToEndNamingAllOfThem() {
        Assumptions.assumeTrue(Privileges.missing() == null, Privileges::missing);
        EngineExecutionResults r = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ParallelSamples.OneLeaks.class), selectClass(ParallelSamples.Tidy.class))
                .configurationParameter(StrictMode.STRICT, "false")
                .configurationParameters(NetlinkExtensionIT.parallel())
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .execute();
        r.testEvents().assertStatistics(s -> s.succeeded(14).failed(0));
        assertThat(NetlinkExtensionIT.onlyFailure(r)).hasMessageContaining(" left behind:\n  - while these ran in"
                        + " parallel (which of them leaked cannot be told apart): ")
                .hasMessageContaining("ParallelSamples$Tidy").hasMessageContaining("ParallelSamples$OneLeaks")
                .hasMessageContaining("repetition 3 of 6").hasMessageContaining("(a socket) is still open");
    }
}

package dev.jnetlink.junit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Tests that run at the same time. */
public final class ParallelSamples {
    private ParallelSamples() {
    }

    /** Busy, tidy tests: opening and closing clients and namespaces, all at once. */
    @NetlinkTest
    @Execution(ExecutionMode.CONCURRENT)
    public static class Tidy {
        @RepeatedTest(8)
        void worksInItsOwnNamespaces(@Scratch(value = "p", named = true) NetNs ns, @Scratch("p") Rtnl rtnl)
                throws InterruptedException {
            rtnl.links().add(Veth.pair("x0", "x1"));
            try (Rtnl again = Rtnl.openIn(ns)) {
                assertThat(again.links().exists("x1")).isTrue();
            }
            Thread.sleep(50);
        }
    }

    /** As {@link Tidy}, but one repetition leaves a socket open. */
    @NetlinkTest
    @Execution(ExecutionMode.CONCURRENT)
    public static class OneLeaks {
        @RepeatedTest(6)
        void works(@Scratch NetNs ns, org.junit.jupiter.api.RepetitionInfo info) throws InterruptedException {
            Rtnl rtnl = Rtnl.openIn(ns);
            Thread.sleep(100);
            if (info.getCurrentRepetition() == 3) {
                Leftovers.keep(rtnl);
            } else {
                rtnl.close();
            }
        }
    }
}

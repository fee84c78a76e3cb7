package dev.jnetlink.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two disjoint topologies at once from two threads; one topology twice at once: one wins, the other is told. */
@NetlinkTest
class ConcurrencyIT {
    @Test
    void twoDisjointTopologiesApplyAtOnceFromTwoThreads() throws Exception {
        Topology a = Fixtures.bridge(Fixtures.unique("tca"), 4);
        Topology b = Fixtures.bridge(Fixtures.unique("tcb"), 4);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<ApplyResult> fa = pool.submit(() -> {
                start.await();
                return Topologies.apply(a, Progress.NONE);
            });
            Future<ApplyResult> fb = pool.submit(() -> {
                start.await();
                return Topologies.apply(b, Progress.NONE);
            });
            start.countDown();
            fa.get(60, TimeUnit.SECONDS);
            fb.get(60, TimeUnit.SECONDS);
            assertThat(Topologies.plan(a).isEmpty()).isTrue();
            assertThat(Topologies.plan(b).isEmpty()).isTrue();
            assertThat(Fixtures.namespacesOf(a)).hasSize(5);
            assertThat(Fixtures.namespacesOf(b)).hasSize(5);
            assertThat(Ownership.ownedNamespaces(a.name())).containsExactlyInAnyOrderElementsOf(Fixtures.namespacesOf(a));
        } finally {
            pool.shutdownNow();
            Topologies.destroy(a.name(), Progress.NONE);
            Topologies.destroy(b.name(), Progress.NONE);
        }
        assertThat(Fixtures.namespacesOf(a)).isEmpty();
        assertThat(Fixtures.namespacesOf(b)).isEmpty();
    }

    @Test
    void theSameTopologyTwiceAtOnceOneWinsTheOtherIsToldAndChangesNothing() throws Exception {
        Topology t = Fixtures.bridge(Fixtures.unique("tct"), 2);
        ExecutorService pool = Executors.newFixedThreadPool(1);
        CountDownLatch firstIsApplying = new CountDownLatch(1);
        CountDownLatch secondHasTried = new CountDownLatch(1);
        Future<ApplyResult> first = null;
        try {
            first = pool.submit(() -> Topologies.apply(t, Progress.NONE, (index, step) -> {
                if (index == 3) { // half way: namespaces made, nothing in them yet
                    firstIsApplying.countDown();
                    secondHasTried.await(30, TimeUnit.SECONDS);
                }
            }));
            assertThat(firstIsApplying.await(30, TimeUnit.SECONDS)).isTrue();
            List<String> before = Fixtures.namespacesOf(t);
            Throwable second = null;
            List<String> after;
            try {
                Topologies.apply(t, Progress.NONE);
            } catch (TopologyBusyException e) {
                second = e;
            } finally {
                // read before the winner is let go on: it makes the rest of the namespaces then
                after = Fixtures.namespacesOf(t);
                secondHasTried.countDown();
            }
            assertThat(second).isNotNull().hasMessage("cannot apply topology " + t.name()
                    + ": it is being applied or destroyed by another thread of this process; nothing was changed");
            assertThat(after).as("the loser changed nothing").isEqualTo(before);
            first.get(60, TimeUnit.SECONDS);
            assertThat(Topologies.plan(t).isEmpty()).as("the winner applied it all").isTrue();
        } finally {
            secondHasTried.countDown();
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS); // the winner holds the lock until it is done
            Topologies.destroy(t.name(), Progress.NONE);
        }
        assertThat(Fixtures.namespacesOf(t)).isEmpty();
    }
}

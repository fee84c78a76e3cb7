package dev.jnetlink.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.DumpInterruptedException;
import dev.jnetlink.socket.RequestEngine;
import dev.jnetlink.testing.LinkRequests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * 300 link dumps while another thread adds and deletes veth pairs in the same namespace. The
 * kernel marks a dump that saw the list change {@code NLM_F_DUMP_INTR}; the engine retries it
 * and, after its last try, throws {@link DumpInterruptedException} with the partial result. It
 * never returns a marked result as if it were consistent.
 *
 * <p>Consistency is checked on what the kernel itself guarantees: veth pairs are created and
 * deleted as a whole under one hold of the rtnl lock, so in any consistent snapshot every veth
 * end's peer ({@code IFLA_LINK}) is listed too, and no index appears twice. A dump that spans
 * datagrams while a pair is deleted can show one end without the other; only such a dump is
 * marked, and the engine must not let it through.
 *
 * <p>Every interrupted attempt is accounted for: a call that succeeded was interrupted at most
 * {@code dumpRetries} times, one that threw exactly {@code dumpRetries + 1} times. The numbers
 * are printed (how many attempts came back interrupted, how many calls needed a retry, how
 * many gave up). A second round of single dumps without the engine's retries checks that every
 * attempt the kernel did not mark is consistent, and prints how many marked ones visibly were
 * not (the kernel marks conservatively: any change while the dump ran).
 */
@NetlinkTest
class DumpChurnIT {
    private static final int DUMPS = 300;
    private static final int STATIC_PAIRS = 100;
    private static final int RETRIES = 3;

    @Test
    void everyDumpIsConsistentOrReportedInterrupted() throws Exception {
        try (ScratchNamespaces scratch = new ScratchNamespaces()) {
            NetNs ns = scratch.anonymous();
            RequestEngine.Options options = RequestEngine.Options.DEFAULT.withDumpRetries(RETRIES);
            try (Rtnl reader = Rtnl.openIn(ns, options); Rtnl churner = Rtnl.openIn(ns)) {
                LinkRequests.createVethPairs(reader.engine(), "s", "t", STATIC_PAIRS);

                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger churned = new AtomicInteger();
                AtomicReference<Throwable> churnFailure = new AtomicReference<>();
                Thread churn = new Thread(() -> {
                    try {
                        for (int i = 0; !stop.get(); i++) {
                            String a = "c" + (i % 8);
                            churner.links().add(Veth.pair(a, "d" + (i % 8)));
                            churner.links().delete(a);
                            churned.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        churnFailure.set(t);
                    }
                }, "churn");
                churn.start();

                int clean = 0;
                int retried = 0;
                int gaveUp = 0;
                long interruptedAttempts = 0;
                int rawMarked = 0;
                int rawMarkedInconsistent = 0;
                try {
                    for (int d = 0; d < DUMPS; d++) {
                        long before = reader.engine().interruptedDumps();
                        try {
                            List<Link> links = reader.links().list();
                            long intr = reader.engine().interruptedDumps() - before;
                            assertThat(intr).isLessThanOrEqualTo(RETRIES);
                            assertConsistent(links, "dump " + d);
                            if (intr == 0) {
                                clean++;
                            } else {
                                retried++;
                            }
                            interruptedAttempts += intr;
                        } catch (DumpInterruptedException e) {
                            long intr = reader.engine().interruptedDumps() - before;
                            assertThat(intr).isEqualTo(RETRIES + 1);
                            assertThat(e.attempts()).isEqualTo(RETRIES + 1);
                            assertThat(e.<Link>partialResult()).isNotEmpty();
                            gaveUp++;
                            interruptedAttempts += intr;
                        }
                    }
                    // The same without the engine's retries: every unmarked attempt is consistent.
                    for (int d = 0; d < DUMPS; d++) {
                        List<Link> raw = new ArrayList<>();
                        boolean marked = reader.engine().dump(LinkRequests.DUMP,
                                LinkRequests::decode, raw::add);
                        if (!marked) {
                            assertConsistent(raw, "unmarked single dump " + d);
                        } else {
                            rawMarked++;
                            if (!isConsistent(raw)) {
                                rawMarkedInconsistent++;
                            }
                        }
                    }
                } finally {
                    stop.set(true);
                    churn.join();
                }
                assertThat(churnFailure.get()).as("churn thread failure").isNull();
                assertThat(clean + retried + gaveUp).isEqualTo(DUMPS);
                assertThat(reader.engine().droppedUnexpected()).isZero();
                System.out.printf("[DumpChurnIT] %d dumps of ~%d links while %d veth pairs were"
                        + " added and deleted: %d attempts came back NLM_F_DUMP_INTR; %d calls"
                        + " were clean at once, %d clean after retrying, %d gave up after %d"
                        + " tries (DumpInterruptedException)%n", DUMPS, 1 + 2 * STATIC_PAIRS,
                        churned.get(), interruptedAttempts, clean, retried, gaveUp, RETRIES + 1);
                System.out.printf("[DumpChurnIT] %d single dumps without retry: %d marked"
                        + " NLM_F_DUMP_INTR, of which %d visibly inconsistent (a veth end without"
                        + " its peer, an index twice, a static pair missing)%n", DUMPS, rawMarked,
                        rawMarkedInconsistent);
            }
        }
    }

    private static boolean isConsistent(List<Link> links) {
        try {
            assertConsistent(links, "");
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static void assertConsistent(List<Link> links, String what) {
        Set<Integer> indexes = new HashSet<>();
        for (Link l : links) {
            assertThat(indexes.add(l.index())).as(what + ": index " + l.index() + " twice").isTrue();
        }
        for (Link l : links) {
            if ("veth".equals(l.kind())) {
                assertThat(indexes).as(what + ": peer of " + l.name() + " missing").contains(l.link());
            }
        }
        long statics = links.stream().filter(l -> l.name().matches("[st]\\d+")).count();
        assertThat(statics).as(what + ": the pairs that never change").isEqualTo(2 * STATIC_PAIRS);
    }
}

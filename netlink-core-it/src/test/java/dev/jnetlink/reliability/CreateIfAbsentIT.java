package dev.jnetlink.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.AlreadyExistsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Create-if-absent under contention: 8 threads, each with its own client, create the same 500
 * veth names at the same time ({@code Links.add}, which sends {@code NLM_F_CREATE|NLM_F_EXCL}).
 * Exactly one creation per name wins; every other attempt gets the typed
 * {@link AlreadyExistsException} and nothing else; and nothing is left of the losing attempts:
 * each attempt names its peer after its thread ({@code pI-tT}), so a half-made pair of a loser
 * would show up as a peer named after a thread that did not win.
 */
@NetlinkTest
class CreateIfAbsentIT {
    private static final int THREADS = 8;
    private static final int NAMES = 500;

    @Test
    void exactlyOneCreationPerNameWins() throws Exception {
        try (ScratchNamespaces scratch = new ScratchNamespaces()) {
            NetNs ns = scratch.anonymous();
            Map<Integer, Integer> winner = new ConcurrentHashMap<>();
            AtomicInteger doubleWins = new AtomicInteger();
            AtomicInteger alreadyExists = new AtomicInteger();
            CyclicBarrier start = new CyclicBarrier(THREADS);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        try (Rtnl rtnl = Rtnl.openIn(ns)) {
                            start.await(60, TimeUnit.SECONDS);
                            for (int i = 0; i < NAMES; i++) {
                                try {
                                    rtnl.links().add(Veth.pair("n" + i, "p" + i + "-t" + thread));
                                    if (winner.putIfAbsent(i, thread) != null) {
                                        doubleWins.incrementAndGet();
                                    }
                                } catch (AlreadyExistsException e) {
                                    alreadyExists.incrementAndGet();
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(doubleWins.get()).isZero();
            assertThat(winner).hasSize(NAMES);
            assertThat(alreadyExists.get()).isEqualTo((THREADS - 1) * NAMES);

            List<String> names;
            try (Rtnl rtnl = Rtnl.openIn(ns)) {
                names = rtnl.links().list().stream().map(Link::name).toList();
            }
            List<String> expected = new ArrayList<>();
            expected.add("lo");
            for (int i = 0; i < NAMES; i++) {
                expected.add("n" + i);
                expected.add("p" + i + "-t" + winner.get(i));
            }
            assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}

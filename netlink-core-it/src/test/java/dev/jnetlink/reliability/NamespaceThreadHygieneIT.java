package dev.jnetlink.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code setns(2)} moves only the calling thread, so {@link NetNs#call} must never run it on
 * the caller's thread: after 10,000 calls from a 64-thread pool, every pool thread is still
 * in the namespace it started in ({@code /proc/thread-self/ns/net} read on each of the 64
 * threads before and after, the same 64 threads), while every call did run in the target.
 */
@NetlinkTest
class NamespaceThreadHygieneIT {
    private static final int THREADS = 64;
    private static final int CALLS = 10_000;

    static String threadNetns() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs one task on each of the pool's threads at once and returns thread to namespace. */
    private static Map<Thread, String> everyThreadsNamespace(ExecutorService pool)
            throws Exception {
        CyclicBarrier all = new CyclicBarrier(THREADS);
        Map<Thread, String> seen = new ConcurrentHashMap<>();
        List<Future<?>> f = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            f.add(pool.submit(() -> {
                seen.put(Thread.currentThread(), threadNetns());
                all.await(60, TimeUnit.SECONDS);
                return null;
            }));
        }
        for (Future<?> x : f) {
            x.get();
        }
        return seen;
    }

    @Test
    void poolThreadsNeverChangeNamespace() throws Exception {
        String home = threadNetns();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.HOURS,
                new LinkedBlockingQueue<>());
        try (ScratchNamespaces scratch = new ScratchNamespaces()) {
            NetNs a = scratch.anonymous();
            NetNs b = scratch.anonymous();
            String inA = a.call(NamespaceThreadHygieneIT::threadNetns);
            String inB = b.call(NamespaceThreadHygieneIT::threadNetns);
            assertThat(inA).isNotEqualTo(home).isNotEqualTo(inB);

            Map<Thread, String> before = everyThreadsNamespace(pool);
            assertThat(before).hasSize(THREADS);
            assertThat(before.values()).containsOnly(home);

            List<Future<String>> calls = new ArrayList<>(CALLS);
            for (int i = 0; i < CALLS; i++) {
                NetNs target = i % 2 == 0 ? a : b;
                calls.add(pool.submit(() -> target.call(NamespaceThreadHygieneIT::threadNetns)));
            }
            for (int i = 0; i < CALLS; i++) {
                assertThat(calls.get(i).get()).as("call %d ran in its target", i)
                        .isEqualTo(i % 2 == 0 ? inA : inB);
            }

            Map<Thread, String> after = everyThreadsNamespace(pool);
            assertThat(after.keySet()).as("the same pool threads").isEqualTo(before.keySet());
            assertThat(after.values()).containsOnly(home);
            assertThat(threadNetns()).isEqualTo(home);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}

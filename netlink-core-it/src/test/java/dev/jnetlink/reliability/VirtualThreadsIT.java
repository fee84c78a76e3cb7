package dev.jnetlink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library called from many virtual threads (JDK 21+; skipped on 17): 2,000 tasks share one
 * client, and every tenth also opens a client of its own and runs code in another namespace.
 * No carrier thread may ever end up in another namespace.
 *
 * <p>How carriers are watched, honestly: a virtual thread cannot be asked for its carrier,
 * but the kernel knows every OS thread of the process. A monitor thread reads
 * {@code /proc/self/task/TID/ns/net} and {@code .../comm} (the thread's name) of every task,
 * over and over while the tasks run: the only tasks ever allowed outside the home namespace
 * are the library's own short-lived namespace threads ({@code jnetlink-netns-...}); a carrier
 * ({@code ForkJoinPool-...}) or any other thread seen in another namespace fails the test.
 * The tasks also read {@code /proc/thread-self/ns/net} themselves before and after each call:
 * inside a virtual thread that is the carrier it runs on at that moment.
 */
@NetlinkTest
class VirtualThreadsIT {
    private static final int TASKS = 2000;

    private static String readlink(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            return null; // the task ended meanwhile
        }
    }

    private static ExecutorService virtualThreads() {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor")
                    .invoke(null);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void manyVirtualThreadsAndNoCarrierEverChangesNamespace() throws Exception {
        ExecutorService vts = virtualThreads();
        assumeTrue(vts != null, "virtual threads need JDK 21+, this is " + Runtime.version());
        String home = readlink(Path.of("/proc/thread-self/ns/net"));
        Map<String, String> strays = new ConcurrentHashMap<>();
        Set<String> carriersSeen = ConcurrentHashMap.newKeySet();
        AtomicLong samples = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Thread monitor = new Thread(() -> {
            while (!stop.get()) {
                try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                    for (Path t : (Iterable<Path>) tasks::iterator) {
                        String ns = readlink(t.resolve("ns/net"));
                        String comm;
                        try {
                            comm = Files.readString(t.resolve("comm")).trim();
                        } catch (IOException gone) {
                            continue;
                        }
                        if (comm.startsWith("ForkJoinPool")) {
                            carriersSeen.add(comm + "/" + t.getFileName());
                        }
                        if (ns != null && !ns.equals(home) && !comm.startsWith("jnetlink-netns")) {
                            strays.put(t.getFileName() + " " + comm, ns);
                        }
                    }
                    samples.incrementAndGet();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }, "ns-monitor");
        monitor.start();
        try (ScratchNamespaces scratch = new ScratchNamespaces()) {
            NetNs ns = scratch.anonymous();
            String target = ns.call(() -> readlink(Path.of("/proc/thread-self/ns/net")));
            try (Rtnl shared = Rtnl.openIn(ns)) {
                for (int i = 0; i < 20; i++) {
                    shared.links().add(Veth.pair("a" + i, "b" + i));
                }
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < TASKS; i++) {
                    int k = i;
                    results.add(vts.submit(() -> {
                        String carrier = readlink(Path.of("/proc/thread-self/ns/net"));
                        if (!home.equals(carrier)) {
                            return "carrier in " + carrier + " before the call";
                        }
                        Link l = shared.links().get("a" + k % 20);
                        if (!l.name().equals("a" + k % 20)) {
                            return "got " + l.name();
                        }
                        if (k % 10 == 0) {
                            try (Rtnl own = Rtnl.openIn(ns)) {
                                if (own.links().list().size() != 41) {
                                    return "own client saw a different namespace";
                                }
                            }
                            String inside = ns.call(() -> readlink(Path.of("/proc/thread-self/ns/net")));
                            if (!target.equals(inside)) {
                                return "NetNs.call ran in " + inside;
                            }
                        }
                        carrier = readlink(Path.of("/proc/thread-self/ns/net"));
                        return home.equals(carrier) ? null : "carrier in " + carrier + " after the call";
                    }));
                }
                for (Future<String> r : results) {
                    assertThat(r.get(5, TimeUnit.MINUTES)).isNull();
                }
            }
        } finally {
            stop.set(true);
            monitor.join();
            vts.shutdown();
        }
        assertThat(strays).as("threads other than the library's namespace threads seen outside"
                + " the home namespace").isEmpty();
        assertThat(samples.get()).isPositive();
        assertThat(carriersSeen).as("carrier threads watched").isNotEmpty();
        System.out.printf("[VirtualThreadsIT] %d tasks on virtual threads, %d samples of every"
                + " thread's namespace, %d carrier threads seen, all in the home namespace%n",
                TASKS, samples.get(), carriersSeen.size());
    }
}

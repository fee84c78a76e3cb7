package dev.jnetlink.netns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.testing.Ip;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 16 threads at once each create a named namespace, create a veth pair in it through
 * {@link Rtnl#openIn}, check it from outside with {@code ip -n NAME}, and delete it. All
 * threads use the same link names, so a link that landed in another thread's namespace (or
 * the machine's) would collide or show up in the wrong listing.
 */
@NetlinkTest
class NetNsConcurrencyIT {
    private static final int THREADS = 16;

    /** What one thread saw. */
    private record Outcome(String name, NetNsId id, List<String> linksSeenByIp, boolean existsAfterDelete) {
    }

    @Test
    void sixteenThreadsCreateUseAndDeleteTheirOwnNamespacesAtOnce() throws Exception {
        ReferenceTools.require("ip");
        String token = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String a = "jc" + token + "a";
        String b = "jc" + token + "b";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            names.add(ScratchNamespaces.uniqueName("conc" + i));
        }
        int runDirMounts = NetNsNamedIT.mountsAt(NetNs.RUN_DIR).size();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        // all alive at once before any is deleted: a deleted namespace's inode number is reused
        CyclicBarrier allMade = new CyclicBarrier(THREADS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (String name : names) {
                futures.add(pool.submit(() -> {
                    start.await();
                    NetNsId id;
                    try (NetNs ns = NetNs.create(name); Rtnl in = Rtnl.openIn(ns)) {
                        id = ns.id();
                        in.links().add(Veth.pair(a, b));
                    }
                    List<String> seen = new ArrayList<>();
                    for (JsonNode l : Ip.json(name, "link", "show")) {
                        seen.add(l.get("ifname").asText());
                    }
                    allMade.await(120, TimeUnit.SECONDS);
                    NetNs.delete(name);
                    return new Outcome(name, id, seen, NetNs.exists(name));
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }

            for (Outcome o : outcomes) {
                assertThat(o.linksSeenByIp()).as(o.name()).containsExactlyInAnyOrder("lo", a, b);
                assertThat(o.existsAfterDelete()).as(o.name()).isFalse();
            }
            assertThat(outcomes).extracting(Outcome::id).doesNotHaveDuplicates();
            try (Rtnl host = Rtnl.open()) {
                assertThat(host.links().find(a)).isEmpty();
            }
            assertThat(NetNs.list()).doesNotContainAnyElementsOf(names);
            assertThat(NetNsNamedIT.ipNetnsList()).doesNotContainAnyElementsOf(names);
            for (String name : names) {
                assertThat(NetNsNamedIT.mountsAt(NetNs.RUN_DIR + "/" + name)).isEmpty();
            }
            // Sixteen concurrent "make /run/netns a shared mount point" steps stacked nothing.
            assertThat(NetNsNamedIT.mountsAt(NetNs.RUN_DIR)).hasSize(runDirMounts);
            assertThat(NetNsHandlesIT.netnsThreads()).isEmpty();
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            for (String name : names) {
                NetNs.deleteIfExists(name);
            }
        }
    }
}

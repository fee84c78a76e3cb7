package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.NetlinkException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bridge port added after, or while, its bridge is deleted leaves nothing behind (issue 10,
 * item 9; the veth cases are core's {@code FailureInjectionIT}). {@code addPort} with options
 * is two requests (enslave, then the port's {@code IFLA_PROTINFO}); whichever step the
 * deletion lands before, the port ends with no master and no link is left over.
 */
@NetlinkTest
class BridgeFailureInjectionIT {
    private Scratch s;

    @BeforeEach
    void setUp() {
        s = new Scratch("brfail");
        s.veth("v0", "v1");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    private static Set<String> names(Rtnl rtnl) {
        return rtnl.links().list().stream().map(Link::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aPortAddedAfterTheBridgeWasDeleted() {
        s.bridges.create("br0");
        s.bridges.delete("br0");
        Set<String> before = names(s.rtnl);
        assertThatThrownBy(() -> s.bridges.addPort("br0", "v0",
                PortOptions.builder().cost(7).build()))
                .isInstanceOf(NetlinkException.class)
                .hasMessageContaining("br0")
                .hasMessageContaining("ENODEV");
        assertThat(names(s.rtnl)).isEqualTo(before);
        assertThat(s.rtnl.links().get("v0").master()).isNull();
    }

    /**
     * The bridge deleted by another client at a random moment while {@code addPort} runs, 100
     * times. Every outcome must be whole: either the add finished before the delete (and the
     * kernel released the port with the bridge), or it failed and released what it had done.
     */
    @Test
    void theBridgeDeletedWhileAPortIsBeingAdded() throws Exception {
        int rounds = 100;
        java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
        try (Rtnl other = Rtnl.openIn(s.ns)) {
            // How long an add takes here, so the deletions spread over the whole of it.
            s.bridges.create("br0");
            long start = System.nanoTime();
            s.bridges.addPort("br0", "v0", PortOptions.builder().cost(7).priority(3).build());
            long span = Math.max(2 * (System.nanoTime() - start), 100_000);
            s.bridges.delete("br0");
            for (int i = 0; i < rounds; i++) {
                s.bridges.create("br0");
                Set<String> withBridge = names(s.rtnl);
                CountDownLatch go = new CountDownLatch(1);
                AtomicReference<Throwable> deleter = new AtomicReference<>();
                long delayNanos = ThreadLocalRandom.current().nextLong(span);
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        long until = System.nanoTime() + delayNanos;
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        other.links().delete("br0");
                    } catch (Throwable e) {
                        deleter.set(e);
                    }
                });
                t.start();
                go.countDown();
                String outcome = "added, then released with the bridge";
                try {
                    s.bridges.addPort("br0", "v0", PortOptions.builder().cost(7).priority(3).build());
                } catch (RuntimeException e) {
                    String m = String.valueOf(e.getMessage());
                    outcome = e.getClass().getSimpleName() + ": "
                            + m.substring(0, Math.min(m.length(), 40));
                }
                outcomes.merge(outcome, 1, Integer::sum);
                t.join();
                assertThat(deleter.get()).as("the deleting thread").isNull();
                withBridge.remove("br0");
                assertThat(names(s.rtnl)).as("round " + i).isEqualTo(withBridge);
                assertThat(s.rtnl.links().get("v0").master()).as("round " + i).isNull();
            }
        }
        System.out.println("[BridgeFailureInjectionIT] outcomes of " + rounds + " rounds, each"
                + " left nothing behind: " + outcomes);
    }
}

package dev.jnetlink.rtnl.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.Request;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code ip monitor link} in Java, against the kernel. */
@NetlinkTest
class MonitorIT {
    @Scratch
    private NetNs ns;
    @Scratch
    private Rtnl rtnl;

    private static String describe(Event e) {
        if (e instanceof LinkEvent le) {
            return le.change() + " " + le.link().name() + (le.fromDump() ? " (listed)" : "");
        }
        return e.toString();
    }

    private static List<String> until(Subscription s, Predicate<Event> last) {
        List<String> out = new ArrayList<>();
        while (true) {
            Event e = s.next(Duration.ofSeconds(10));
            assertThat(e).as("event after %s", out).isNotNull();
            out.add(describe(e));
            if (last.test(e)) {
                return out;
            }
        }
    }

    private static Predicate<Event> is(Change change, String name) {
        return e -> e instanceof LinkEvent le && le.change() == change && le.link().name().equals(name);
    }

    private void setMtu(String name, int mtu) {
        rtnl.engine().execute(new Request(Rtm.NEWLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            IfInfoMsg.EMPTY.write(w.buffer());
            w.putString(Ifla.IFNAME, name);
            w.putU32(Ifla.MTU, mtu);
        }));
    }

    @Test
    void deliversTheExactSequenceOfLinkChanges() {
        try (Subscription s = Monitor.in(ns).groups(Group.LINK).listExisting(true).open()) {
            assertThat(until(s, e -> e instanceof Synced))
                    .containsExactly("NEW lo (listed)", "Synced[afterOverrun=false]");

            rtnl.links().add(Veth.pair("va", "vb"));
            assertThat(until(s, is(Change.NEW, "va"))).containsExactly("NEW vb", "NEW va");

            setMtu("va", 1400);
            assertThat(until(s, is(Change.CHANGED, "va"))).containsExactly("CHANGED va");
            setMtu("va", 1400);
            setMtu("vb", 1300);
            // Setting the same MTU again changes nothing: no event for it.
            assertThat(until(s, is(Change.CHANGED, "vb"))).containsExactly("CHANGED vb");

            rtnl.links().delete("va");
            assertThat(until(s, is(Change.DELETED, "vb"))).containsExactly("DELETED va", "DELETED vb");
            assertThat(s.next(Duration.ofMillis(200))).isNull();
            assertThat(s.overruns()).isZero();
        }
    }

    @Test
    void listingExistingStateHasNoGapAndNoDuplicateAtTheSeam() throws Exception {
        Thread churn = new Thread(() -> {
            try (Rtnl other = Rtnl.openIn(ns)) {
                for (int i = 0; i < 60; i++) {
                    other.links().add(Veth.pair("a" + i, "b" + i));
                    if (i % 3 == 0) {
                        other.links().delete("a" + i);
                    }
                }
            }
        });
        churn.start();
        Map<Integer, String> view = new HashMap<>();
        try (Subscription s = Monitor.in(ns).groups(Group.LINK).listExisting(true).open()) {
            churn.join();
            Event e;
            while ((e = s.next(Duration.ofMillis(500))) != null) {
                if (e instanceof LinkEvent le) {
                    Link l = le.link();
                    if (le.change() == Change.DELETED) {
                        assertThat(view.remove(l.index())).as("deleted %s was in view", l.name()).isNotNull();
                    } else if (le.change() == Change.NEW) {
                        assertThat(view.put(l.index(), l.name())).as("%s listed twice", l.name()).isNull();
                    } else {
                        assertThat(view).containsKey(l.index());
                    }
                }
            }
        }
        Map<Integer, String> truth = rtnl.links().list().stream()
                .collect(Collectors.toMap(Link::index, Link::name));
        assertThat(new TreeMap<>(view)).isEqualTo(new TreeMap<>(truth));
        assertThat(truth).hasSize(1 + 2 * 40);
    }

    @Test
    void callbackDeliveryStopsPromptlyWhenClosedFromAnotherThread() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch two = new CountDownLatch(2);
        Subscription s = Monitor.in(ns).groups(Group.LINK).open().onEvent(e -> {
            seen.add(describe(e));
            two.countDown();
        });
        rtnl.links().add(Veth.pair("ca", "cb"));
        assertThat(two.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("NEW cb", "NEW ca");

        Thread closer = new Thread(s::close);
        long start = System.nanoTime();
        closer.start();
        closer.join(5000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(s.isClosed()).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                t -> t.getName().startsWith("jnetlink-monitor-") && t.isAlive() && seenBy(t, s));
        rtnl.links().delete("ca");
        assertThat(seen).hasSize(2);
    }

    // Delivery threads are daemon threads named jnetlink-monitor-N; after close none may be
    // left in this subscription's take() loop.
    private static boolean seenBy(Thread t, Subscription s) {
        for (StackTraceElement el : t.getStackTrace()) {
            if (el.getClassName().equals(Subscription.class.getName())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void joinsAnNioSelector() throws Exception {
        try (Subscription s = Monitor.in(ns).groups(Group.LINK).open();
             Selector selector = EventChannel.openSelector()) {
            EventChannel ch = s.channel();
            ch.register(selector, SelectionKey.OP_READ);
            assertThat(selector.selectNow()).isZero();
            rtnl.links().add(Veth.pair("na", "nb"));
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (seen.size() < 2 && System.nanoTime() < deadline) {
                if (selector.select(1000) > 0) {
                    selector.selectedKeys().clear();
                    ch.poll().forEach(e -> seen.add(describe(e)));
                }
            }
            assertThat(seen).containsExactly("NEW nb", "NEW na");
            assertThat(ch.poll()).isEmpty();
        }
    }

    @Test
    void namespaceIdsAssignedAndGone() {
        try (Subscription s = Monitor.in(ns).groups(Group.NSID).listExisting(true).open()) {
            assertThat(until(s, e -> e instanceof Synced)).containsExactly("Synced[afterOverrun=false]");
            NetNs other = NetNs.createAnonymous();
            rtnl.nsids().assign(other, 7);
            Event assigned = s.next(Duration.ofSeconds(10));
            assertThat(assigned).isInstanceOfSatisfying(NsIdEvent.class, e -> {
                assertThat(e.change()).isEqualTo(Change.NEW);
                assertThat(e.value().nsid()).isEqualTo(7);
            });
            // The id goes when the other namespace ends: its last handle closes.
            other.close();
            Event gone = s.next(Duration.ofSeconds(30));
            assertThat(gone).isInstanceOfSatisfying(NsIdEvent.class, e -> {
                assertThat(e.change()).isEqualTo(Change.DELETED);
                assertThat(e.value().nsid()).isEqualTo(7);
            });
        }
    }

    @Test
    void anOverrunIsSignalledAndResyncDeliversTheDifference() {
        rtnl.links().add(Veth.pair("keep", "gone"));
        Map<Integer, String> view = new HashMap<>();
        // A tiny buffer, and nobody reading while 300 links are created: the kernel must drop.
        try (Subscription s = Monitor.in(ns).groups(Group.LINK).listExisting(true)
                .resyncOnOverrun(true).receiveBufferSize(Monitor.MIN_RECEIVE_BUFFER).open()) {
            List<Request> creates = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                Veth v = Veth.pair("x" + i, "y" + i).build();
                creates.add(new Request(Rtm.NEWLINK, NlMsg.F_CREATE | NlMsg.F_EXCL, v.name(),
                        IfInfoMsg.SIZE, Ifla.SPACE, w -> v.write(w, n -> 0)));
            }
            rtnl.engine().batch(creates).throwIfAnyFailed();
            rtnl.links().delete("gone");
            int overruns = 0;
            int synced = 0;
            Event e;
            while ((e = s.next(Duration.ofSeconds(1))) != null) {
                if (e instanceof Overrun) {
                    overruns++;
                } else if (e instanceof Synced) {
                    synced++;
                } else if (e instanceof LinkEvent le) {
                    if (le.change() == Change.DELETED) {
                        view.remove(le.link().index());
                    } else {
                        view.put(le.link().index(), le.link().name());
                    }
                }
            }
            assertThat(overruns).as("overruns").isPositive();
            assertThat(s.overruns()).isEqualTo(overruns);
            assertThat(synced).as("initial listing + at least one resync").isGreaterThanOrEqualTo(2);
        }
        Map<Integer, String> truth = rtnl.links().list().stream()
                .collect(Collectors.toMap(Link::index, Link::name));
        assertThat(new TreeMap<>(view)).isEqualTo(new TreeMap<>(truth));
        assertThat(truth.values()).doesNotContain("gone", "keep");
    }
}

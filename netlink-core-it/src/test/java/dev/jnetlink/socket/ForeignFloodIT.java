package dev.jnetlink.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.route.RouteType;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.monitor.Event;
import dev.jnetlink.rtnl.monitor.Group;
import dev.jnetlink.rtnl.monitor.LinkEvent;
import dev.jnetlink.rtnl.monitor.Monitor;
import dev.jnetlink.rtnl.monitor.Subscription;
import dev.jnetlink.testing.ControlMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A local process with CAP_NET_ADMIN over the namespace (a container's root, where an agent
 * opens its client with {@code Rtnl.openIn}) sends unicast datagrams to every netlink socket
 * it finds in {@code /proc/net/netlink}: forged acks, errors, replies and events, at full
 * rate. The library's sockets are connected to the kernel, which refuses them all: every call
 * gets the kernel's answer in its usual time, and the monitor its events. With the client's
 * socket disconnected again (the second line of defence alone), no forged answer is accepted
 * either, no call blocks past its reply deadline (some fail with a typed exception: replies
 * lost, or none for the deadline), and every operation works once the flood stops.
 */
@NetlinkTest
class ForeignFloodIT {
    // Under software emulation (CI's VM pass) everything, draining a forged backlog included,
    // runs several times slower: the bounds scale with -Djnetlink.it.timeScale (default 1).
    private static final int TIME_SCALE = Math.max(1, Integer.getInteger("jnetlink.it.timeScale", 1));
    private static final Duration DEADLINE = Duration.ofSeconds(3L * TIME_SCALE);
    private static final long SLACK_MILLIS = 2000L * TIME_SCALE;
    private static final long FLOOD_NANOS = 5_000_000_000L;

    private ScratchNamespaces scratch;
    private NetNs ns;
    private Rtnl rtnl;
    private ForeignSender forger;
    private final List<Thread> stuck = new ArrayList<>();

    @BeforeEach
    void setUp() {
        scratch = new ScratchNamespaces();
        ns = scratch.anonymous();
        rtnl = Rtnl.openIn(ns, RequestEngine.Options.DEFAULT.withReplyTimeout(DEADLINE));
        forger = new ForeignSender(ns.call(() -> NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE)));
        for (int i = 0; i < 5; i++) {
            rtnl.links().add(Veth.pair("a" + i, "b" + i));
        }
    }

    @AfterEach
    void tearDown() {
        try {
            forger.close();
            if (stuck.isEmpty()) { // a thread stuck in a call holds the engine's lock
                rtnl.close();
            }
        } finally {
            scratch.close();
        }
    }

    // ------------------------------------------------------------------ the forger

    // Every user socket of the namespace, as an attacker finds them: nl_pid of each
    // NETLINK_ROUTE socket in /proc/net/netlink except the kernel's (0) and the forger's.
    private List<Integer> victims() {
        List<String> lines;
        try {
            lines = ns.call(() -> Files.readAllLines(Path.of("/proc/thread-self/net/netlink")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Integer> ports = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split("\\s+");
            int protocol = Integer.parseInt(f[1]);
            int port = Integer.parseUnsignedInt(f[2]);
            if (protocol == NetlinkSocket.NETLINK_ROUTE && port != 0 && port != forger.port()) {
                ports.add(port);
            }
        }
        return ports;
    }

    // Forged answers for the request the client will send next: an ack, a refusal, a link
    // reply, the end of a dump; and an event for monitors.
    private static byte[] forgery(int s) {
        return ForeignSender.datagram(w -> {
            ControlMessages.ack(w, s, Rtm.NEWLINK);
            SpoofingIT.forgedLink(w, s, NlMsg.F_MULTI);
            ControlMessages.refusal(w, s, Rtm.NEWLINK, 1, "forged");
            SpoofingIT.forgedLink(w, 0, 0);
            ControlMessages.done(w, s, 0);
        });
    }

    /** What the forger achieved. */
    private static final class Tally {
        final Map<Integer, AtomicLong> byErrno = new ConcurrentHashMap<>();

        void count(int errno) {
            byErrno.computeIfAbsent(errno, e -> new AtomicLong()).incrementAndGet();
        }

        long delivered() {
            AtomicLong n = byErrno.get(0);
            return n == null ? 0 : n.get();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            byErrno.forEach((e, n) -> sb.append(e == 0 ? "delivered" : Errno.of(e).name())
                    .append('=').append(n).append(' '));
            return sb.toString().trim();
        }
    }

    // The forger sends without pause; a second thread keeps it told of the client's last
    // sequence number (reading it waits for the request in flight).
    private Thread flood(AtomicBoolean stop, Tally tally) {
        AtomicInteger lastSeq = new AtomicInteger(rtnl.engine().lastSequence());
        Thread watcher = new Thread(() -> {
            while (!stop.get()) {
                lastSeq.set(rtnl.engine().lastSequence());
                LockSupport.parkNanos(100_000);
            }
        }, "forger-seq");
        watcher.setDaemon(true);
        watcher.start();
        Thread t = new Thread(() -> {
            List<Integer> ports = victims();
            int forSeq = lastSeq.get();
            byte[] d = forgery(forSeq + 1);
            while (!stop.get()) {
                int s = lastSeq.get();
                if (s != forSeq) {
                    d = forgery(s + 1);
                    forSeq = s;
                }
                for (int port : ports) {
                    tally.count(forger.trySendTo(port, d, true));
                }
            }
        }, "forger");
        t.setDaemon(true);
        t.start();
        return t;
    }

    // ------------------------------------------------------------------ the client's calls

    /** One call, timed. */
    private interface Call {
        void run() throws Exception;
    }

    // Runs a call on another thread and fails if it has not returned well after the deadline
    // (the thread is then left where it is stuck, and the engine is not closed).
    private long timed(String what, Call call) throws Exception {
        Throwable[] failure = new Throwable[1];
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                call.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "call " + what);
        t.setDaemon(true);
        t.start();
        t.join(DEADLINE.toMillis() + SLACK_MILLIS + 10_000);
        if (t.isAlive()) {
            stuck.add(t);
            throw new AssertionError(what + " still blocked after "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (failure[0] instanceof Exception e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return millis;
    }

    private static List<RouteSpec> routes() {
        List<RouteSpec> routes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            routes.add(RouteSpec.to("10.99." + i + ".0/24").type(RouteType.BLACKHOLE).build());
        }
        return routes;
    }

    private static final List<RouteSpec> ROUTES = routes();

    // One of every kind of operation; each checks that the answer is the kernel's.
    private Map<String, Call> everyOperation(int round) {
        String f = "f" + round;
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("get", () -> assertThat(rtnl.links().get("lo").index()).isEqualTo(1));
        calls.put("list", () -> assertThat(rtnl.links().list()).extracting(Link::name)
                .contains("lo", "a0", "b4").doesNotContain("evil0"));
        calls.put("set", () -> rtnl.links().setMtu("a0", 1300 + round % 100));
        calls.put("add", () -> rtnl.links().add(Veth.pair(f, "g" + round)));
        calls.put("delete", () -> rtnl.links().delete(f));
        calls.put("batch add", () -> rtnl.routes().addAll(ROUTES).throwIfAnyFailed());
        calls.put("dump", () -> assertThat(rtnl.routes().list()).hasSizeGreaterThanOrEqualTo(20));
        calls.put("batch delete", () -> rtnl.routes().deleteAll(ROUTES).throwIfAnyFailed());
        return calls;
    }

    // The operations that may be repeated whatever became of the last try: while the client
    // is disconnected, a call may fail with its outcome unknown.
    private Map<String, Call> repeatableOperations(int round) {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("get", () -> assertThat(rtnl.links().get("lo").index()).isEqualTo(1));
        calls.put("list", () -> assertThat(rtnl.links().list()).extracting(Link::name)
                .contains("lo", "a0", "b4").doesNotContain("evil0"));
        calls.put("set", () -> rtnl.links().setMtu("a0", 1300 + round % 100));
        calls.put("batch replace", () -> rtnl.routes().replaceAll(ROUTES).throwIfAnyFailed());
        calls.put("dump", () -> rtnl.routes().list());
        return calls;
    }

    // Runs the calls, each timed; a typed "outcome unknown" failure is counted if tolerated.
    private void run(Map<String, Call> calls, Map<String, Long> slowest, Map<String, Integer> unknown)
            throws Exception {
        for (Map.Entry<String, Call> c : calls.entrySet()) {
            long t0 = System.nanoTime();
            try {
                timed(c.getKey(), c.getValue());
            } catch (ReplyTimeoutException | RepliesLostException e) {
                if (unknown == null) {
                    throw e;
                }
                unknown.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
            slowest.merge(c.getKey(), (System.nanoTime() - t0) / 1_000_000, Math::max);
        }
    }

    // Runs rounds of operations for FLOOD_NANOS while the forger floods; returns how many.
    private int underFlood(Tally tally, IntFunction<Map<String, Call>> round, Map<String, Long> slowest,
            Map<String, Integer> unknown) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Thread flood = flood(stop, tally);
        long end = System.nanoTime() + FLOOD_NANOS;
        int rounds = 0;
        try {
            while (System.nanoTime() < end) {
                run(round.apply(rounds++), slowest, unknown);
            }
        } finally {
            stop.set(true);
            flood.join();
        }
        return rounds;
    }

    private static void assertNoneSlowerThanTheDeadline(Map<String, Long> slowest, Object context) {
        assertThat(slowest.values()).as("slowest call of each kind %s (%s)", slowest, context)
                .allSatisfy(ms -> assertThat(ms).isLessThan(DEADLINE.toMillis() + SLACK_MILLIS));
    }

    private static final class Events {
        final List<String> names = new CopyOnWriteArrayList<>();
        final Thread reader;

        Events(Subscription s) {
            reader = new Thread(() -> {
                Event e;
                while ((e = s.take()) != null) {
                    if (e instanceof LinkEvent le) {
                        names.add(le.change() + " " + le.link().name());
                    }
                }
            }, "events");
            reader.setDaemon(true);
            reader.start();
        }
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void aFloodAtFullRateIsRefusedAndNoCallNoticesIt() throws Exception {
        try (Subscription sub = Monitor.in(ns).groups(Group.LINK).resyncOnOverrun(true).open()) {
            Events events = new Events(sub);
            Tally tally = new Tally();
            Map<String, Long> slowest = new ConcurrentHashMap<>();
            int rounds = underFlood(tally, this::everyOperation, slowest, null);
            assertNoneSlowerThanTheDeadline(slowest, "forger: " + tally);
            assertThat(tally.delivered()).as("forged datagrams delivered (%s)", tally).isZero();
            assertThat(tally.byErrno).containsKey(Errno.ECONNREFUSED.number());
            assertThat(rtnl.engine().droppedForeign()).isZero();
            // After the flood: everything works, and the monitor reported every change.
            run(everyOperation(rounds), slowest, null);
            rtnl.links().add(Veth.pair("post0", "post1"));
            awaitEvent(events, "NEW post0");
            for (int i = 0; i <= rounds; i++) {
                assertThat(events.names).contains("NEW f" + i, "DELETED f" + i);
            }
            assertThat(events.names).noneMatch(n -> n.contains("evil0"));
            assertThat(sub.droppedForeign()).isZero();
            System.out.printf("connected, flooded: %d rounds, forger %s, slowest %s%n", rounds, tally,
                    slowest);
        }
    }

    private static void awaitEvent(Events events, String name) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!events.names.contains(name) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(events.names).contains(name);
    }

    @Test
    void aFullQueueCannotBeLeftBehind() throws Exception {
        Tally tally = fill(rtnl.engine().socket().portId());
        assertThat(tally.delivered()).as("forged datagrams delivered (%s)", tally).isZero();
        for (int i = 0; i < 3; i++) {
            long ms = timed("get lo #" + i, () -> assertThat(rtnl.links().get("lo").index()).isEqualTo(1));
            assertThat(ms).isLessThan(DEADLINE.toMillis() + SLACK_MILLIS);
        }
    }

    // Sends forged datagrams, without waiting, until the victim's queue is full or refused.
    private Tally fill(int port) {
        Tally tally = new Tally();
        byte[] d = forgery(rtnl.engine().lastSequence() + 1);
        for (int i = 0; i < 200_000; i++) {
            int errno = forger.trySendTo(port, d, true);
            tally.count(errno);
            if (errno != 0) {
                break;
            }
        }
        return tally;
    }

    // ------------------------------------------------------------------ the second line alone

    @Test
    void disconnectedAFullQueueLeftBehindFailsOneRequestWithRepliesLostAndTheNextWork()
            throws Exception {
        ForeignSender.disconnect(rtnl.engine().socket());
        Tally tally = fill(rtnl.engine().socket().portId());
        assertThat(tally.delivered()).as("the queue filled (%s)", tally).isGreaterThan(1000);
        long ms = timed("get lo, queue full", () -> assertThatThrownBy(() -> rtnl.links().get("lo"))
                .isInstanceOf(RepliesLostException.class)
                .hasMessageStartingWith("RTM_GETLINK lo: ENOBUFS"));
        assertThat(ms).isLessThan(DEADLINE.toMillis() + SLACK_MILLIS);
        for (int i = 0; i < 3; i++) {
            ms = timed("get lo #" + i, () -> assertThat(rtnl.links().get("lo").index()).isEqualTo(1));
            assertThat(ms).isLessThan(DEADLINE.toMillis() + SLACK_MILLIS);
        }
        run(everyOperation(0), new ConcurrentHashMap<>(), null);
        assertThat(rtnl.engine().droppedForeign()).isEqualTo(tally.delivered());
    }

    @Test
    void disconnectedAFloodForgesNoAnswerStallsNoCallAndEverythingWorksAfterIt() throws Exception {
        ForeignSender.disconnect(rtnl.engine().socket());
        Tally tally = new Tally();
        Map<String, Long> slowest = new ConcurrentHashMap<>();
        Map<String, Integer> unknown = new ConcurrentHashMap<>();
        int rounds = underFlood(tally, this::repeatableOperations, slowest, unknown);
        assertNoneSlowerThanTheDeadline(slowest, "forger: " + tally + ", outcome unknown: " + unknown);
        assertThat(tally.delivered()).isPositive();
        rtnl.routes().deleteAll(ROUTES); // what the flood's last replace left (if it got through)
        run(everyOperation(rounds), slowest, null);
        System.out.printf("disconnected, flooded: %d rounds, forger %s, outcome unknown %s, slowest %s,"
                + " dropped foreign %d%n", rounds, tally, unknown, slowest,
                rtnl.engine().droppedForeign());
    }
}

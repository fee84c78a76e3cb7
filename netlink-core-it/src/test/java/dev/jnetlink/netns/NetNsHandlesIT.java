package dev.jnetlink.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.internal.Syscalls;
import dev.jnetlink.testing.ProcessInNamespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Handles: opening by name, pid, path and the current thread; identity; what closing does
 * and does not do; {@code call}/{@code run} threads; no descriptor or thread leaks.
 */
@NetlinkTest
class NetNsHandlesIT {
    @Scratch
    private ScratchNamespaces scratch;

    @Test
    void opensTheSameNamespaceByNamePidAndPath() {
        NetNs ns = scratch.named("open");
        try (ProcessInNamespace child = ProcessInNamespace.start(ns);
                NetNs byName = NetNs.open(ns.name());
                NetNs byPid = NetNs.openPid(child.pid());
                NetNs byProcPath = NetNs.openPath(Path.of("/proc/" + child.pid() + "/ns/net"));
                NetNs byRunPath = NetNs.openPath(Path.of("/run/netns", ns.name()))) {
            for (NetNs h : List.of(byName, byPid, byProcPath, byRunPath)) {
                assertThat(h.sameAs(ns)).as(h.toString()).isTrue();
                assertThat(h.id()).isEqualTo(ns.id());
                assertThat(h.fd()).isNotEqualTo(ns.fd());
                assertThat(Syscalls.isCloseOnExec(h.fd())).as("O_CLOEXEC on " + h).isTrue();
            }
            assertThat(byName.name()).isEqualTo(ns.name());
            assertThat(byPid.name()).isNull();
            assertThat(byPid.path()).isEqualTo("/proc/" + child.pid() + "/ns/net");
            assertThat(byPid.describe()).isEqualTo("/proc/" + child.pid() + "/ns/net net:["
                    + ns.id().inode() + "]");
            // The identity is the inode readlink /proc/PID/ns/net shows.
            assertThat(readlink("/proc/" + child.pid() + "/ns/net"))
                    .isEqualTo("net:[" + ns.id().inode() + "]");
        }
    }

    @Test
    void currentIsTheCallingThreadsNamespace() throws Exception {
        NetNs ns = scratch.anonymous();
        try (NetNs here = NetNs.current();
                NetNs process = NetNs.openPid(ProcessHandle.current().pid())) {
            assertThat(here.sameAs(process)).isTrue();
            assertThat(here.sameAs(ns)).isFalse();
            assertThat(readlink("/proc/thread-self/ns/net")).isEqualTo(here.id().toString());
            boolean insideIsNs = ns.call(() -> {
                try (NetNs inside = NetNs.current()) {
                    return inside.sameAs(ns) && !inside.sameAs(here);
                }
            });
            assertThat(insideIsNs).isTrue();
            try (NetNs after = NetNs.current()) {
                assertThat(after.sameAs(here)).as("the caller did not move").isTrue();
            }
        }
    }

    @Test
    void anonymousNamespacesAreSeparateAndUnnamed() {
        NetNs a = scratch.anonymous();
        NetNs b = scratch.anonymous();
        assertThat(a.sameAs(b)).isFalse();
        assertThat(a.name()).isNull();
        assertThat(a.path()).isNull();
        assertThat(a.describe()).isEqualTo("anonymous " + a.id());
        assertThat(NetNs.list()).noneMatch(n -> n.contains(Long.toString(a.id().inode())));
        try (NetNs here = NetNs.current()) {
            assertThat(a.sameAs(here)).isFalse();
        }
    }

    /**
     * A request that names a namespace by fd holds a lease while it is written and sent: a
     * close meanwhile must not free the number for another file before the kernel reads it.
     */
    @Test
    void aLeaseKeepsTheDescriptorOpenAcrossAClose() throws IOException {
        NetNs ns = NetNs.createAnonymous();
        int fd = ns.fd();
        Path proc = Path.of("/proc/self/fd/" + fd);
        String target = Files.readSymbolicLink(proc).toString();
        assertThat(target).startsWith("net:[");
        try (NetNs.Lease held = ns.lease()) {
            ns.close();
            assertThatThrownBy(ns::fd).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is closed");
            assertThatThrownBy(ns::lease).isInstanceOf(IllegalStateException.class);
            assertThat(Files.readSymbolicLink(proc).toString()).as("still open while leased")
                    .isEqualTo(target);
        }
        assertThat(Files.exists(proc, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && Files.readSymbolicLink(proc).toString().equals(target))
                .as("closed with the last lease").isFalse();
    }

    @Test
    void rejectsWhatIsNotANetworkNamespace() {
        assertThatThrownBy(() -> NetNs.openPath(Path.of("/etc/hostname")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("/etc/hostname is not a namespace (ioctl NS_GET_NSTYPE")
                .hasMessageEndingWith("ENOTTY (Inappropriate ioctl for device))");
        assertThatThrownBy(() -> NetNs.openPath(Path.of("/proc/self/ns/pid")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("/proc/self/ns/pid is a pid namespace, not a network namespace");
        assertThatThrownBy(() -> NetNs.openPid(0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("pid must be positive, got 0");
        long noSuchPid = 4_194_305; // PID_MAX_LIMIT + 1: no pid namespace can hand it out
        assertThatThrownBy(() -> NetNs.openPid(noSuchPid))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("open netns of pid " + noSuchPid
                        + ": ENOENT (No such file or directory): no process " + noSuchPid);
        assertThatThrownBy(() -> NetNs.openPath(Path.of("/nonexistent/jnl")))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("open /nonexistent/jnl: ENOENT (No such file or directory)");
    }

    @Test
    void closingAHandleNeverDeletesANamedNamespace() {
        NetNs ns = scratch.named("close");
        NetNs second = NetNs.open(ns.name());
        second.close();
        second.close(); // idempotent
        assertThat(second.isClosed()).isTrue();
        assertThat(second.toString()).endsWith(", closed]");
        assertThatThrownBy(second::fd).isInstanceOf(IllegalStateException.class)
                .hasMessage("namespace handle " + ns.name() + " is closed");
        assertThatThrownBy(() -> second.run(() -> { }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(NetNs.exists(ns.name())).isTrue();
        try (NetNs third = NetNs.open(ns.name())) {
            assertThat(third.sameAs(ns)).isTrue();
        }
    }

    @Test
    void callRunsOnAFreshPlatformThreadThatThreadsItStartsInherit() throws Exception {
        NetNs ns = scratch.anonymous();
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> ran = new AtomicReference<>();
        AtomicReference<Boolean> childInside = new AtomicReference<>();
        ns.run(() -> {
            ran.set(Thread.currentThread());
            // A thread started inside is created in the namespace, and stays there.
            Thread child = new Thread(() -> {
                try (NetNs its = NetNs.current()) {
                    childInside.set(its.sameAs(ns));
                }
            });
            child.start();
            child.join();
        });
        assertThat(ran.get()).isNotSameAs(caller);
        assertThat(ran.get().getName()).startsWith("jnetlink-netns-" + ns.id().inode() + "-");
        assertThat(ran.get().isAlive()).isFalse();
        assertThat(childInside.get()).isTrue();

        Thread second = ns.call(Thread::currentThread);
        assertThat(second).isNotSameAs(ran.get());
    }

    @Test
    void callPassesTheTasksOwnExceptionThrough() {
        NetNs ns = scratch.anonymous();
        IOException failure = new IOException("from inside");
        assertThatThrownBy(() -> ns.call(() -> {
            throw failure;
        })).isSameAs(failure);
        IllegalStateException unchecked = new IllegalStateException("unchecked");
        assertThatThrownBy(() -> ns.run(() -> {
            throw unchecked;
        })).isSameAs(unchecked);
        assertThat(ns.call(() -> 42)).isEqualTo(42);
    }

    @Test
    void closingDuringACallKeepsTheDescriptorUntilTheCallEnds() throws Exception {
        NetNs ns = NetNs.createAnonymous();
        int fd = ns.fd();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Object> fdOpenInside = new AtomicReference<>();
        Thread user = new Thread(() -> {
            try {
                fdOpenInside.set(ns.call(() -> {
                    entered.countDown();
                    closed.await(10, TimeUnit.SECONDS);
                    return Syscalls.isCloseOnExec(fd); // fcntl fails with EBADF on a closed fd
                }));
            } catch (Throwable e) {
                fdOpenInside.set(e);
            }
        });
        user.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        ns.close();
        assertThat(ns.isClosed()).isTrue();
        assertThatThrownBy(() -> ns.call(() -> 1)).isInstanceOf(IllegalStateException.class);
        closed.countDown();
        user.join();
        assertThat(fdOpenInside.get()).isEqualTo(Boolean.TRUE);
    }

    @Test
    void tenThousandHandlesLeaveNoDescriptorAndNoThreadBehind() throws Exception {
        NetNs ns = scratch.named("leak");
        Path byPath = Path.of("/run/netns", ns.name());
        long self = ProcessHandle.current().pid();
        // Warm up: load every class and open whatever the JVM opens lazily, before counting.
        for (int i = 0; i < 4; i++) {
            openOneWay(i, ns.name(), byPath, self).close();
        }
        ns.run(() -> { });
        long fdsBefore = openFds();

        for (int i = 0; i < 10_000; i++) {
            try (NetNs h = openOneWay(i, ns.name(), byPath, self)) {
                if (i % 500 == 0) {
                    assertThat(h.call(() -> {
                        try (NetNs inside = NetNs.current()) {
                            return inside.sameAs(h);
                        }
                    })).isTrue();
                }
            }
        }
        for (int i = 0; i < 10; i++) {
            NetNs.createAnonymous().close();
        }

        assertThat(openFds()).isEqualTo(fdsBefore);
        assertThat(netnsThreads()).isEmpty();
    }

    private static NetNs openOneWay(int i, String name, Path path, long pid) {
        return switch (i % 4) {
            case 0 -> NetNs.open(name);
            case 1 -> NetNs.openPath(path);
            case 2 -> NetNs.current();
            default -> NetNs.openPid(pid);
        };
    }

    // ------------------------------------------------------------------ helpers

    static long openFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void callInEachVisitsEveryNamespaceInOrderOnOneThreadAndLeavesTheCallerWhereItWas() throws Exception {
        List<NetNs> spaces = List.of(scratch.anonymous(), scratch.named("each1"), scratch.anonymous());
        List<String> threads = new java.util.ArrayList<>();
        List<Boolean> inside = NetNs.callInEach(spaces, () -> {
            threads.add(Thread.currentThread().getName());
            try (NetNs here = NetNs.current()) {
                return spaces.stream().filter(here::sameAs).count() == 1;
            }
        });
        assertThat(inside).containsExactly(true, true, true);
        assertThat(threads).hasSize(3).allMatch(threads.get(0)::equals);
        try (NetNs here = NetNs.current(); NetNs process = NetNs.openPid(ProcessHandle.current().pid())) {
            assertThat(here.sameAs(process)).as("the caller did not move").isTrue();
        }
        // the clients are in their namespaces, in order: each sees its own lo's index
        try (dev.jnetlink.rtnl.Rtnl first = dev.jnetlink.rtnl.Rtnl.openIn(spaces.get(0))) {
            first.links().setAlias("lo", "the-first");
        }
        List<dev.jnetlink.rtnl.Rtnl> clients = dev.jnetlink.rtnl.Rtnl.openInEach(spaces);
        try {
            assertThat(clients.stream().map(c -> String.valueOf(c.links().get("lo").alias())).toList())
                    .containsExactly("the-first", "null", "null");
        } finally {
            clients.forEach(dev.jnetlink.rtnl.Rtnl::close);
        }
        assertThat(netnsThreads()).isEmpty();
    }

    @Test
    void callInEachClosesWhatItMadeWhenATaskFails() {
        List<NetNs> spaces = List.of(scratch.anonymous(), scratch.anonymous(), scratch.anonymous());
        List<java.io.Closeable> made = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
        assertThatThrownBy(() -> NetNs.callInEach(spaces, () -> {
            if (made.size() == 2) {
                throw new IOException("third refused");
            }
            java.io.Closeable c = closed::incrementAndGet;
            made.add(c);
            return c;
        })).isInstanceOf(IOException.class).hasMessage("third refused");
        assertThat(closed).hasValue(2);
        NetNs gone = scratch.anonymous();
        gone.close();
        assertThatThrownBy(() -> NetNs.callInEach(List.of(spaces.get(0), gone), () -> 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
    }

    /** Threads of {@code call}/{@code run}/{@code create} still alive. */
    static List<String> netnsThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(n -> n.startsWith("jnetlink-netns-"))
                .toList();
    }

    private static String readlink(String path) {
        try {
            return Files.readSymbolicLink(Path.of(path)).toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

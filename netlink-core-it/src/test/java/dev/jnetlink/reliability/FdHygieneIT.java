package dev.jnetlink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.NetlinkSocket;
import dev.jnetlink.socket.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fd the library opens is closed on every path and carries {@code O_CLOEXEC}.
 *
 * <p>Leaks: 10,000 open/close cycles of each resource (netlink sockets, request engines,
 * namespace handles, and the failure paths of opening; 1,000 of clients bound to a namespace,
 * 100 of new namespaces) bring the sockets, namespace files and eventfds in
 * {@code /proc/self/fd} back to exactly those before (the JVM's own jars and pipes come and go
 * on their own and are not counted).
 *
 * <p>Close-on-exec is read from the kernel, not from our own code: {@code /proc/self/fdinfo/N}
 * shows the fd's flags, and {@code 02000000} is {@code O_CLOEXEC}. (Spawning a child process
 * and listing its fds would prove nothing here: the JDK's process launcher closes every fd but
 * 0, 1 and 2 in the child whatever their flags, so a leaky fd would not show there either.)
 */
@NetlinkTest
class FdHygieneIT {
    private static final int CYCLES = 10_000;
    private static final int O_CLOEXEC = 02000000;

    static Map<Integer, String> openFds() {
        Map<Integer, String> fds = new TreeMap<>();
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                try {
                    fds.put(Integer.parseInt(p.getFileName().toString()),
                            Files.readSymbolicLink(p).toString());
                } catch (IOException gone) {
                    // the directory stream's own fd, closed by now
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return fds;
    }

    /**
     * @return the open fds of the kinds the library opens: sockets, namespace files, eventfds
     *     (not the jars and pipes the JVM and the test runner open and close on their own)
     */
    static List<String> libraryKindsOfFds() {
        return openFds().entrySet().stream().filter(e -> isLibraryKind(e.getValue()))
                .map(e -> e.getKey() + " -> " + e.getValue()).toList();
    }

    private static boolean isLibraryKind(String target) {
        return target.startsWith("socket:") || target.startsWith("net:")
                || target.startsWith("anon_inode:") || target.startsWith("/run/netns");
    }

    private static void cycles(String what, Runnable cycle) {
        for (int i = 0; i < 50; i++) {
            cycle.run();
        }
        List<String> before = libraryKindsOfFds();
        for (int i = 0; i < CYCLES; i++) {
            cycle.run();
        }
        assertThat(libraryKindsOfFds()).as("fds after %d cycles of %s", CYCLES, what)
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void tenThousandOpenCloseCyclesLeakNothing() {
        try (ScratchNamespaces scratch = new ScratchNamespaces()) {
            NetNs ns = scratch.anonymous();
            String nsPath = "/proc/self/fd/" + ns.fd();
            // Sockets and engines, opened inside the scratch namespace on one thread there.
            ns.run(() -> {
                cycles("NetlinkSocket", () -> NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE).close());
                cycles("Rtnl", () -> Rtnl.open().close());
                cycles("awaitReadable's eventfd", () -> {
                    NetlinkSocket s = NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE);
                    s.awaitReadable(0);
                    s.close();
                });
            });
            cycles("NetNs handle", () -> NetNs.openPath(Path.of(nsPath)).close());
            cycles("NetNs.current", () -> NetNs.current().close());
            cycles("NetNs.open of a missing name", () -> assertThatThrownBy(
                    () -> NetNs.open("jnl-missing-x")).isInstanceOf(NotFoundException.class));
            cycles("Rtnl.openIn a closed handle", () -> {
                NetNs h = NetNs.openPath(Path.of(nsPath));
                h.close();
                assertThatThrownBy(() -> Rtnl.openIn(h)).isInstanceOf(IllegalStateException.class);
            });
        }
        // Bound to a namespace: a thread per open, so fewer cycles.
        try (ScratchNamespaces scratch = new ScratchNamespaces()) {
            NetNs ns = scratch.anonymous();
            List<String> before = libraryKindsOfFds();
            for (int i = 0; i < 1000; i++) {
                Rtnl.openIn(ns).close();
            }
            assertThat(libraryKindsOfFds()).containsExactlyInAnyOrderElementsOf(before);
        }
        // Namespaces themselves: creating one is expensive for the kernel, so fewer again.
        List<String> before = libraryKindsOfFds();
        for (int i = 0; i < 100; i++) {
            NetNs.createAnonymous().close();
        }
        assertThat(libraryKindsOfFds()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void everyFdTheLibraryOpensIsCloseOnExec() throws Exception {
        // Once first, so that classes and jars the JVM loads on the way are open before the
        // baseline is taken: only the library's own fds differ between the two lists.
        try (ScratchNamespaces scratch = new ScratchNamespaces()) {
            closeAll(openEverything(scratch));
        }
        Map<Integer, String> before = openFds();
        try (ScratchNamespaces scratch = new ScratchNamespaces()) {
            List<AutoCloseable> open = openEverything(scratch);
            try {
                Map<Integer, String> ours = openFds();
                ours.keySet().removeAll(before.keySet());
                ours.values().removeIf(t -> !isLibraryKind(t));
                assertThat(ours.values()).as("the fds the library opened")
                        .anyMatch(t -> t.startsWith("socket:"))
                        .anyMatch(t -> t.startsWith("net:"))
                        .anyMatch(t -> t.contains("eventfd"));
                for (var fd : ours.entrySet()) {
                    Integer flags = fdinfoFlags(fd.getKey());
                    if (flags == null) {
                        continue; // closed meanwhile: a transient fd of the JVM, not one held open
                    }
                    assertThat(flags & O_CLOEXEC).as("fd %d (%s) flags %s", fd.getKey(),
                            fd.getValue(), Integer.toOctalString(flags)).isNotZero();
                }
            } finally {
                closeAll(open);
            }
        }
        List<String> beforeOfOurKinds = before.entrySet().stream()
                .filter(e -> isLibraryKind(e.getValue()))
                .map(e -> e.getKey() + " -> " + e.getValue()).toList();
        assertThat(libraryKindsOfFds()).containsExactlyInAnyOrderElementsOf(beforeOfOurKinds);
    }

    private static List<AutoCloseable> openEverything(ScratchNamespaces scratch) {
        List<AutoCloseable> open = new ArrayList<>();
        NetNs anon = scratch.anonymous();
        NetNs named = scratch.named("cloexec");
        open.add(NetNs.open(named.name()));
        open.add(NetNs.current());
        open.add(Rtnl.openIn(anon));
        Rtnl in = Rtnl.openIn(named);
        open.add(in);
        in.engine().socket().awaitReadable(0);
        open.add(anon.call(() -> NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE)));
        return open;
    }

    private static void closeAll(List<AutoCloseable> open) throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private static Integer fdinfoFlags(int fd) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc/self/fdinfo/" + fd));
        } catch (IOException closed) {
            return null; // closed while being read
        }
        for (String line : lines) {
            if (line.startsWith("flags:")) {
                return Integer.parseInt(line.substring(6).trim(), 8);
            }
        }
        throw new AssertionError("no flags in /proc/self/fdinfo/" + fd);
    }
}

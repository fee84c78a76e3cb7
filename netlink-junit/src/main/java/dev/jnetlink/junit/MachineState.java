package dev.jnetlink.junit;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import java.io.IOException;
import java.nio.channels.DatagramChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a test can leave behind, read at one moment: this process's file descriptors of the
 * kinds network code opens, its live threads, its threads that sit in a network namespace other
 * than the process's, the named namespaces in {@code /run/netns}, and the links of the
 * checking thread's own namespace (the machine's, unless the JVM runs elsewhere). Comparing a
 * state taken before a test with one taken after it gives the leaks ({@link #leaksSince}).
 */
final class MachineState {
    /** How long leaked-looking threads and descriptors get to go away (a closing thread ends soon after). */
    private static final long GRACE_NANOS = 2_000_000_000L;
    private static final int STACK_FRAMES = 4;

    static {
        warmUpTheJdk();
    }

    private final Map<Integer, String> fds;
    private final Set<Thread> threads;
    private final Map<Integer, Task> tasksAway;
    private final Set<String> named;
    private final String ownNamespace;
    private final Map<Integer, String> ownLinks;

    private MachineState(Map<Integer, String> fds, Set<Thread> threads, Map<Integer, Task> tasksAway,
            Set<String> named, String ownNamespace, Map<Integer, String> ownLinks) {
        this.fds = fds;
        this.threads = threads;
        this.tasksAway = tasksAway;
        this.named = named;
        this.ownNamespace = ownNamespace;
        this.ownLinks = ownLinks;
    }

    /**
     * One thing left behind.
     *
     * @param key stays the same while it lasts, so it is reported once
     * @param description what to tell the user
     * @param cleanup removes it, for what is surely ours; null otherwise
     */
    record Leak(String key, String description, Runnable cleanup) {
        Leak(String key, String description) {
            this(key, description, null);
        }
    }

    static MachineState take() {
        return new MachineState(trackedFds(), liveThreads(), tasksAway(), new TreeSet<>(NetNs.list()),
                readLink(Path.of("/proc/thread-self/ns/net")), ownLinks());
    }

    /**
     * Compares the machine now with {@code before}, giving what appeared and is still there after
     * a grace period for threads that are ending and descriptors being closed.
     *
     * @param before the state before the test
     * @return the leaks, empty when none
     */
    static List<Leak> leaksSince(MachineState before) {
        long deadline = System.nanoTime() + GRACE_NANOS;
        while (true) {
            List<Leak> leaks = take().diff(before);
            if (leaks.isEmpty() || System.nanoTime() - deadline > 0) {
                return leaks;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return leaks;
            }
        }
    }

    private List<Leak> diff(MachineState before) {
        List<Leak> leaks = new ArrayList<>();
        fds.forEach((fd, target) -> {
            if (!target.equals(before.fds.get(fd))) {
                leaks.add(new Leak("fd " + fd + " " + target,
                        "file descriptor " + fd + " -> " + target + " (" + kindOf(target) + ") is still open"));
            }
        });
        for (Thread t : threads) {
            if (!before.threads.contains(t) && t.isAlive() && (!t.isDaemon() || isLibraryThread(t))) {
                leaks.add(new Leak("thread " + t.getId(), describe(t)));
            }
        }
        Set<String> running = threads.stream().filter(Thread::isAlive).map(t -> Task.comm(t.getName()))
                .collect(Collectors.toSet());
        tasksAway.forEach((tid, task) -> {
            // A task whose Java thread has ended (joined) is only the JVM tearing it down; under
            // emulation that can take seconds. It runs no more code, and soon lets go.
            if (!task.equals(before.tasksAway.get(tid)) && running.contains(task.comm())) {
                leaks.add(new Leak("task " + tid + " " + task.netns(), "thread \"" + task.comm() + "\" (tid " + tid
                        + ") in " + task.netns() + ", which keeps that namespace alive (a thread started inside"
                        + " NetNs.call, still running)"));
            }
        });
        for (String name : named) {
            if (!before.named.contains(name) && ScratchNamespaces.couldBeOurs(name)) {
                String what = "named namespace " + name + " in " + NetNs.RUN_DIR + " was created and not deleted";
                // A name this JVM handed out is surely the test's: remove it, so the machine stays clean.
                leaks.add(ScratchNamespaces.generatedHere(name)
                        ? new Leak("netns " + name, what + " (deleted now)", () -> NetNs.deleteIfExists(name))
                        : new Leak("netns " + name, what + " (delete it with: ip netns del " + name + ")"));
            }
        }
        if (ownNamespace.equals(before.ownNamespace)) {
            ownLinks.forEach((index, link) -> {
                if (!link.equals(before.ownLinks.get(index))) {
                    leaks.add(new Leak("link " + index + " " + link, "link " + link + " (index " + index
                            + ") is left in the test's own namespace " + ownNamespace + ", the machine's"));
                }
            });
        }
        return leaks;
    }

    /**
     * Makes the descriptors the JDK opens on first use and keeps for the JVM's life, before the
     * first state is read (the extension's first callback, on the test runner's thread, in the
     * process's namespace): otherwise they would be blamed on the first test that needs them,
     * and made in that test's namespace, which they would keep alive. JDK 25 (not 17) keeps a socket
     * from the first {@code DatagramChannel.open()}.
     */
    private static void warmUpTheJdk() {
        try {
            DatagramChannel.open().close();
        } catch (IOException | UnsupportedOperationException noUdp) {
            // nothing to warm up
        }
    }

    // ------------------------------------------------------------------ descriptors

    private static Map<Integer, String> trackedFds() {
        Map<Integer, String> out = new TreeMap<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path p : dir) {
                String target;
                try {
                    target = Files.readSymbolicLink(p).toString();
                } catch (IOException closedMeanwhile) {
                    continue; // among them the directory stream's own descriptor
                }
                if (kindOf(target) != null) {
                    out.put(Integer.parseInt(p.getFileName().toString()), target);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc/self/fd", e);
        }
        return out;
    }

    /**
     * The kinds of descriptor network code opens and a test must close: sockets, namespace
     * handles, event/timer/signal fds, devices under {@code /dev/net}. Left out as the JVM's own
     * churn: regular files (jars and class data the JVM opens and keeps, {@code /dev/urandom}),
     * pipes (a started process's until the JDK reaps it) and epoll instances (the JDK keeps some
     * for its life: virtual-thread pollers, the default asynchronous channel group; what a leaked
     * one watches shows up as itself).
     *
     * @param target what {@code /proc/self/fd/N} links to
     * @return the kind, or null when it is not tracked
     */
    static String kindOf(String target) {
        if (target.startsWith("socket:")) {
            return "a socket";
        }
        if (target.startsWith("net:[")) {
            return "a network namespace handle";
        }
        if (target.matches("(mnt|uts|ipc|pid|user|cgroup|time):\\[\\d+]")) {
            return "a namespace handle";
        }
        if (target.startsWith("anon_inode:") && !target.equals("anon_inode:[eventpoll]")) {
            return "an " + target.substring("anon_inode:".length()).replaceAll("[\\[\\]]", "");
        }
        if (target.startsWith("/dev/net/")) {
            return "a device";
        }
        return null;
    }

    // ------------------------------------------------------------------ threads

    private static Set<Thread> liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() + 16];
        int n;
        while ((n = root.enumerate(all, true)) == all.length) {
            all = new Thread[all.length * 2];
        }
        return Set.copyOf(Arrays.asList(all).subList(0, n));
    }

    /**
     * The library's threads must end with what started them; its pool of dump decoders is
     * shared by the whole process and ends on its own when idle, so it is not counted.
     */
    private static boolean isLibraryThread(Thread t) {
        return t.getName().startsWith("jnetlink-") && !t.getName().startsWith("jnetlink-dump-decode");
    }

    // Where the thread is, in the code that started it: the JDK's own frames (parking, sleeping)
    // say nothing about who forgot it.
    private static String describe(Thread t) {
        String at = Arrays.stream(t.getStackTrace()).filter(f -> !isJdk(f)).limit(STACK_FRAMES)
                .map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
                .collect(Collectors.joining(" < "));
        return "thread \"" + t.getName() + "\" (" + (t.isDaemon() ? "daemon, " : "not a daemon, ")
                + t.getState() + ") is still running" + (at.isEmpty() ? "" : " in " + at);
    }

    private static boolean isJdk(StackTraceElement f) {
        String c = f.getClassName();
        return c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.");
    }

    /**
     * An OS thread of this process and the network namespace it is in.
     *
     * @param comm its name as the kernel keeps it: a Java thread's name cut to 15 bytes
     * @param netns e.g. {@code net:[4026532281]}
     */
    record Task(String comm, String netns) {
        static String comm(String javaName) {
            return javaName.length() > 15 ? javaName.substring(0, 15) : javaName;
        }
    }

    /**
     * This process's threads that are in a network namespace other than the process's
     * ({@code /proc/self/ns/net}), by tid.
     */
    private static Map<Integer, Task> tasksAway() {
        String home = readLink(Path.of("/proc/self/ns/net"));
        Map<Integer, Task> away = new HashMap<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : dir) {
                try {
                    String ns = Files.readSymbolicLink(task.resolve("ns/net")).toString();
                    if (!ns.equals(home)) {
                        away.put(Integer.parseInt(task.getFileName().toString()),
                                new Task(Files.readString(task.resolve("comm")).strip(), ns));
                    }
                } catch (IOException ended) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc/self/task", e);
        }
        return away;
    }

    // ------------------------------------------------------------------ links

    private static Map<Integer, String> ownLinks() {
        Map<Integer, String> links = new TreeMap<>();
        try (Rtnl rtnl = Rtnl.open()) {
            for (Link l : rtnl.links().list()) {
                links.put(l.index(), l.name() + (l.kind() == null ? "" : " (" + l.kind() + ")"));
            }
        }
        return links;
    }

    private static String readLink(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + p, e);
        }
    }
}

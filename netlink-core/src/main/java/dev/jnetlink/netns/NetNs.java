package dev.jnetlink.netns;

import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.internal.Syscalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A handle to a network namespace: an open file descriptor ({@code O_CLOEXEC}) on the
 * namespace, as {@code /run/netns/NAME}, {@code /proc/PID/ns/net} or any bind mount of one
 * refers to it. Closing a handle releases the descriptor only; a named namespace lives on until
 * {@link #delete(String)}, an anonymous one ({@link #createAnonymous()}) ends when its last
 * handle and last process are gone.
 *
 * <h2>Named namespaces, the way {@code ip netns} makes them</h2>
 * {@link #create(String)} does what {@code ip netns add NAME} (iproute2 6.1) does: under an
 * exclusive {@code flock} on {@code /run/netns} it makes that directory a shared mount point
 * (bind-mounting it onto itself first if it is not a mount point yet), creates the empty file
 * {@code /run/netns/NAME} (mode 0) and, on a dedicated thread, unshares a new network
 * namespace and bind-mounts it onto the file. {@code ip netns list} and
 * {@code ip netns exec NAME ...} see namespaces made here, and {@link #open(String)} opens
 * those made by {@code ip netns add}.
 *
 * <h2>Running code inside</h2>
 * {@code setns(2)} moves only the calling thread, so {@link #call} and {@link #run} start a
 * dedicated platform thread that enters the namespace, runs the task and ends; it never returns
 * to a pool, and the caller's thread never changes namespace. <b>Threads the task starts inherit
 * the namespace</b> (a thread is created in its creator's namespaces), so an executor created
 * inside the task runs everything it is given in the namespace. Sockets opened by the task (a
 * netlink socket, a {@code ServerSocket}, a {@code DatagramChannel}) stay in the namespace for
 * life and may be used from any thread afterwards: that is how {@code Rtnl.openIn(ns)} works.
 *
 * <p>Requires CAP_SYS_ADMIN (root) for creating, deleting and entering namespaces.
 *
 * <p>Thread safety: a handle may be shared by threads. {@link #close()} is idempotent; closing
 * a handle while a {@link #call} on it is running defers closing the descriptor until that call
 * has ended, so a call never enters whatever namespace a reused descriptor number refers to.
 */
public final class NetNs implements AutoCloseable {
    /** Where {@code ip netns} keeps named namespaces. */
    public static final String RUN_DIR = "/run/netns";
    /** Longest name, as for a file name ({@code NAME_MAX}); {@code ip netns add} allows as much. */
    public static final int MAX_NAME_BYTES = 255;

    /** The calling thread's namespace; {@code /proc/self} is the main thread's. */
    private static final String THREAD_SELF = "/proc/thread-self/ns/net";
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Named namespaces this JVM made with {@link #createDeletedOnExit}, not deleted yet. */
    private static final Map<String, ExitCleanup.Registration> DELETED_ON_EXIT = new ConcurrentHashMap<>();

    private final int fd;
    private final String name;
    private final String path;
    private final NetNsId id;
    private final AtomicBoolean closed = new AtomicBoolean();
    // One reference for the handle itself plus one per call() in progress; the descriptor is
    // closed when the count drops to zero.
    private final AtomicInteger refs = new AtomicInteger(1);

    /** Takes ownership of {@code fd}: closes it if it does not refer to a network namespace. */
    private NetNs(int fd, String name, String path) {
        this.fd = fd;
        this.name = name;
        this.path = path;
        try {
            requireNetworkNamespace(fd, path);
            long[] st = Syscalls.fileId(fd);
            this.id = new NetNsId(st[0], st[1]);
        } catch (RuntimeException e) {
            Syscalls.close(fd);
            throw e;
        }
    }

    private static void requireNetworkNamespace(int fd, String path) {
        int type;
        try {
            type = Syscalls.namespaceType(fd);
        } catch (NetlinkException e) {
            String hint = path != null && path.startsWith(RUN_DIR + "/")
                    ? ": nothing is mounted on it, a half-made entry that delete() or"
                            + " ip netns del removes" : "";
            throw new IllegalArgumentException(path + " is not a namespace (" + e.getMessage()
                    + ")" + hint, e);
        }
        if (type != Syscalls.CLONE_NEWNET) {
            throw new IllegalArgumentException(path + " is a " + namespaceKind(type)
                    + " namespace, not a network namespace");
        }
    }

    private static String namespaceKind(int cloneFlag) {
        return switch (cloneFlag) {
            case 0x00020000 -> "mount";
            case 0x02000000 -> "cgroup";
            case 0x04000000 -> "uts";
            case 0x08000000 -> "ipc";
            case 0x10000000 -> "user";
            case 0x20000000 -> "pid";
            case 0x00000080 -> "time";
            default -> "type 0x" + Integer.toHexString(cloneFlag);
        };
    }

    private static String pathOf(String name) {
        return RUN_DIR + "/" + name;
    }

    // ---------------------------------------------------------------- opening

    /**
     * Opens a named namespace. Equivalent to what {@code ip netns exec NAME} opens:
     * {@code /run/netns/NAME}.
     *
     * @param name as in {@code ip netns list}
     * @return a handle
     * @throws NotFoundException if there is no such namespace
     * @throws IllegalArgumentException if the name is not a valid namespace name (checked before
     *     any system call), or {@code /run/netns/NAME} is not a namespace (a half-made entry)
     */
    public static NetNs open(String name) {
        validateName(name);
        return openNamed(pathOf(name), name, name,
                "no namespace named \"" + name + "\" in " + RUN_DIR);
    }

    // Opens a path that should exist, saying what is missing in the caller's terms if not.
    private static NetNs openNamed(String path, String name, String object, String whenMissing) {
        int fd;
        try {
            fd = Syscalls.openReadOnly(path);
        } catch (NotFoundException e) {
            throw new NotFoundException(e.errno(), "open netns", object, whenMissing, null);
        }
        return new NetNs(fd, name, path);
    }

    /**
     * Opens the network namespace of a process, as Docker's tools do: {@code /proc/PID/ns/net}.
     * Equivalent to {@code nsenter --net=/proc/PID/ns/net}, or the namespace
     * {@code ip link set DEV netns PID} refers to.
     *
     * @param pid the process id
     * @return a handle
     * @throws NotFoundException if there is no such process
     * @throws IllegalArgumentException if {@code pid} is not positive (before any system call)
     */
    public static NetNs openPid(long pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive, got " + pid);
        }
        return openNamed("/proc/" + pid + "/ns/net", null, "of pid " + pid, "no process " + pid);
    }

    /**
     * Opens a namespace by any path that refers to one: a bind mount such as
     * {@code /run/netns/NAME} or {@code /var/run/docker/netns/ID}, or {@code /proc/PID/ns/net}.
     * Equivalent to {@code nsenter --net=PATH}.
     *
     * @param path the path
     * @return a handle
     * @throws NotFoundException if the path does not exist
     * @throws IllegalArgumentException if the path is not a network namespace
     */
    public static NetNs openPath(Path path) {
        Objects.requireNonNull(path, "path");
        String p = path.toString();
        return new NetNs(Syscalls.openReadOnly(p), null, p);
    }

    /**
     * Opens the calling thread's current namespace: {@code /proc/thread-self/ns/net}, not
     * {@code /proc/self/ns/net}, which is the main thread's in a multithreaded process. Inside
     * {@link #call} it is the namespace entered. Equivalent to the namespace
     * {@code ip netns identify} (no pid) looks up.
     *
     * @return a handle
     */
    public static NetNs current() {
        return new NetNs(Syscalls.openReadOnly(THREAD_SELF), null, THREAD_SELF);
    }

    /**
     * Opens the network namespace a socket belongs to ({@code ioctl(SIOCGSKNS)}): for a netlink
     * socket, the namespace its client works in, wherever the calling thread is. No iproute2
     * equivalent ({@code ss -e} shows a socket's namespace inode).
     *
     * @param socketFd an open socket (the caller keeps it)
     * @return a handle to its namespace
     */
    public static NetNs ofSocket(int socketFd) {
        return new NetNs(Syscalls.socketNamespace(socketFd), null, null);
    }

    // ---------------------------------------------------------------- creating and deleting

    /**
     * Creates a namespace with no name: it exists while a handle (or a process inside it)
     * does, and is not listed by {@code ip netns list}. For tests and tools that need a scratch
     * namespace. Like {@code unshare --net} without a mount.
     *
     * @return a handle to the new namespace
     */
    public static NetNs createAnonymous() {
        return inThread("anonymous", () -> {
            Syscalls.unshare(Syscalls.CLONE_NEWNET);
            return new NetNs(Syscalls.openReadOnly(THREAD_SELF), null, null);
        });
    }

    /**
     * Creates a named namespace. Equivalent to {@code ip netns add NAME}: the result is the
     * same {@code /run/netns/NAME} bind mount, so {@code ip netns} sees it and vice versa.
     * If a step fails after {@code /run/netns/NAME} was created, the file is unmounted and
     * removed again before the failure is thrown.
     *
     * @param name the name: 1 to 255 bytes of UTF-8, no {@code /} or NUL, not {@code .} or
     *     {@code ..}
     * @return a handle to it
     * @throws AlreadyExistsException if a namespace of that name exists (nothing is changed)
     * @throws IllegalArgumentException if the name is invalid (checked before any system call)
     * @throws NetlinkException naming the system call that failed, e.g. {@code mount}
     */
    public static NetNs create(String name) {
        return create(name, () -> null).namespace();
    }

    /**
     * A namespace just made by {@link #create(String, Task)} ({@code ip netns add NAME}), and what
     * the task made inside it.
     *
     * @param namespace the handle, which the caller closes
     * @param made the task's result
     * @param <T> its type
     */
    public record Created<T>(NetNs namespace, T made) {
    }

    /**
     * Creates a named namespace, as {@link #create(String)} does, and runs a short task inside
     * it on the same thread that made it, typically opening a socket there: {@code ip netns add
     * NAME} and the first command of {@code ip netns exec NAME}, for the cost of one thread
     * instead of two (a thread costs more than the socket). The task has the same rules as one
     * given to {@link #call}. All or nothing: if the task fails, the namespace is removed
     * again and the task's failure is thrown.
     *
     * @param name the name, as for {@link #create(String)}
     * @param inside the task; a socket it opens stays in the new namespace
     * @param <T> its result type
     * @param <E> its exception type
     * @return the handle and the task's result
     * @throws E what the task threw
     * @throws AlreadyExistsException if a namespace of that name exists (nothing is changed)
     * @throws IllegalArgumentException if the name is invalid (checked before any system call)
     * @throws NetlinkException naming the system call that failed, e.g. {@code mount}
     */
    public static <T, E extends Exception> Created<T> create(String name, Task<T, E> inside) throws E {
        validateName(name);
        Objects.requireNonNull(inside, "inside");
        String p = pathOf(name);
        prepareRunDir();
        try {
            Syscalls.createExclusive(p, 0);
        } catch (AlreadyExistsException e) {
            throw new AlreadyExistsException(e.errno(), "ip netns add", name,
                    "a namespace named \"" + name + "\" already exists", null);
        }
        boolean[] mounted = new boolean[1];
        try {
            T made = inThread(name, () -> {
                Syscalls.unshare(Syscalls.CLONE_NEWNET);
                Syscalls.mount(THREAD_SELF, p, "none", Syscalls.MS_BIND);
                mounted[0] = true;
                return inside.call();
            });
            try {
                return new Created<>(new NetNs(Syscalls.openReadOnly(p), name, p), made);
            } catch (RuntimeException | Error e) {
                closeAfterFailure(made, e);
                throw e;
            }
        } catch (Exception | Error e) {
            removeHalfMade(p, mounted[0], e);
            throw e;
        }
    }

    /**
     * Creates a named namespace that is deleted when the JVM exits, also on Ctrl-C or SIGTERM,
     * unless deleted before: {@code ip netns add NAME} now and {@code ip netns del NAME} at
     * exit, as {@link java.io.File#deleteOnExit} does for files (see {@link ExitCleanup}).
     * Creating and registering are one step with respect to exit: a namespace being created
     * while the JVM begins to exit is removed too, or not created. It is also written down in
     * the exit journal, so that a run after a SIGKILL can recognise it
     * ({@link #removeLeftovers}).
     *
     * @param name the name, as for {@link #create(String)}
     * @return a handle to it
     * @throws AlreadyExistsException if a namespace of that name exists
     * @throws IllegalStateException if the JVM is already exiting (nothing is created)
     */
    public static NetNs createDeletedOnExit(String name) {
        validateName(name);
        return ExitCleanup.creating("namespace " + name, () -> {
            Journal.OF_THIS_PROCESS.intent(name);
            NetNs ns;
            try {
                ns = create(name);
            } catch (RuntimeException | Error e) {
                Journal.OF_THIS_PROCESS.removed(name);
                throw e;
            }
            Journal.OF_THIS_PROCESS.made(name, ns.made());
            DELETED_ON_EXIT.put(name, ExitCleanup.register("ip netns del " + name,
                    () -> deleteIfExists(name)));
            return ns;
        });
    }

    /**
     * Removes the named namespaces that JVMs which are no longer running made with
     * {@link #createDeletedOnExit} and did not get to delete (killed by SIGKILL, or the
     * machine's power): those of the exit journal whose name still refers to the very
     * namespace that was made (same nsfs inode, made at the same time: inode numbers are
     * reused). A name that a JVM was creating when it died (killed after the namespace was made
     * and before it was written down) is removed if it is a half-made entry, or a namespace made
     * within {@value #INTENT_WINDOW_SECONDS} s of that JVM's decision to make it; a namespace of
     * that name made at another time is kept, as it is someone else's. What
     * {@code ip netns del NAME} would do for each.
     *
     * @return what was removed, e.g. {@code ip netns del r1   # left by process 4242}
     */
    public static List<String> removeLeftovers() {
        List<String> removed = new ArrayList<>();
        for (ExitJournal.Leftover l : ExitJournal.takeLeftovers()) {
            String name = l.name();
            String pid = l.process().substring(0, Math.max(0, l.process().indexOf('-')));
            try {
                validateName(name);
                if (!exists(name)) {
                    continue;
                }
                boolean ours;
                try (NetNs ns = open(name)) {
                    ours = l.made() != null ? ns.made().equals(l.made())
                            : madeJustAfter(ns.made().born(), l.intended());
                } catch (IllegalArgumentException halfMade) {
                    ours = true;
                }
                if (ours && deleteIfExists(name)) {
                    removed.add("ip netns del " + name + "   # left by process " + pid);
                }
            } catch (RuntimeException e) {
                // gone meanwhile, or not ours to judge: leave it
            }
        }
        return removed;
    }

    /** How long after its journal's intent line a namespace counts as that JVM's. */
    static final int INTENT_WINDOW_SECONDS = 30;

    // A namespace whose inode was made (ctime: the kernel's coarse wall clock, a tick behind at
    // most) between a killed JVM's intent and the window's end is the one it was making.
    static boolean madeJustAfter(long born, long intended) {
        return intended > 0 && born >= intended - 1_000_000_000L
                && born <= intended + INTENT_WINDOW_SECONDS * 1_000_000_000L;
    }

    // Which namespace this handle refers to, also among namespaces that came and went.
    private ExitJournal.Made made() {
        try (Lease held = lease()) {
            return new ExitJournal.Made(id, Syscalls.fileChangeTime(fd));
        }
    }

    // The exit hook's last act: with nothing left registered, no journal is needed.
    static void closeJournal() {
        if (DELETED_ON_EXIT.isEmpty()) {
            Journal.OF_THIS_PROCESS.close();
        }
    }

    /** This JVM's exit journal, made on first use. */
    private static final class Journal {
        static final ExitJournal OF_THIS_PROCESS = ExitJournal.ofThisProcess();

        private Journal() {
        }
    }

    // A namespace created to be deleted at exit and deleted now: nothing to do at exit.
    private static void deletedNow(String name) {
        ExitCleanup.Registration r = DELETED_ON_EXIT.remove(name);
        if (r != null) {
            r.forget();
            Journal.OF_THIS_PROCESS.removed(name);
        }
    }

    // Undoes create() after /run/netns/NAME was made; a failure to undo is added to the cause.
    // A task's result that the caller will never get: closed if it can be, its failure kept.
    private static void closeAfterFailure(Object made, Throwable failure) {
        if (made instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception closing) {
                failure.addSuppressed(closing);
            }
        }
    }

    private static void removeHalfMade(String path, boolean mounted, Throwable cause) {
        if (mounted) {
            try {
                Syscalls.umount2(path, Syscalls.MNT_DETACH);
            } catch (NetlinkException e) {
                cause.addSuppressed(e);
            }
        }
        try {
            Syscalls.unlink(path);
        } catch (NetlinkException e) {
            cause.addSuppressed(e);
        }
    }

    // What ip netns add does first: /run/netns must be a shared mount point, so a namespace
    // mounted in it is seen (and its unmount propagates) in other mount namespaces. If it is not
    // a mount point, making it shared fails with EINVAL: bind it onto itself, then retry. The
    // flock serialises this with other ip and jnetlink processes (and our own threads), as
    // concurrent self-binds would stack mounts on top of each other.
    private static void prepareRunDir() {
        Syscalls.mkdirIfMissing("/run", 0755);
        Syscalls.mkdirIfMissing(RUN_DIR, 0755);
        int lock = Syscalls.openReadOnly(RUN_DIR);
        try {
            Syscalls.lockExclusive(lock, RUN_DIR);
            try {
                Syscalls.mount("", RUN_DIR, "none", Syscalls.MS_SHARED | Syscalls.MS_REC);
            } catch (NetlinkException e) {
                if (e.errnoNumber() != Errno.EINVAL.number()) {
                    throw e;
                }
                Syscalls.mount(RUN_DIR, RUN_DIR, "none", Syscalls.MS_BIND | Syscalls.MS_REC);
                Syscalls.mount("", RUN_DIR, "none", Syscalls.MS_SHARED | Syscalls.MS_REC);
            }
        } finally {
            Syscalls.close(lock);
        }
    }

    /**
     * Deletes a named namespace. Equivalent to {@code ip netns del NAME}: unmounts
     * ({@code MNT_DETACH}) and removes {@code /run/netns/NAME}. The namespace itself ends when
     * no process, handle or socket uses it any more.
     *
     * @param name the name
     * @throws NotFoundException if there is no such namespace
     * @throws IllegalArgumentException if the name is invalid (checked before any system call)
     */
    public static void delete(String name) {
        if (!deleteIfExists(name)) {
            throw new NotFoundException(Errno.ENOENT, "ip netns del", name,
                    "no namespace named \"" + name + "\" in " + RUN_DIR, null);
        }
    }

    /**
     * Deletes a named namespace if it exists; see {@link #delete(String)}. Also removes a
     * half-made entry (a file in {@code /run/netns} with nothing mounted on it), as
     * {@code ip netns del} does.
     *
     * @param name the name
     * @return true if it existed
     * @throws IllegalArgumentException if the name is invalid (checked before any system call)
     */
    public static boolean deleteIfExists(String name) {
        validateName(name);
        String p = pathOf(name);
        boolean unmounted = false;
        try {
            Syscalls.umount2(p, Syscalls.MNT_DETACH);
            unmounted = true;
        } catch (NotFoundException e) {
            deletedNow(name);
            return false;
        } catch (NetlinkException e) {
            if (e.errnoNumber() != Errno.EINVAL.number()) { // EINVAL: not a mount point
                throw e;
            }
        }
        boolean removed;
        try {
            Syscalls.unlink(p);
            removed = true;
        } catch (NotFoundException e) {
            removed = unmounted; // removed by someone else between the two calls
        }
        deletedNow(name);
        return removed;
    }

    /**
     * Lists named namespaces. Equivalent to {@code ip netns list} (without the ids; see
     * {@code Rtnl.nsids()} for those): every entry of {@code /run/netns}.
     *
     * @return the names, sorted
     */
    public static List<String> list() {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of(RUN_DIR))) {
            for (Path p : dir) {
                out.add(p.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("ip netns list: cannot read " + RUN_DIR, e);
        }
        Collections.sort(out);
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether a named namespace exists. Equivalent to {@code ip netns list | grep -qx NAME}.
     *
     * @param name a namespace name
     * @return true if {@code /run/netns/NAME} exists
     * @throws IllegalArgumentException if the name is invalid (checked before any system call)
     */
    public static boolean exists(String name) {
        validateName(name);
        return Files.exists(Path.of(pathOf(name)));
    }

    /**
     * Checks a namespace name the way {@code ip netns} does (its {@code invalid_name}), before
     * anything is touched.
     *
     * @param name the name
     * @throws IllegalArgumentException saying what is wrong
     */
    public static void validateName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("namespace name must not be null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("namespace name must not be empty");
        }
        int nul = name.indexOf('\0');
        if (nul >= 0) {
            throw new IllegalArgumentException("namespace name must not contain NUL (at index "
                    + nul + ")");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("namespace name must not be \"" + name + "\"");
        }
        if (name.indexOf('/') >= 0) {
            throw new IllegalArgumentException("namespace name must not contain '/': \"" + name
                    + "\"");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("namespace name is " + bytes + " bytes, over the "
                    + MAX_NAME_BYTES + "-byte limit: \"" + name.substring(0, 20) + "...\"");
        }
    }

    // ---------------------------------------------------------------- using

    /**
     * A task to run inside a namespace; its checked exception type is inferred from the lambda.
     *
     * @param <T> result type
     * @param <E> exception type
     */
    @FunctionalInterface
    public interface Task<T, E extends Exception> {
        /**
         * @return the result
         * @throws E the task's failure
         */
        T call() throws E;
    }

    /**
     * An action to run inside a namespace.
     *
     * @param <E> exception type
     */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        /** @throws E the action's failure */
        void run() throws E;
    }

    /**
     * Runs a task inside this namespace on a dedicated platform thread and returns its result.
     * Equivalent to {@code ip netns exec NAME ...} for Java code.
     *
     * <p>The calling thread waits (uninterruptibly; an interrupt is kept for later) and never
     * changes namespace; the dedicated thread ends after the task. Threads the task starts
     * inherit the namespace and may outlive the call. Sockets the task opens stay in the
     * namespace and work from any thread afterwards.
     *
     * <p>Inside the task, do not hand work to shared threads: the common
     * {@code ForkJoinPool} (parallel streams, {@code CompletableFuture.supplyAsync}) and
     * virtual threads run on carrier threads that were never moved, so that work runs in the
     * namespace those threads are in, not this one. A pool thread the task creates for the
     * first time inherits this namespace and keeps it for life. The way to work in a
     * namespace from any thread, virtual ones included, is a socket opened in it
     * ({@code Rtnl.openIn(ns)}).
     *
     * @param task the task
     * @param <T> result type
     * @param <E> the task's exception type
     * @return the task's result
     * @throws E what the task threw
     * @throws IllegalStateException if this handle is closed
     * @throws NetlinkException if entering the namespace fails ({@code setns})
     */
    public <T, E extends Exception> T call(Task<T, E> task) throws E {
        Objects.requireNonNull(task, "task");
        acquire();
        try {
            return inThread(label(), () -> {
                Syscalls.setns(fd, Syscalls.CLONE_NEWNET, describe());
                return task.call();
            });
        } finally {
            release();
        }
    }

    /**
     * Runs a task inside each of several namespaces in turn, on one dedicated platform thread
     * that enters them one after the other and ends afterwards: what {@link #call} does for
     * each, without a thread per namespace (starting one took 0.2-0.5 ms on a quiet 2-CPU machine
     * and over 1 ms on a busy one, where opening a socket takes 0.03 ms). For short tasks that open sockets
     * in many namespaces; the same rules as for {@link #call} apply. Equivalent to
     * {@code for ns in ...; do ip netns exec $ns ...; done}.
     *
     * <p>If a task fails, the results made so far that are {@link AutoCloseable} are closed
     * and its failure is thrown: the caller gets all results or none.
     *
     * @param namespaces where, in order; every handle must be open
     * @param task the task, run once in each
     * @param <T> result type
     * @param <E> the task's exception type
     * @return the results, in the order of {@code namespaces}
     * @throws E what a task threw
     * @throws IllegalStateException if a handle is closed (before any task runs)
     * @throws NetlinkException if entering a namespace fails ({@code setns})
     */
    public static <T, E extends Exception> List<T> callInEach(List<NetNs> namespaces, Task<T, E> task) throws E {
        Objects.requireNonNull(task, "task");
        List<NetNs> held = new ArrayList<>(namespaces.size());
        try {
            for (NetNs ns : namespaces) {
                ns.acquire();
                held.add(ns);
            }
            return inThread("each", () -> {
                List<T> results = new ArrayList<>(held.size());
                try {
                    for (NetNs ns : held) {
                        Syscalls.setns(ns.fd, Syscalls.CLONE_NEWNET, ns.describe());
                        results.add(task.call());
                    }
                    return results;
                } catch (Exception | Error e) {
                    results.forEach(r -> closeAfterFailure(r, e));
                    throw e;
                }
            });
        } finally {
            held.forEach(NetNs::release);
        }
    }

    /**
     * Runs an action inside this namespace; see {@link #call}. Equivalent to
     * {@code ip netns exec NAME ...} for Java code.
     *
     * @param action the action
     * @param <E> its exception type
     * @throws E what the action threw
     */
    public <E extends Exception> void run(Action<E> action) throws E {
        Objects.requireNonNull(action, "action");
        call(() -> {
            action.run();
            return null;
        });
    }

    /**
     * The namespace's network sysctls, read and written from a thread that enters it (see
     * {@link Sysctls}). Equivalent to {@code ip netns exec NAME sysctl ...}.
     *
     * @return its sysctls; this handle must stay open while they are used
     */
    public Sysctls sysctls() {
        return Sysctls.of(this);
    }

    @SuppressWarnings("unchecked")
    private static <T, E extends Exception> T inThread(String label, Task<T, E> task) throws E {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                result[0] = task.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "jnetlink-netns-" + label + "-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable f = failure[0];
        if (f == null) {
            return (T) result[0];
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error err) {
            throw err;
        }
        throw (E) f;
    }

    /**
     * Keeps this handle's descriptor open until the lease is closed, also across a
     * {@link #close()} from another thread meanwhile (the descriptor is closed when the last
     * lease ends). The library holds one around every request that names the namespace by fd
     * ({@code IFLA_NET_NS_FD}, {@code NETNSA_FD}), so that a concurrent close can never let
     * the number be reused by another open file, and the request land in a namespace the
     * caller did not mean, between the moment it is written and the moment the kernel reads
     * it. No iproute2 equivalent: {@code ip} opens the namespace file for one request and
     * exits.
     *
     * @return the lease; closing it twice is harmless
     * @throws IllegalStateException if this handle is already closed
     */
    public Lease lease() {
        acquire();
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                release();
            }
        };
    }

    /**
     * Leases of several handles at once, ended together (as {@code ip link add ... netns A
     * type veth peer netns B} holds both files open while it sends).
     *
     * @param handles namespace handles; null entries are skipped
     * @return one lease for all of them
     * @throws IllegalStateException if one is closed (none stays leased then)
     */
    public static Lease leaseAll(Collection<NetNs> handles) {
        List<Lease> leases = new ArrayList<>();
        try {
            for (NetNs ns : handles) {
                if (ns != null) {
                    leases.add(ns.lease());
                }
            }
        } catch (RuntimeException e) {
            leases.forEach(Lease::close);
            throw e;
        }
        return () -> leases.forEach(Lease::close);
    }

    /** A hold on a handle's descriptor: see {@link #lease()}. */
    @FunctionalInterface
    public interface Lease extends AutoCloseable {
        /** Ends the hold. */
        @Override
        void close();
    }

    private void acquire() {
        while (true) {
            int r = refs.get();
            if (r == 0 || closed.get()) {
                throw new IllegalStateException("namespace handle " + describe() + " is closed");
            }
            if (refs.compareAndSet(r, r + 1)) {
                return;
            }
        }
    }

    private void release() {
        if (refs.decrementAndGet() == 0) {
            Syscalls.close(fd);
        }
    }

    // ---------------------------------------------------------------- identity

    /**
     * The descriptor, for requests that name a namespace by fd ({@code IFLA_NET_NS_FD},
     * {@code NETNSA_FD}). Valid until {@link #close()}; do not close it yourself.
     *
     * @return the file descriptor
     * @throws IllegalStateException if this handle is closed
     */
    public int fd() {
        if (closed.get()) {
            throw new IllegalStateException("namespace handle " + describe() + " is closed");
        }
        return fd;
    }

    /** @return the name of a namespace opened or created by name, else null */
    public String name() {
        return name;
    }

    /**
     * @return the path the handle was opened from ({@code /run/netns/NAME},
     *     {@code /proc/PID/ns/net}, ...), or null for an anonymous namespace
     */
    public String path() {
        return path;
    }

    /**
     * The namespace's identity: device and inode of its nsfs file. Equivalent to the inode
     * {@code readlink /proc/PID/ns/net} shows ({@code net:[4026532281]}).
     *
     * @return the identity
     */
    public NetNsId id() {
        return id;
    }

    /**
     * Whether both handles refer to the same namespace, however they were opened. Equivalent
     * to comparing {@code ip netns identify PID} with a name.
     *
     * @param other another handle
     * @return true if both refer to the same namespace
     */
    public boolean sameAs(NetNs other) {
        return id.equals(Objects.requireNonNull(other, "other").id);
    }

    /** @return true once {@link #close()} was called */
    public boolean isClosed() {
        return closed.get();
    }

    private String label() {
        return name != null ? name : Long.toString(id.inode());
    }

    /**
     * @return the name; for an unnamed namespace the path (or {@code anonymous}) and the
     *     identity, e.g. {@code /proc/42/ns/net net:[4026532281]}
     */
    public String describe() {
        return name != null ? name : (path != null ? path : "anonymous") + " " + id;
    }

    /**
     * Closes the descriptor (after any {@link #call} in progress ends). A named namespace is not
     * deleted; an anonymous one ends if nothing else uses it. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release();
        }
    }

    @Override
    public String toString() {
        return "NetNs[" + describe() + (closed.get() ? ", closed" : ", fd " + fd) + "]";
    }
}

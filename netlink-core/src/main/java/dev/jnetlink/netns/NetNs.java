package dev.jnetlink.netns;

import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.socket.Syscalls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
 * {@link #create(String)} does what {@code ip netns add NAME} does: makes {@code /run/netns} a
 * shared mount point, creates {@code /run/netns/NAME} and bind-mounts a new namespace onto it.
 * {@code ip netns list} and {@code ip netns exec NAME ...} see namespaces made here, and
 * {@link #open(String)} opens those made by {@code ip netns add}.
 *
 * <h2>Running code inside</h2>
 * {@code setns(2)} moves only the calling thread, so {@link #call} and {@link #run} start a
 * dedicated platform thread that enters the namespace, runs the task and ends; it never returns
 * to a pool, and the caller's thread never changes namespace. Threads started by the task
 * inherit the namespace. Sockets opened by the task (a netlink socket, a {@code ServerSocket},
 * a {@code DatagramChannel}) stay in the namespace for life and may be used from any thread
 * afterwards: that is how {@code Rtnl.openIn(ns)} works.
 *
 * <p>Requires CAP_SYS_ADMIN (root) for creating, deleting and entering namespaces.
 *
 * <p>Thread safety: a handle may be shared; {@link #close()} is idempotent.
 */
public final class NetNs implements AutoCloseable {
    /** Where {@code ip netns} keeps named namespaces. */
    public static final String RUN_DIR = "/run/netns";
    /** Longest name, as for a file name ({@code NAME_MAX}). */
    public static final int MAX_NAME_BYTES = 255;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int fd;
    private final String name;
    private final String path;
    private final NetNsId id;
    private final AtomicBoolean closed = new AtomicBoolean();

    private NetNs(int fd, String name, String path) {
        this.fd = fd;
        this.name = name;
        this.path = path;
        try {
            long[] st = Syscalls.fileId(fd);
            this.id = new NetNsId(st[0], st[1]);
        } catch (RuntimeException e) {
            Syscalls.close(fd);
            throw e;
        }
    }

    // ---------------------------------------------------------------- opening

    /**
     * Opens a named namespace.
     *
     * @param name as in {@code ip netns list}
     * @return a handle
     * @throws NotFoundException if there is no such namespace
     * @throws IllegalArgumentException if the name is not a valid namespace name
     */
    public static NetNs open(String name) {
        validateName(name);
        String p = RUN_DIR + "/" + name;
        try {
            return new NetNs(Syscalls.openReadOnly(p), name, p);
        } catch (NotFoundException e) {
            throw new NotFoundException(e.errno(), "open netns", name, null, null);
        }
    }

    /**
     * Opens the network namespace of a process, as Docker's tools do
     * ({@code /proc/PID/ns/net}).
     *
     * @param pid the process id
     * @return a handle
     * @throws NotFoundException if there is no such process
     */
    public static NetNs openPid(long pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive, got " + pid);
        }
        return openPath(Path.of("/proc", Long.toString(pid), "ns", "net"));
    }

    /**
     * Opens a namespace by any path that refers to one (a bind mount, {@code /proc/.../ns/net}).
     *
     * @param path the path
     * @return a handle
     * @throws NotFoundException if the path does not exist
     */
    public static NetNs openPath(Path path) {
        Objects.requireNonNull(path, "path");
        String p = path.toString();
        return new NetNs(Syscalls.openReadOnly(p), null, p);
    }

    /**
     * Opens the calling thread's current namespace ({@code /proc/thread-self/ns/net}; not
     * {@code /proc/self}, which is the main thread's in a multithreaded process).
     *
     * @return a handle
     */
    public static NetNs current() {
        return openPath(Path.of("/proc/thread-self/ns/net"));
    }

    // ---------------------------------------------------------------- creating and deleting

    /**
     * Creates a namespace with no name: it exists while a handle (or a process inside it)
     * does. For tests and tools that need a scratch namespace.
     *
     * @return a handle to the new namespace
     */
    public static NetNs createAnonymous() {
        return inNewThread("anonymous", () -> {
            Syscalls.unshare(Syscalls.CLONE_NEWNET);
            String self = "/proc/thread-self/ns/net";
            return new NetNs(Syscalls.openReadOnly(self), null, self);
        });
    }

    /**
     * Creates a named namespace, as {@code ip netns add NAME} does.
     *
     * @param name the name: 1 to 255 bytes, no {@code /} or NUL, not {@code .} or {@code ..}
     * @return a handle to it
     * @throws AlreadyExistsException if a namespace of that name exists (nothing is changed)
     * @throws IllegalArgumentException if the name is invalid (checked before any change)
     */
    public static NetNs create(String name) {
        validateName(name);
        prepareRunDir();
        String p = RUN_DIR + "/" + name;
        try {
            Syscalls.createExclusive(p, 0);
        } catch (AlreadyExistsException e) {
            throw new AlreadyExistsException(e.errno(), "ip netns add", name,
                    "a namespace named \"" + name + "\" already exists", null);
        }
        try {
            inNewThread(name, () -> {
                Syscalls.unshare(Syscalls.CLONE_NEWNET);
                Syscalls.mount("/proc/thread-self/ns/net", p, "none", Syscalls.MS_BIND);
                return null;
            });
            return new NetNs(Syscalls.openReadOnly(p), name, p);
        } catch (RuntimeException e) {
            try {
                Syscalls.umount2(p, Syscalls.MNT_DETACH);
            } catch (NetlinkException ignored) {
                // not mounted: the mount is what failed
            }
            try {
                Syscalls.unlink(p);
            } catch (NetlinkException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    // ip netns add: /run/netns must be a shared mount point, so a namespace mounted in it is
    // visible in other mount namespaces; bind it onto itself first if it is not a mount yet.
    private static void prepareRunDir() {
        Syscalls.mkdirIfMissing("/run", 0755);
        Syscalls.mkdirIfMissing(RUN_DIR, 0755);
        try {
            Syscalls.mount("", RUN_DIR, "none", Syscalls.MS_SHARED | Syscalls.MS_REC);
        } catch (NetlinkException e) {
            if (e.errnoNumber() != 22) {
                throw e;
            }
            Syscalls.mount(RUN_DIR, RUN_DIR, "none", Syscalls.MS_BIND | Syscalls.MS_REC);
            Syscalls.mount("", RUN_DIR, "none", Syscalls.MS_SHARED | Syscalls.MS_REC);
        }
    }

    /**
     * Deletes a named namespace, as {@code ip netns del NAME} does: unmounts and removes
     * {@code /run/netns/NAME}. The namespace itself ends when no process or handle uses it.
     *
     * @param name the name
     * @throws NotFoundException if there is no such namespace
     */
    public static void delete(String name) {
        if (!deleteIfExists(name)) {
            throw new NotFoundException(dev.jnetlink.socket.Errno.ENOENT, "ip netns del", name,
                    "no namespace named \"" + name + "\"", null);
        }
    }

    /**
     * Deletes a named namespace if it exists.
     *
     * @param name the name
     * @return true if it existed
     */
    public static boolean deleteIfExists(String name) {
        validateName(name);
        String p = RUN_DIR + "/" + name;
        if (!Files.exists(Path.of(p))) {
            return false;
        }
        try {
            Syscalls.umount2(p, Syscalls.MNT_DETACH);
        } catch (NetlinkException e) {
            if (e.errnoNumber() != 22 && e.errnoNumber() != 2) {
                throw e;
            }
        }
        try {
            Syscalls.unlink(p);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * Lists named namespaces, as {@code ip netns list} does.
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
            throw new java.io.UncheckedIOException("ip netns list: cannot read " + RUN_DIR, e);
        }
        Collections.sort(out);
        return Collections.unmodifiableList(out);
    }

    /**
     * @param name a namespace name
     * @return true if {@code /run/netns/NAME} exists
     */
    public static boolean exists(String name) {
        validateName(name);
        return Files.exists(Path.of(RUN_DIR, name));
    }

    /**
     * Checks a namespace name the way {@code ip netns} does, before anything is touched.
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
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("namespace name is " + bytes + " bytes, over the "
                    + MAX_NAME_BYTES + "-byte limit: \"" + name.substring(0, 20) + "...\"");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("namespace name must not be \"" + name + "\"");
        }
        if (name.indexOf('/') >= 0) {
            throw new IllegalArgumentException("namespace name must not contain '/': \"" + name + "\"");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("namespace name must not contain NUL");
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
     * The calling thread waits and never changes namespace; the dedicated thread ends after the
     * task. Threads the task starts inherit the namespace; sockets it opens stay in it.
     * Equivalent to {@code ip netns exec NAME ...} for Java code.
     *
     * @param task the task
     * @param <T> result type
     * @param <E> the task's exception type
     * @return the task's result
     * @throws E what the task threw
     */
    public <T, E extends Exception> T call(Task<T, E> task) throws E {
        Objects.requireNonNull(task, "task");
        ensureOpen();
        return inThread(label(), () -> {
            Syscalls.setns(fd, Syscalls.CLONE_NEWNET, describe());
            return task.call();
        });
    }

    /**
     * Runs an action inside this namespace; see {@link #call}.
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

    private static <T> T inNewThread(String label, Task<T, RuntimeException> task) {
        return inThread(label, task);
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

    // ---------------------------------------------------------------- identity

    /** @return the file descriptor; valid until {@link #close()} */
    public int fd() {
        ensureOpen();
        return fd;
    }

    /** @return the name for a named namespace opened or created by name, else null */
    public String name() {
        return name;
    }

    /** @return the path the handle was opened from */
    public String path() {
        return path;
    }

    /** @return the namespace's identity (device and inode of its nsfs file) */
    public NetNsId id() {
        return id;
    }

    /**
     * @param other another handle
     * @return true if both refer to the same namespace
     */
    public boolean sameAs(NetNs other) {
        return id.equals(other.id);
    }

    /** @return true once closed */
    public boolean isClosed() {
        return closed.get();
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("namespace handle " + describe() + " is closed");
        }
    }

    private String label() {
        return name != null ? name : Long.toString(id.inode());
    }

    /** @return the name, or the path and inode for an unnamed namespace */
    public String describe() {
        return name != null ? name : path + " [inode " + id.inode() + "]";
    }

    /** Closes the descriptor. A named namespace is not deleted. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            Syscalls.close(fd);
        }
    }

    @Override
    public String toString() {
        return "NetNs[" + describe() + (closed.get() ? ", closed" : ", fd " + fd) + "]";
    }
}

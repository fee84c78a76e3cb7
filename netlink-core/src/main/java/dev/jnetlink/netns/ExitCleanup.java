package dev.jnetlink.netns;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What a program made and wants gone when the JVM exits, also on Ctrl-C (SIGINT) and SIGTERM:
 * {@link java.io.File#deleteOnExit} for namespaces ({@link NetNs#createDeletedOnExit}), links
 * ({@code Links.addDeletedOnExit}) and anything else ({@link #register}). One shutdown hook,
 * installed on first use, removes what is still registered, the newest first.
 *
 * <p>Safe against creation at the same time: creating something that is removed at exit runs
 * under a gate the hook closes before it starts ({@link #creating}), so a namespace being
 * created while the JVM begins to exit is either finished and then removed, or not created
 * (the creating thread gets an {@link IllegalStateException}).
 *
 * <p>Named namespaces are also written down in a journal ({@code /run/jnetlink/exit}), so that
 * after a SIGKILL, which runs no hook, a later run can recognise and remove what was left:
 * {@link NetNs#removeLeftovers}.
 *
 * <p>No iproute2 equivalent: {@code ip} commands make nothing that outlives them by accident.
 */
public final class ExitCleanup {
    private static final ReentrantReadWriteLock GATE = new ReentrantReadWriteLock();
    private static final Deque<Registration> PENDING = new ArrayDeque<>();
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();
    private static volatile boolean exiting;

    private ExitCleanup() {
    }

    /** A removal to run at exit. */
    @FunctionalInterface
    public interface Removal {
        /** @throws Exception if it fails; reported to the listeners, and the others still run */
        void remove() throws Exception;
    }

    /** Told what the exit hook does, e.g. to print it. Called on the hook's thread. */
    public interface Listener {
        /** @param pending how many removals the hook is about to run (called only if any) */
        default void exiting(int pending) {
        }

        /** @param description what was removed, e.g. {@code ip netns del r1} */
        default void removed(String description) {
        }

        /**
         * @param description what could not be removed
         * @param failure why
         */
        default void failed(String description, Exception failure) {
        }
    }

    /** Something registered for removal at exit. */
    public static final class Registration {
        private final String description;
        private final Removal removal;
        private final Runnable release;
        private final AtomicBoolean done = new AtomicBoolean();

        private Registration(String description, Removal removal, Runnable release) {
            this.description = description;
            this.removal = removal;
            this.release = release;
        }

        /** @return what the removal does, e.g. {@code ip netns del r1} */
        public String description() {
            return description;
        }

        /**
         * Removes it now rather than at exit (at most once, whoever asks first: this call or
         * the exit hook).
         *
         * @return true if this call removed it, false if it was removed or forgotten before
         * @throws Exception what the removal threw
         */
        public boolean removeNow() throws Exception {
            if (!claim()) {
                return false;
            }
            try {
                removal.remove();
            } finally {
                release.run();
            }
            return true;
        }

        /** Keeps it: nothing is removed at exit (e.g. {@code --keep}). */
        public void forget() {
            if (claim()) {
                release.run();
            }
        }

        /** @return true once removed or forgotten */
        public boolean isDone() {
            return done.get();
        }

        private boolean claim() {
            if (!done.compareAndSet(false, true)) {
                return false;
            }
            synchronized (PENDING) {
                PENDING.remove(this);
            }
            return true;
        }
    }

    /**
     * Something to create and register for removal, as one step with respect to exit.
     *
     * @param <T> what is created
     */
    @FunctionalInterface
    public interface Creation<T> {
        /**
         * Creates it and returns it; register its removal from here ({@link #register}).
         *
         * @return what was created
         */
        T create();
    }

    /**
     * Runs a creation under the gate the exit hook closes before it removes anything: the
     * hook waits for a creation in progress (and then removes what it registered), and a
     * creation that starts once the JVM is exiting is refused.
     *
     * @param what what is being created, for the refusal
     * @param creation creates and registers
     * @param <T> what is created
     * @return what the creation returned
     * @throws IllegalStateException if the JVM is exiting (nothing is created)
     */
    public static <T> T creating(String what, Creation<T> creation) {
        installHook();
        GATE.readLock().lock();
        try {
            if (exiting) {
                throw new IllegalStateException("the JVM is exiting: " + what + " is not created");
            }
            return creation.create();
        } finally {
            GATE.readLock().unlock();
        }
    }

    /**
     * Registers a removal to run at exit unless it is removed or forgotten before. Register
     * from inside {@link #creating} for what was just created, or a signal between creating
     * and registering leaves it behind.
     *
     * @param description what the removal does, e.g. {@code ip link del veth0}
     * @param removal the removal
     * @return the registration
     */
    public static Registration register(String description, Removal removal) {
        return register(description, removal, () -> { });
    }

    /**
     * {@link #register(String, Removal)} with what to let go of once the registration ends
     * (removed or forgotten), e.g. a handle the removal would have needed.
     *
     * @param description what the removal does
     * @param removal the removal
     * @param release run once, when the removal has run or is forgotten
     * @return the registration
     */
    public static Registration register(String description, Removal removal, Runnable release) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(removal, "removal");
        Objects.requireNonNull(release, "release");
        installHook();
        Registration r = new Registration(description, removal, release);
        synchronized (PENDING) {
            PENDING.push(r);
        }
        return r;
    }

    /**
     * @param listener told what the exit hook removes (e.g. a program that prints it)
     */
    public static void listen(Listener listener) {
        LISTENERS.add(Objects.requireNonNull(listener, "listener"));
    }

    /** @param listener no longer told */
    public static void stopListening(Listener listener) {
        LISTENERS.remove(listener);
    }

    /** @return true once the JVM has begun to exit and the hook is removing what is registered */
    public static boolean isExiting() {
        return exiting;
    }

    private static void installHook() {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(ExitCleanup::atExit, "jnetlink-exit-cleanup"));
        }
    }

    // The hook: no creation is in progress once the gate is ours, and none starts after.
    private static void atExit() {
        exiting = true;
        GATE.writeLock().lock();
        List<Registration> todo;
        synchronized (PENDING) {
            todo = new ArrayList<>(PENDING);
        }
        if (!todo.isEmpty()) {
            LISTENERS.forEach(l -> l.exiting(todo.size()));
        }
        for (Registration r : todo) {
            try {
                if (r.removeNow()) {
                    LISTENERS.forEach(l -> l.removed(r.description()));
                }
            } catch (Exception e) {
                LISTENERS.forEach(l -> l.failed(r.description(), e));
            }
        }
        NetNs.closeJournal();
    }
}

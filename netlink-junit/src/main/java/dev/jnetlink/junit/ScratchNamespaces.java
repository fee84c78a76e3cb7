package dev.jnetlink.junit;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.socket.AlreadyExistsException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Namespaces a test creates and is sure to remove: anonymous ones end with their handle, named
 * ones ({@code jnl-PREFIX-xxxxxx}, unique on the machine) are deleted on {@link #close()}, also
 * when the test failed half-way.
 *
 * <p>Under {@link NetlinkTest} the extension injects one per test ({@code @Scratch
 * ScratchNamespaces scratch}) and closes it after the test; one a test creates itself (in
 * try-with-resources, or in {@code @BeforeEach} and closed in {@code @AfterEach}) is known to
 * the extension too: the state of its namespaces is reported when the test fails, and one left
 * open after the test is reported as a leak and closed.
 *
 * <p>Thread-safe: tests may create namespaces from several threads.
 */
public final class ScratchNamespaces implements AutoCloseable {
    /** Every name {@link #uniqueName} handed out in this JVM, to tell ours from other processes'. */
    private static final Set<String> GENERATED = ConcurrentHashMap.newKeySet();
    private static final String PREFIX = "jnl-";
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final Deque<NetNs> handles = new ArrayDeque<>();
    private final Deque<String> named = new ArrayDeque<>();
    private boolean closed;

    /**
     * An empty set of scratch namespaces. Created inside a test run by {@link NetlinkTest}, it
     * is registered with that test (see the class comment).
     */
    public ScratchNamespaces() {
        this(true);
    }

    ScratchNamespaces(boolean adopt) {
        if (adopt) {
            Scope.adoptIntoCurrent(this);
        }
    }

    /**
     * Creates a namespace with no name. Like {@code unshare --net}: {@code ip netns list} does
     * not show it.
     *
     * @return the new namespace, closed with this object
     */
    public synchronized NetNs anonymous() {
        requireOpen();
        NetNs ns = NetNs.createAnonymous();
        handles.push(ns);
        return ns;
    }

    /**
     * Creates a named namespace. Equivalent to {@code ip netns add jnl-PREFIX-xxxxxx}, so
     * {@code ip netns exec} and {@code ip -n} see it.
     *
     * @param prefix a readable prefix, e.g. {@code "r1"}
     * @return the new namespace, deleted with this object
     */
    public NetNs named(String prefix) {
        while (true) {
            String name = uniqueName(prefix);
            synchronized (this) {
                requireOpen();
                try {
                    NetNs ns = NetNs.create(name);
                    named.push(name);
                    handles.push(ns);
                    return ns;
                } catch (AlreadyExistsException taken) {
                    // another process chose the same six characters: draw again
                }
            }
        }
    }

    /**
     * A name no namespace on this machine has yet, for a test that creates the namespace itself
     * (with {@code NetNs.create} or {@code ip netns add}); register it with
     * {@link #deleteOnClose}. The leak check counts a namespace of this name left behind as the
     * test's.
     *
     * @param prefix a readable prefix
     * @return {@code jnl-PREFIX-xxxxxx}
     * @throws IllegalArgumentException if the prefix makes an invalid namespace name
     */
    public static String uniqueName(String prefix) {
        while (true) {
            StringBuilder sb = new StringBuilder(PREFIX).append(prefix).append('-');
            for (int i = 0; i < 6; i++) {
                sb.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
            }
            String name = sb.toString();
            NetNs.validateName(name);
            if (GENERATED.add(name) && !NetNs.exists(name)) {
                return name;
            }
        }
    }

    /**
     * @param name a namespace name
     * @return false if the name looks like one of jnetlink's scratch names but was not handed
     *     out in this JVM: another process's tests made it
     */
    static boolean couldBeOurs(String name) {
        return !name.startsWith(PREFIX) || GENERATED.contains(name);
    }

    /**
     * @param name a namespace name
     * @return true if {@link #uniqueName} handed it out in this JVM
     */
    static boolean generatedHere(String name) {
        return GENERATED.contains(name);
    }

    /**
     * Deletes a named namespace on close, if it exists then. Equivalent to
     * {@code ip netns del NAME} at the end of the test.
     *
     * @param name a namespace name
     */
    public synchronized void deleteOnClose(String name) {
        NetNs.validateName(name);
        requireOpen();
        named.push(name);
    }

    /** @return the handles of the namespaces still open, newest first */
    public synchronized List<NetNs> namespaces() {
        List<NetNs> open = new ArrayList<>();
        for (NetNs ns : handles) {
            if (!ns.isClosed()) {
                open.add(ns);
            }
        }
        return open;
    }

    /** @return true once {@link #close()} was called */
    public synchronized boolean isClosed() {
        return closed;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("these scratch namespaces are closed");
        }
    }

    /**
     * Closes every handle and deletes every named namespace ({@code ip netns del}), newest
     * first; goes on after a failure and throws the first one at the end. Idempotent.
     */
    @Override
    public synchronized void close() {
        closed = true;
        RuntimeException first = null;
        while (!handles.isEmpty()) {
            try {
                handles.pop().close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        while (!named.isEmpty()) {
            try {
                NetNs.deleteIfExists(named.pop());
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** @return the names of the namespaces this object will delete */
    synchronized List<String> names() {
        return List.copyOf(named);
    }
}

package dev.jnetlink.testing;

import dev.jnetlink.netns.NetNs;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Namespaces a test creates and is sure to remove: anonymous ones close with their handle,
 * named ones (unique names with a prefix) are deleted on {@link #close()}, also when the test
 * failed half-way. Use in try-with-resources or as a field closed in {@code @AfterEach}.
 */
public final class ScratchNamespaces implements AutoCloseable {
    private final Deque<NetNs> handles = new ArrayDeque<>();
    private final Deque<String> named = new ArrayDeque<>();

    /** @return a new anonymous namespace, closed with this object */
    public NetNs anonymous() {
        NetNs ns = NetNs.createAnonymous();
        handles.push(ns);
        return ns;
    }

    /**
     * @param prefix a readable prefix, e.g. {@code "r1"}
     * @return a new named namespace {@code jnl-PREFIX-xxxxxx}, deleted with this object
     */
    public NetNs named(String prefix) {
        String name = uniqueName(prefix);
        NetNs ns = NetNs.create(name);
        named.push(name);
        handles.push(ns);
        return ns;
    }

    /**
     * @param prefix a readable prefix
     * @return a name no namespace has, for tests that create it themselves (register it with
     *     {@link #deleteOnClose})
     */
    public static String uniqueName(String prefix) {
        return "jnl-" + prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36);
    }

    /** @param name a namespace name to delete on close, if it exists then */
    public void deleteOnClose(String name) {
        named.push(name);
    }

    @Override
    public void close() {
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
}

package dev.jnetlink.codec.link;

import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of {@link LinkKind}s, filled from {@link ServiceLoader} on first use and by
 * {@link #register}. Thread-safe.
 */
public final class LinkKinds {
    private static final Map<String, LinkKind> KINDS = new ConcurrentHashMap<>();

    static {
        ClassLoader[] loaders = {LinkKinds.class.getClassLoader(),
            Thread.currentThread().getContextClassLoader()};
        for (ClassLoader loader : loaders) {
            if (loader == null) {
                continue;
            }
            for (LinkKind k : ServiceLoader.load(LinkKind.class, loader)) {
                KINDS.putIfAbsent(k.name(), k);
            }
        }
    }

    private LinkKinds() {
    }

    /**
     * Adds or replaces a kind.
     *
     * @param kind the kind's codec
     */
    public static void register(LinkKind kind) {
        Objects.requireNonNull(kind, "kind");
        KINDS.put(kind.name(), kind);
    }

    /**
     * @param name the kind, e.g. {@code "bridge"}
     * @return its codec, or null if none is registered
     */
    public static LinkKind get(String name) {
        return name == null ? null : KINDS.get(name);
    }
}

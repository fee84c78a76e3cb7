package dev.jnetlink.codec.link;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of {@link LinkKind}s. Thread-safe. Kinds come from three places:
 * <ul>
 *   <li>{@link ServiceLoader} over this library's own class loader, on first use (the built-in
 *       kinds, and every kind on the class path: {@code netlink-bridge}'s);</li>
 *   <li>{@link ServiceLoader} over the context class loader of a thread that asks for a kind
 *       the registry does not have, once per loader: a plug-in host that sets its plug-in's
 *       loader as the context loader (as application servers do) needs nothing more;</li>
 *   <li>{@link #register} and {@link #loadFrom}, for a host that wants to say it.</li>
 * </ul>
 * A kind registered first keeps its name; {@link #register} replaces it. A kind found in a
 * plug-in's loader stays registered, and keeps that loader reachable, until
 * {@link #unregister}.
 */
public final class LinkKinds {
    private static final Map<String, LinkKind> KINDS = new ConcurrentHashMap<>();
    private static final Set<ClassLoader> SCANNED = Collections.newSetFromMap(new WeakHashMap<>());
    private static volatile WeakReference<ClassLoader> lastScanned = new WeakReference<>(null);

    static {
        loadFrom(LinkKinds.class.getClassLoader());
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
     * Removes a kind, for a host that unloads the plug-in that brought it.
     *
     * @param name the kind, e.g. {@code "bridge"}
     * @return the kind removed, or null if none was registered under that name
     */
    public static LinkKind unregister(String name) {
        return name == null ? null : KINDS.remove(name);
    }

    /**
     * Registers every kind a class loader lists in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}, keeping kinds already
     * registered under the same names. Each loader is read once.
     *
     * @param loader the plug-in's class loader
     */
    public static void loadFrom(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        synchronized (SCANNED) {
            if (!SCANNED.add(loader)) {
                return;
            }
        }
        for (LinkKind k : ServiceLoader.load(LinkKind.class, loader)) {
            KINDS.putIfAbsent(k.name(), k);
        }
    }

    /**
     * @param name the kind, e.g. {@code "bridge"}
     * @return its codec, or null if none is registered (nor listed by this thread's context
     *     class loader)
     */
    public static LinkKind get(String name) {
        if (name == null) {
            return null;
        }
        LinkKind k = KINDS.get(name);
        return k != null || !scanContextLoader() ? k : KINDS.get(name);
    }

    /** @return true if the context loader was read now (so the name may have come with it) */
    private static boolean scanContextLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context == null || context == lastScanned.get()) {
            return false;
        }
        loadFrom(context);
        lastScanned = new WeakReference<>(context);
        return true;
    }
}

package dev.jnetlink.codec.tc;

/**
 * The registries of {@link QdiscKind}s, {@link FilterKind}s and {@link ActionKind}s.
 * Thread-safe. Kinds come from {@link java.util.ServiceLoader} over this library's class
 * loader, over the context class loader of a thread asking for a kind not yet known (once per
 * loader), and from {@link #register}/{@link #loadFrom}, exactly as
 * {@link dev.jnetlink.codec.link.LinkKinds} finds link kinds. A kind no registry knows decodes
 * to {@link RawTcOptions}.
 */
public final class TcKinds {
    private static final KindRegistry<QdiscKind> QDISCS = new KindRegistry<>(QdiscKind.class, QdiscKind::name);
    private static final KindRegistry<FilterKind> FILTERS = new KindRegistry<>(FilterKind.class, FilterKind::name);
    private static final KindRegistry<ActionKind> ACTIONS = new KindRegistry<>(ActionKind.class, ActionKind::name);

    private TcKinds() {
    }

    /** @param kind a qdisc codec, added or replacing the one of the same name */
    public static void register(QdiscKind kind) {
        QDISCS.register(kind);
    }

    /** @param kind a filter codec, added or replacing the one of the same name */
    public static void register(FilterKind kind) {
        FILTERS.register(kind);
    }

    /** @param kind an action codec, added or replacing the one of the same name */
    public static void register(ActionKind kind) {
        ACTIONS.register(kind);
    }

    /**
     * Removes the qdisc, filter and action kinds of that name, for a host unloading the
     * plug-in that brought them.
     *
     * @param name the kind
     */
    public static void unregister(String name) {
        QDISCS.unregister(name);
        FILTERS.unregister(name);
        ACTIONS.unregister(name);
    }

    /**
     * Registers every kind a class loader lists in its {@code META-INF/services} files for
     * the three extension points, keeping kinds already registered. Each loader is read once.
     *
     * @param loader the plug-in's class loader
     */
    public static void loadFrom(ClassLoader loader) {
        QDISCS.loadFrom(loader);
        FILTERS.loadFrom(loader);
        ACTIONS.loadFrom(loader);
    }

    /** @param name e.g. {@code "htb"} @return its codec, or null */
    public static QdiscKind qdisc(String name) {
        return QDISCS.get(name);
    }

    /** @param name e.g. {@code "u32"} @return its codec, or null */
    public static FilterKind filter(String name) {
        return FILTERS.get(name);
    }

    /** @param name e.g. {@code "mirred"} @return its codec, or null */
    public static ActionKind action(String name) {
        return ACTIONS.get(name);
    }
}

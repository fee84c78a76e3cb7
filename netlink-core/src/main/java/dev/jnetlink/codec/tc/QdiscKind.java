package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.ValueCodec;

/**
 * A queueing discipline's codec: how its {@code TCA_OPTIONS} decode and encode, for the
 * qdisc and for its classes. This is the extension point for qdiscs, found with
 * {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.jnetlink.codec.tc.QdiscKind}) or added with
 * {@link TcKinds#register(QdiscKind)}; the built-in qdiscs use it the same way.
 */
public interface QdiscKind {
    /** @return the kind as {@code TCA_KIND} carries it, e.g. {@code "htb"} */
    String name();

    /** @return the codec of the qdisc's {@code TCA_OPTIONS}, or null if it has none */
    ValueCodec<? extends TcOptions> qdiscOptions();

    /** @return the codec of its classes' {@code TCA_OPTIONS}, or null */
    default ValueCodec<? extends TcOptions> classOptions() {
        return null;
    }

    /**
     * @return true if classes can be added under it with {@code RTM_NEWTCLASS}
     *     ({@code tc class add}): htb, hfsc, drr; false for classless qdiscs and for those
     *     whose classes are fixed (prio's bands)
     */
    default boolean acceptsClasses() {
        return false;
    }
}

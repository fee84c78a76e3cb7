package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.ValueCodec;

/**
 * A classifier's codec ({@code u32}, {@code matchall}, ...): how its {@code TCA_OPTIONS}
 * decode and encode. The extension point for filters, found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.jnetlink.codec.tc.FilterKind})
 * or added with {@link TcKinds#register(FilterKind)}.
 */
public interface FilterKind {
    /** @return the kind as {@code TCA_KIND} carries it, e.g. {@code "u32"} */
    String name();

    /** @return the codec of its {@code TCA_OPTIONS}, or null if it has none */
    ValueCodec<? extends TcOptions> options();
}

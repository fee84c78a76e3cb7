package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.ValueCodec;

/**
 * An action's codec ({@code mirred}, {@code gact}, ...): how its {@code TCA_ACT_OPTIONS}
 * decode and encode. The extension point for actions, found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.jnetlink.codec.tc.ActionKind})
 * or added with {@link TcKinds#register(ActionKind)}.
 */
public interface ActionKind {
    /** @return the kind as {@code TCA_ACT_KIND} carries it, e.g. {@code "mirred"} */
    String name();

    /** @return the codec of its {@code TCA_ACT_OPTIONS}, or null if it has none */
    ValueCodec<? extends TcOptions> options();
}

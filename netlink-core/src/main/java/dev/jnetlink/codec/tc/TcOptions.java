package dev.jnetlink.codec.tc;

/**
 * The decoded {@code TCA_OPTIONS} of a qdisc, class, filter or action: implemented by each
 * kind's options record ({@code HtbClassOptions}, {@code NetemOptions}, {@code U32Options},
 * ...), and by {@link RawTcOptions} for kinds no {@link QdiscKind}, {@link FilterKind} or
 * {@link ActionKind} is registered for.
 */
public interface TcOptions {
}

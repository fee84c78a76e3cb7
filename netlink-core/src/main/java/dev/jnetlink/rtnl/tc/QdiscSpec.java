package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;

/**
 * What follows {@code tc qdisc add dev DEV parent P handle H}: a qdisc kind and its options
 * ({@link Htb#qdisc()}, {@link Tbf}, {@link Netem}, {@link Fifo}, {@link Prio},
 * {@link Ingress}, {@link Hfsc#qdisc()}). Validated when built, before any request.
 */
public interface QdiscSpec {
    /** @return {@code TCA_KIND}, e.g. {@code "htb"} */
    String kind();

    /** @return the options to send, or null for a kind without options */
    TcOptions options();
}

/**
 * The built-in traffic control kinds: qdiscs ({@code htb}, {@code tbf}, {@code prio},
 * {@code pfifo}/{@code bfifo}, {@code ingress}/{@code clsact}, {@code netem}), the {@code u32}
 * classifier and the {@code mirred} action, each plugged in through
 * {@link dev.jnetlink.codec.tc.QdiscKind}, {@link dev.jnetlink.codec.tc.FilterKind} or
 * {@link dev.jnetlink.codec.tc.ActionKind} as a third party's would be.
 */
package dev.jnetlink.codec.tc.kind;

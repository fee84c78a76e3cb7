package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** fq's option attributes ({@code TCA_FQ_*} in {@code linux/pkt_sched.h}). */
public final class TcaFq {
    public static final int UNSPEC = 0;
    /** Packets that may queue ({@code limit}). */
    public static final int PLIMIT = 1;
    /** Packets that may queue per flow ({@code flow_limit}). */
    public static final int FLOW_PLIMIT = 2;
    /** Bytes dequeued from a flow per round ({@code quantum}). */
    public static final int QUANTUM = 3;
    /** A new flow's first quantum ({@code initial_quantum}). */
    public static final int INITIAL_QUANTUM = 4;
    /** 0 to turn pacing off ({@code nopacing}). */
    public static final int RATE_ENABLE = 5;
    /** Obsolete ({@code defrate}). */
    public static final int FLOW_DEFAULT_RATE = 6;
    /** Per-flow rate cap in bytes per second ({@code maxrate}). */
    public static final int FLOW_MAX_RATE = 7;
    /** log2 of the number of hash buckets ({@code buckets}). */
    public static final int BUCKETS_LOG = 8;
    /** Microseconds before an idle flow's credit is refilled ({@code refill_delay}). */
    public static final int FLOW_REFILL_DELAY = 9;
    /** Mask applied to hashes of packets without a socket ({@code orphan_mask}). */
    public static final int ORPHAN_MASK = 10;
    /** Flows under this rate in bytes per second get a delay per packet ({@code low_rate_threshold}). */
    public static final int LOW_RATE_THRESHOLD = 11;
    /** CE-marking threshold in microseconds ({@code ce_threshold}). */
    public static final int CE_THRESHOLD = 12;
    /** Timer slack in nanoseconds ({@code timer_slack}). */
    public static final int TIMER_SLACK = 13;
    /** Time horizon in microseconds ({@code horizon}). */
    public static final int HORIZON = 14;
    /** 1: drop packets beyond the horizon, 0: cap their time ({@code horizon_drop}). */
    public static final int HORIZON_DROP = 15;

    /** Names of the {@code TCA_FQ_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_FQ", TcaFq.class);

    private TcaFq() {
    }
}

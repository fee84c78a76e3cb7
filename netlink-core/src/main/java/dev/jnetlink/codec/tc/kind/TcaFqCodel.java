package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** fq_codel's option attributes ({@code TCA_FQ_CODEL_*} in {@code linux/pkt_sched.h}). */
public final class TcaFqCodel {
    public static final int UNSPEC = 0;
    /** Acceptable queue delay in microseconds ({@code target}). */
    public static final int TARGET = 1;
    /** Packets that may queue ({@code limit}). */
    public static final int LIMIT = 2;
    /** Width of the moving window in microseconds ({@code interval}). */
    public static final int INTERVAL = 3;
    /** 1: mark ECN-capable packets instead of dropping them. */
    public static final int ECN = 4;
    /** Number of flow queues ({@code flows}). */
    public static final int FLOWS = 5;
    /** Bytes dequeued from a flow per round ({@code quantum}). */
    public static final int QUANTUM = 6;
    /** CE-marking threshold in microseconds ({@code ce_threshold}). */
    public static final int CE_THRESHOLD = 7;
    /** Packets dropped at once when the limit is hit ({@code drop_batch}). */
    public static final int DROP_BATCH_SIZE = 8;
    /** Bytes the queues may hold ({@code memory_limit}). */
    public static final int MEMORY_LIMIT = 9;
    /** DS field value the CE threshold applies to. */
    public static final int CE_THRESHOLD_SELECTOR = 10;
    /** DS field mask of the selector. */
    public static final int CE_THRESHOLD_MASK = 11;

    /** Names of the {@code TCA_FQ_CODEL_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_FQ_CODEL", TcaFqCodel.class);

    private TcaFqCodel() {
    }
}

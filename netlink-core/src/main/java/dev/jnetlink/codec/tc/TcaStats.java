package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.AttributeSpace;

/** Statistics attribute types inside {@code TCA_STATS2} ({@code TCA_STATS_*} in {@code linux/gen_stats.h}). */
public final class TcaStats {
    public static final int UNSPEC = 0;
    /** {@code struct gnet_stats_basic}: bytes, packets. */
    public static final int BASIC = 1;
    /** {@code struct gnet_stats_rate_est}: bytes and packets per second. */
    public static final int RATE_EST = 2;
    /** {@code struct gnet_stats_queue}. */
    public static final int QUEUE = 3;
    /** The kind's own statistics ({@code xstats}). */
    public static final int APP = 4;
    /** {@code struct gnet_stats_rate_est64}. */
    public static final int RATE_EST64 = 5;
    public static final int PAD = 6;
    /** Hardware share of {@link #BASIC}. */
    public static final int BASIC_HW = 7;
    /** 64-bit packet count. */
    public static final int PKT64 = 8;

    /** Names of the {@code TCA_STATS_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_STATS", TcaStats.class);

    private TcaStats() {
    }
}

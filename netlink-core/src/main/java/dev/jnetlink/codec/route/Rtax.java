package dev.jnetlink.codec.route;

import dev.jnetlink.codec.AttributeSpace;

/** Route metric types ({@code RTAX_*}, nested in {@code RTA_METRICS}), through Linux 6.18. */
public final class Rtax {
    public static final int UNSPEC = 0;
    /** Bit mask of metrics locked against change by path MTU discovery and the like. */
    public static final int LOCK = 1;
    public static final int MTU = 2;
    public static final int WINDOW = 3;
    public static final int RTT = 4;
    public static final int RTTVAR = 5;
    public static final int SSTHRESH = 6;
    public static final int CWND = 7;
    public static final int ADVMSS = 8;
    public static final int REORDERING = 9;
    public static final int HOPLIMIT = 10;
    public static final int INITCWND = 11;
    public static final int FEATURES = 12;
    public static final int RTO_MIN = 13;
    public static final int INITRWND = 14;
    public static final int QUICKACK = 15;
    /** A string: the TCP congestion control algorithm ({@code congctl}). */
    public static final int CC_ALGO = 16;
    public static final int FASTOPEN_NO_COOKIE = 17;

    /** Names of the {@code RTAX_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("RTAX", Rtax.class);

    private Rtax() {
    }
}

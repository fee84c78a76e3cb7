package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** htb's option attributes ({@code TCA_HTB_*} in {@code linux/pkt_sched.h}). */
public final class TcaHtb {
    public static final int UNSPEC = 0;
    /** A class's {@code struct tc_htb_opt}. */
    public static final int PARMS = 1;
    /** The qdisc's {@code struct tc_htb_glob}. */
    public static final int INIT = 2;
    /** The ceil's rate table. */
    public static final int CTAB = 3;
    /** The rate's rate table. */
    public static final int RTAB = 4;
    public static final int DIRECT_QLEN = 5;
    /** The rate in bytes per second when it does not fit 32 bits. */
    public static final int RATE64 = 6;
    /** The ceil in bytes per second when it does not fit 32 bits. */
    public static final int CEIL64 = 7;
    public static final int PAD = 8;
    public static final int OFFLOAD = 9;

    /** Names of the {@code TCA_HTB_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_HTB", TcaHtb.class);

    private TcaHtb() {
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** tbf's option attributes ({@code TCA_TBF_*} in {@code linux/pkt_sched.h}). */
public final class TcaTbf {
    public static final int UNSPEC = 0;
    /** {@code struct tc_tbf_qopt}. */
    public static final int PARMS = 1;
    /** The rate table. */
    public static final int RTAB = 2;
    /** The peak rate table. */
    public static final int PTAB = 3;
    public static final int RATE64 = 4;
    public static final int PRATE64 = 5;
    /** The bucket size in bytes. */
    public static final int BURST = 6;
    /** The peak bucket size in bytes. */
    public static final int PBURST = 7;
    public static final int PAD = 8;

    /** Names of the {@code TCA_TBF_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_TBF", TcaTbf.class);

    private TcaTbf() {
    }
}

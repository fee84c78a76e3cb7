package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.AttributeSpace;

/** Traffic control attribute types ({@code TCA_*} in {@code linux/rtnetlink.h}, Linux 6.18). */
public final class Tca {
    public static final int UNSPEC = 0;
    /** The qdisc, class or filter kind ({@code htb}, {@code u32}, ...). */
    public static final int KIND = 1;
    /** The kind's options: chosen by {@link #KIND}. */
    public static final int OPTIONS = 2;
    /** {@code struct tc_stats}, the old statistics. */
    public static final int STATS = 3;
    /** The kind's extended statistics. */
    public static final int XSTATS = 4;
    public static final int RATE = 5;
    public static final int FCNT = 6;
    /** Statistics ({@code TCA_STATS_*}, {@link TcaStats}). */
    public static final int STATS2 = 7;
    /** Size table ({@code stab}). */
    public static final int STAB = 8;
    public static final int PAD = 9;
    public static final int DUMP_INVISIBLE = 10;
    /** The filter chain. */
    public static final int CHAIN = 11;
    /** 1 if offloaded to hardware. */
    public static final int HW_OFFLOAD = 12;
    public static final int INGRESS_BLOCK = 13;
    public static final int EGRESS_BLOCK = 14;
    public static final int DUMP_FLAGS = 15;
    public static final int EXT_WARN_MSG = 16;

    /** Names of the {@code TCA_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA", Tca.class)
            .withChild(STATS2, TcaStats.SPACE);

    private Tca() {
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** u32's option attributes ({@code TCA_U32_*} in {@code linux/pkt_cls.h}). */
public final class TcaU32 {
    public static final int UNSPEC = 0;
    /** The class matching packets go to ({@code flowid}/{@code classid}). */
    public static final int CLASSID = 1;
    /** The hash table and bucket the node is in ({@code ht}). */
    public static final int HASH = 2;
    /** The hash table to continue in ({@code link}). */
    public static final int LINK = 3;
    /** A hash table's number of buckets ({@code divisor}). */
    public static final int DIVISOR = 4;
    /** {@code struct tc_u32_sel} and its keys. */
    public static final int SEL = 5;
    public static final int POLICE = 6;
    /** The action list ({@code TCA_ACT_*} entries). */
    public static final int ACT = 7;
    /** The input device ({@code indev}). */
    public static final int INDEV = 8;
    /** Per-key hit counters. */
    public static final int PCNT = 9;
    /** {@code struct tc_u32_mark}. */
    public static final int MARK = 10;
    /** {@code TCA_CLS_FLAGS_*}. */
    public static final int FLAGS = 11;
    public static final int PAD = 12;

    /** Names of the {@code TCA_U32_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_U32", TcaU32.class);

    private TcaU32() {
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** matchall's option attributes ({@code TCA_MATCHALL_*} in {@code linux/pkt_cls.h}). */
public final class TcaMatchall {
    public static final int UNSPEC = 0;
    /** The class matching packets go to ({@code classid}). */
    public static final int CLASSID = 1;
    /** The action list. */
    public static final int ACT = 2;
    /** {@code TCA_CLS_FLAGS_*} ({@code skip_hw}, {@code skip_sw}). */
    public static final int FLAGS = 3;
    /** {@code struct tc_matchall_pcnt}: packets seen. */
    public static final int PCNT = 4;
    public static final int PAD = 5;

    /** Names of the {@code TCA_MATCHALL_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_MATCHALL", TcaMatchall.class);

    private TcaMatchall() {
    }
}

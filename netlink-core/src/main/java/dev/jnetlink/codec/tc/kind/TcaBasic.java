package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** basic's option attributes ({@code TCA_BASIC_*} in {@code linux/pkt_cls.h}). */
public final class TcaBasic {
    public static final int UNSPEC = 0;
    /** The class matching packets go to ({@code classid}). */
    public static final int CLASSID = 1;
    /** The extended match tree ({@code match EXPR}). */
    public static final int EMATCHES = 2;
    /** The action list. */
    public static final int ACT = 3;
    /** The old-style policer ({@code police}). */
    public static final int POLICE = 4;
    /** {@code struct tc_basic_pcnt}: packets seen and matched. */
    public static final int PCNT = 5;
    public static final int PAD = 6;

    /** Names of the {@code TCA_BASIC_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_BASIC", TcaBasic.class);

    private TcaBasic() {
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** mirred's option attributes ({@code TCA_MIRRED_*} in {@code linux/tc_act/tc_mirred.h}). */
public final class TcaMirred {
    public static final int UNSPEC = 0;
    /** {@code struct tcf_t}: install and use times. */
    public static final int TM = 1;
    /** {@code struct tc_mirred}. */
    public static final int PARMS = 2;
    public static final int PAD = 3;
    public static final int BLOCKID = 4;

    /** Names of the {@code TCA_MIRRED_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_MIRRED", TcaMirred.class);

    private TcaMirred() {
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** gact's option attributes ({@code TCA_GACT_*} in {@code linux/tc_act/tc_gact.h}). */
public final class TcaGact {
    public static final int UNSPEC = 0;
    /** {@code struct tcf_t}: install and use times. */
    public static final int TM = 1;
    /** {@code struct tc_gact}. */
    public static final int PARMS = 2;
    /** {@code struct tc_gact_p}: the random verdict. */
    public static final int PROB = 3;
    public static final int PAD = 4;

    /** Names of the {@code TCA_GACT_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_GACT", TcaGact.class);

    private TcaGact() {
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/**
 * netem's option attributes ({@code TCA_NETEM_*} in {@code linux/pkt_sched.h}, Linux 6.18).
 * They follow {@code struct tc_netem_qopt} inside {@code TCA_OPTIONS}, not nested in an
 * attribute of their own.
 */
public final class TcaNetem {
    public static final int UNSPEC = 0;
    /** {@code struct tc_netem_corr}. */
    public static final int CORR = 1;
    /** The delay distribution table (s16 values). */
    public static final int DELAY_DIST = 2;
    /** {@code struct tc_netem_reorder}. */
    public static final int REORDER = 3;
    /** {@code struct tc_netem_corrupt}. */
    public static final int CORRUPT = 4;
    /** The loss model, nested ({@code NETEM_LOSS_GI}, {@code NETEM_LOSS_GE}). */
    public static final int LOSS = 5;
    /** {@code struct tc_netem_rate}. */
    public static final int RATE = 6;
    /** 1: mark ECN-capable packets instead of dropping them. */
    public static final int ECN = 7;
    public static final int RATE64 = 8;
    public static final int PAD = 9;
    /** Latency in nanoseconds. */
    public static final int LATENCY64 = 10;
    /** Jitter in nanoseconds. */
    public static final int JITTER64 = 11;
    /** {@code struct tc_netem_slot}. */
    public static final int SLOT = 12;
    public static final int SLOT_DIST = 13;
    /** The loss PRNG's seed. */
    public static final int PRNG_SEED = 14;

    /** {@code NETEM_LOSS_*} inside {@link #LOSS}. */
    public static final class Loss {
        public static final int UNSPEC = 0;
        /** {@code struct tc_netem_gimodel}: the 4-state model. */
        public static final int GI = 1;
        /** {@code struct tc_netem_gemodel}: Gilbert-Elliott. */
        public static final int GE = 2;
        /** Names of the {@code NETEM_LOSS_*} attributes. */
        public static final AttributeSpace SPACE = AttributeSpace.of("NETEM_LOSS", Loss.class);

        private Loss() {
        }
    }

    /** Names of the {@code TCA_NETEM_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_NETEM", TcaNetem.class)
            .withChild(LOSS, Loss.SPACE);

    private TcaNetem() {
    }
}

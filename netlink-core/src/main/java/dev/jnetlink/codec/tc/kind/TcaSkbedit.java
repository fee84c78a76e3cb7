package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** skbedit's option attributes ({@code TCA_SKBEDIT_*} in {@code linux/tc_act/tc_skbedit.h}). */
public final class TcaSkbedit {
    public static final int UNSPEC = 0;
    /** {@code struct tcf_t}: install and use times. */
    public static final int TM = 1;
    /** {@code struct tc_skbedit}. */
    public static final int PARMS = 2;
    /** The packet's priority, a class handle ({@code priority 1:10}). */
    public static final int PRIORITY = 3;
    /** The transmit queue ({@code queue_mapping}), u16. */
    public static final int QUEUE_MAPPING = 4;
    /** The firewall mark ({@code mark}). */
    public static final int MARK = 5;
    public static final int PAD = 6;
    /** The packet type ({@code ptype}), u16. */
    public static final int PTYPE = 7;
    /** The mask of the mark ({@code mark M/MASK}). */
    public static final int MASK = 8;
    /** {@code SKBEDIT_F_*} flags with no value ({@code inheritdsfield}), u64. */
    public static final int FLAGS = 9;
    /** The last queue of a range, u16. */
    public static final int QUEUE_MAPPING_MAX = 10;

    /** Names of the {@code TCA_SKBEDIT_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_SKBEDIT", TcaSkbedit.class);

    private TcaSkbedit() {
    }
}

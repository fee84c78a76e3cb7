package dev.jnetlink.codec.tc;

/**
 * What an action tells the classifier to do next ({@code TC_ACT_*} in
 * {@code linux/pkt_cls.h}), as {@code tc} names it on the command line ({@code parse_action_control}
 * in iproute2's {@code tc_util.c}): {@code gact drop}, {@code police ... conform-exceed drop/pipe},
 * {@code skbedit ... pipe}.
 */
public enum ActionControl {
    /** {@code TC_ACT_UNSPEC} (-1): {@code continue}, go on with the next filter. */
    CONTINUE(-1, "continue"),
    /** {@code TC_ACT_OK} (0): {@code pass} or {@code ok}, end classification, accept. */
    PASS(0, "pass"),
    /** {@code TC_ACT_RECLASSIFY} (1): {@code reclassify}, classify again from the start. */
    RECLASSIFY(1, "reclassify"),
    /** {@code TC_ACT_SHOT} (2): {@code drop} or {@code shot}, drop the packet. */
    DROP(2, "drop"),
    /** {@code TC_ACT_PIPE} (3): {@code pipe}, go on with the next action. */
    PIPE(3, "pipe"),
    /** {@code TC_ACT_STOLEN} (4): {@code stolen}, the action consumed the packet. */
    STOLEN(4, "stolen"),
    /** {@code TC_ACT_TRAP} (8): {@code trap}, hand to the CPU (offloaded filters). */
    TRAP(8, "trap");

    private final int value;
    private final String tcName;

    ActionControl(int value, String tcName) {
        this.value = value;
        this.tcName = tcName;
    }

    /** @return the {@code TC_ACT_*} value as the kernel takes it */
    public int value() {
        return value;
    }

    /** @return the word {@code tc} reads and prints for it, e.g. {@code drop} */
    public String tcName() {
        return tcName;
    }

    /**
     * @param value a {@code TC_ACT_*} value
     * @return the control, or null for a value not listed here (jumps, {@code goto chain})
     */
    public static ActionControl of(int value) {
        for (ActionControl c : values()) {
            if (c.value == value) {
                return c;
            }
        }
        return null;
    }
}

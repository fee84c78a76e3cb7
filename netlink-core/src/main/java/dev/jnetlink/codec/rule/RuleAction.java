package dev.jnetlink.codec.rule;

/**
 * What a rule does when it matches ({@code FR_ACT_*}, {@code fib_rule_hdr.action}). An open
 * set: any value has a {@code RuleAction}.
 *
 * @param value 0 to 255
 */
public record RuleAction(int value) {
    /** {@code FR_ACT_UNSPEC} (0). */
    public static final RuleAction UNSPEC = new RuleAction(0);
    /** {@code FR_ACT_TO_TBL} (1): look the route up in a table ({@code lookup}). */
    public static final RuleAction TO_TABLE = new RuleAction(1);
    /** {@code FR_ACT_GOTO} (2): jump to another rule. */
    public static final RuleAction GOTO = new RuleAction(2);
    /** {@code FR_ACT_NOP} (3). */
    public static final RuleAction NOP = new RuleAction(3);
    /** {@code FR_ACT_BLACKHOLE} (6): drop silently. */
    public static final RuleAction BLACKHOLE = new RuleAction(6);
    /** {@code FR_ACT_UNREACHABLE} (7): drop with network unreachable. */
    public static final RuleAction UNREACHABLE = new RuleAction(7);
    /** {@code FR_ACT_PROHIBIT} (8): drop with administratively prohibited. */
    public static final RuleAction PROHIBIT = new RuleAction(8);

    /**
     * @param value 0 to 255
     * @throws IllegalArgumentException if out of range
     */
    public RuleAction {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("rule action must be 0 to 255, got " + value);
        }
    }

    /**
     * @param value an {@code FR_ACT_*} number
     * @return its action
     */
    public static RuleAction of(int value) {
        return value == 1 ? TO_TABLE : new RuleAction(value);
    }

    /** @return {@code lookup}, {@code goto}, {@code nop}, {@code blackhole}, ... or the number */
    public String name() {
        return switch (value) {
            case 0 -> "unspec";
            case 1 -> "lookup";
            case 2 -> "goto";
            case 3 -> "nop";
            case 6 -> "blackhole";
            case 7 -> "unreachable";
            case 8 -> "prohibit";
            default -> Integer.toString(value);
        };
    }

    @Override
    public String toString() {
        return name();
    }
}

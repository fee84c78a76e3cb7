package dev.jnetlink.bridge.codec;

/**
 * {@code IFLA_BR_MULTI_BOOLOPT} ({@code struct br_boolopt_multi}): on/off bridge options packed
 * in one bit field, with a mask saying which bits the value sets (in a request) or which
 * options the kernel knows (in a reply).
 *
 * @param value {@code optval}: bit {@code n} set means option {@code n} is on
 * @param mask {@code optmask}: the bits that count
 */
public record BoolOpts(int value, int mask) {
    /** Size on the wire. */
    public static final int SIZE = 8;
    /** {@code BR_BOOLOPT_NO_LL_LEARN}: do not learn from link-local frames. */
    public static final int NO_LL_LEARN = 0;
    /** {@code BR_BOOLOPT_MCAST_VLAN_SNOOPING}: per-VLAN multicast snooping. */
    public static final int MCAST_VLAN_SNOOPING = 1;
    /** {@code BR_BOOLOPT_MST_ENABLE}: multiple spanning trees. */
    public static final int MST_ENABLE = 2;

    /**
     * @param option an option number, e.g. {@link #NO_LL_LEARN}
     * @return true if the mask covers it and the value has it on
     */
    public boolean isOn(int option) {
        int bit = 1 << option;
        return (mask & bit) != 0 && (value & bit) != 0;
    }

    /**
     * @param option an option number
     * @param on its new state
     * @return a copy that also sets that option
     */
    public BoolOpts with(int option, boolean on) {
        int bit = 1 << option;
        return new BoolOpts(on ? value | bit : value & ~bit, mask | bit);
    }
}

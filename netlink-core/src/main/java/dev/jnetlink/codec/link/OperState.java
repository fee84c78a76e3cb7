package dev.jnetlink.codec.link;

/**
 * RFC 2863 operational state ({@code IF_OPER_*}, carried in {@code IFLA_OPERSTATE}), as
 * {@code ip link show} prints it after {@code state}.
 */
public enum OperState {
    /** {@code IF_OPER_UNKNOWN}: the driver does not track it (loopback, tun). */
    UNKNOWN,
    /** {@code IF_OPER_NOTPRESENT}. */
    NOTPRESENT,
    /** {@code IF_OPER_DOWN}. */
    DOWN,
    /** {@code IF_OPER_LOWERLAYERDOWN}: e.g. a VLAN whose parent is down. */
    LOWERLAYERDOWN,
    /** {@code IF_OPER_TESTING}. */
    TESTING,
    /** {@code IF_OPER_DORMANT}. */
    DORMANT,
    /** {@code IF_OPER_UP}. */
    UP;

    /**
     * @param value the kernel's number
     * @return the state; {@link #UNKNOWN} for numbers past the known ones
     */
    public static OperState of(int value) {
        OperState[] all = values();
        return value >= 0 && value < all.length ? all[value] : UNKNOWN;
    }
}

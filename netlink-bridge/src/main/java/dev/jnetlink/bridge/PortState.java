package dev.jnetlink.bridge;

/**
 * The spanning-tree state of a bridge port ({@code BR_STATE_*}; {@code bridge link set dev
 * PORT state N}). With the kernel's STP on, the kernel owns the state and refuses changes.
 */
public enum PortState {
    /** 0: the port is down or administratively disabled. */
    DISABLED,
    /** 1: STP is deciding; no learning, no forwarding. */
    LISTENING,
    /** 2: learning MACs, not forwarding yet. */
    LEARNING,
    /** 3: forwarding. */
    FORWARDING,
    /** 4: blocked by STP to break a loop. */
    BLOCKING;

    /** @return the {@code BR_STATE_*} value, 0 to 4 */
    public int value() {
        return ordinal();
    }

    /**
     * @param value a {@code BR_STATE_*} value
     * @return the state
     * @throws IllegalArgumentException if not 0 to 4
     */
    public static PortState of(int value) {
        if (value < 0 || value >= values().length) {
            throw new IllegalArgumentException("port state must be 0..4, got " + value);
        }
        return values()[value];
    }

    /** @return the name {@code bridge link show} prints, e.g. {@code forwarding} */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

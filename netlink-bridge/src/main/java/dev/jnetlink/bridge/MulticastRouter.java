package dev.jnetlink.bridge;

/**
 * Whether a bridge or a port is treated as having a multicast router behind it
 * ({@code mcast_router} of {@code ip link ... type bridge} and of {@code bridge link set}).
 */
public enum MulticastRouter {
    /** 0: never. */
    DISABLED,
    /** 1: learned from queries (the default). */
    TEMP_QUERY,
    /** 2: always. */
    PERMANENT,
    /** 3: temporarily, refreshed by queries (ports only). */
    TEMP;

    /** @return the value on the wire, 0 to 3 */
    public int value() {
        return ordinal();
    }
}

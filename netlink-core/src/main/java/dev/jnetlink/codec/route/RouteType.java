package dev.jnetlink.codec.route;

/**
 * A route type ({@code RTN_*}, {@code rtm_type}): what happens to packets that match. An open
 * set: any value has a {@code RouteType}.
 *
 * @param value the {@code RTN_*} number, 0 to 255
 */
public record RouteType(int value) {
    /** {@code RTN_UNSPEC} (0). */
    public static final RouteType UNSPEC = new RouteType(0);
    /** {@code RTN_UNICAST} (1): a gateway or direct route. */
    public static final RouteType UNICAST = new RouteType(1);
    /** {@code RTN_LOCAL} (2): the destination is this host. */
    public static final RouteType LOCAL = new RouteType(2);
    /** {@code RTN_BROADCAST} (3). */
    public static final RouteType BROADCAST = new RouteType(3);
    /** {@code RTN_ANYCAST} (4). */
    public static final RouteType ANYCAST = new RouteType(4);
    /** {@code RTN_MULTICAST} (5). */
    public static final RouteType MULTICAST = new RouteType(5);
    /** {@code RTN_BLACKHOLE} (6): drop silently. */
    public static final RouteType BLACKHOLE = new RouteType(6);
    /** {@code RTN_UNREACHABLE} (7): drop, answer host unreachable. */
    public static final RouteType UNREACHABLE = new RouteType(7);
    /** {@code RTN_PROHIBIT} (8): drop, answer administratively prohibited. */
    public static final RouteType PROHIBIT = new RouteType(8);
    /** {@code RTN_THROW} (9): continue the lookup in the next rule's table. */
    public static final RouteType THROW = new RouteType(9);
    /** {@code RTN_NAT} (10). */
    public static final RouteType NAT = new RouteType(10);
    /** {@code RTN_XRESOLVE} (11). */
    public static final RouteType XRESOLVE = new RouteType(11);

    private static final String[] NAMES = {"none", "unicast", "local", "broadcast", "anycast",
        "multicast", "blackhole", "unreachable", "prohibit", "throw", "nat", "xresolve"};

    /**
     * @param value 0 to 255
     * @throws IllegalArgumentException if out of range
     */
    public RouteType {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("route type must be 0 to 255, got " + value);
        }
    }

    /**
     * @param value an {@code RTN_*} number
     * @return its type
     */
    public static RouteType of(int value) {
        return value == 1 ? UNICAST : new RouteType(value);
    }

    /** @return true for the types that drop packets: blackhole, unreachable, prohibit */
    public boolean isReject() {
        return value == 6 || value == 7 || value == 8;
    }

    /** @return the name {@code ip route} prints ({@code unicast}, {@code blackhole}, ...) or the number */
    public String name() {
        return value < NAMES.length ? NAMES[value] : Integer.toString(value);
    }

    @Override
    public String toString() {
        return name();
    }
}

package dev.jnetlink.codec.link;

/** Device flags ({@code IFF_*} in {@code linux/if.h}) and their {@code ip link show} names. */
public final class LinkFlags {
    public static final int UP = 1;
    public static final int BROADCAST = 1 << 1;
    public static final int DEBUG = 1 << 2;
    public static final int LOOPBACK = 1 << 3;
    public static final int POINTOPOINT = 1 << 4;
    public static final int NOTRAILERS = 1 << 5;
    public static final int RUNNING = 1 << 6;
    public static final int NOARP = 1 << 7;
    public static final int PROMISC = 1 << 8;
    public static final int ALLMULTI = 1 << 9;
    public static final int MASTER = 1 << 10;
    public static final int SLAVE = 1 << 11;
    public static final int MULTICAST = 1 << 12;
    public static final int PORTSEL = 1 << 13;
    public static final int AUTOMEDIA = 1 << 14;
    public static final int DYNAMIC = 1 << 15;
    public static final int LOWER_UP = 1 << 16;
    public static final int DORMANT = 1 << 17;
    public static final int ECHO = 1 << 18;

    private static final String[] NAMES = {"UP", "BROADCAST", "DEBUG", "LOOPBACK",
        "POINTOPOINT", "NOTRAILERS", "RUNNING", "NOARP", "PROMISC", "ALLMULTI", "MASTER",
        "SLAVE", "MULTICAST", "PORTSEL", "AUTOMEDIA", "DYNAMIC", "LOWER_UP", "DORMANT", "ECHO"};
    // iproute2's print order (print_link_flags in ip/ipaddress.c and bridge/link.c); bits not
    // listed are printed last, in hex.
    private static final int[] IP_ORDER = {LOOPBACK, BROADCAST, POINTOPOINT, MULTICAST, NOARP,
        ALLMULTI, PROMISC, MASTER, SLAVE, DEBUG, DYNAMIC, AUTOMEDIA, PORTSEL, NOTRAILERS, UP,
        LOWER_UP, DORMANT, ECHO};

    private LinkFlags() {
    }

    /**
     * Formats flags as {@code ip link show} does, e.g. {@code BROADCAST,MULTICAST,UP,LOWER_UP}:
     * {@code NO-CARRIER} first for an up link that is not running, RUNNING never shown, unknown
     * bits last in hex.
     *
     * @param flags {@code IFF_*} bits
     * @return the names, comma-separated
     */
    public static String format(int flags) {
        return String.join(",", names(flags));
    }

    /**
     * @param flags {@code IFF_*} bits
     * @return the names {@code ip -j link show} lists under {@code "flags"}, in its order
     */
    public static java.util.List<String> names(int flags) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if ((flags & UP) != 0 && (flags & RUNNING) == 0) {
            out.add("NO-CARRIER");
        }
        int rest = flags & ~RUNNING;
        for (int bit : IP_ORDER) {
            if ((rest & bit) != 0) {
                out.add(NAMES[Integer.numberOfTrailingZeros(bit)]);
                rest &= ~bit;
            }
        }
        if (rest != 0) {
            out.add(Integer.toHexString(rest));
        }
        return out;
    }
}

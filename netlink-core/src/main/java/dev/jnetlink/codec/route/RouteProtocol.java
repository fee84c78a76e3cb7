package dev.jnetlink.codec.route;

/**
 * Who installed a route ({@code RTPROT_*}, {@code rtm_protocol}; also rules and neighbours).
 * The kernel interprets only values up to {@link #STATIC}; the rest are labels routing
 * daemons use. An open set: any value has a {@code RouteProtocol}.
 *
 * @param value 0 to 255
 */
public record RouteProtocol(int value) {
    /** {@code RTPROT_UNSPEC} (0). */
    public static final RouteProtocol UNSPEC = new RouteProtocol(0);
    /** {@code RTPROT_REDIRECT} (1): from an ICMP redirect. */
    public static final RouteProtocol REDIRECT = new RouteProtocol(1);
    /** {@code RTPROT_KERNEL} (2): added by the kernel (the prefix route of an address). */
    public static final RouteProtocol KERNEL = new RouteProtocol(2);
    /** {@code RTPROT_BOOT} (3): what {@code ip route add} uses unless told otherwise. */
    public static final RouteProtocol BOOT = new RouteProtocol(3);
    /** {@code RTPROT_STATIC} (4): set by an administrator, kept across daemon restarts. */
    public static final RouteProtocol STATIC = new RouteProtocol(4);
    /** {@code RTPROT_RA} (9): from an IPv6 router advertisement. */
    public static final RouteProtocol RA = new RouteProtocol(9);
    /** {@code RTPROT_DHCP} (16). */
    public static final RouteProtocol DHCP = new RouteProtocol(16);
    /** {@code RTPROT_BGP} (186). */
    public static final RouteProtocol BGP = new RouteProtocol(186);

    /**
     * @param value 0 to 255
     * @throws IllegalArgumentException if out of range
     */
    public RouteProtocol {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("protocol must be 0 to 255, got " + value);
        }
    }

    /**
     * @param value an {@code RTPROT_*} number
     * @return its protocol
     */
    public static RouteProtocol of(int value) {
        return switch (value) {
            case 2 -> KERNEL;
            case 3 -> BOOT;
            case 4 -> STATIC;
            default -> new RouteProtocol(value);
        };
    }

    /** @return the name iproute2's {@code rt_protos} gives ({@code kernel}, {@code boot}, ...) or the number */
    public String name() {
        return switch (value) {
            case 0 -> "unspec";
            case 1 -> "redirect";
            case 2 -> "kernel";
            case 3 -> "boot";
            case 4 -> "static";
            case 8 -> "gated";
            case 9 -> "ra";
            case 10 -> "mrt";
            case 11 -> "zebra";
            case 12 -> "bird";
            case 13 -> "dnrouted";
            case 14 -> "xorp";
            case 15 -> "ntk";
            case 16 -> "dhcp";
            case 18 -> "keepalived";
            case 42 -> "babel";
            case 99 -> "openr";
            case 186 -> "bgp";
            case 187 -> "isis";
            case 188 -> "ospf";
            case 189 -> "rip";
            case 192 -> "eigrp";
            default -> Integer.toString(value);
        };
    }

    @Override
    public String toString() {
        return name();
    }
}

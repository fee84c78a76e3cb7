package dev.jnetlink.codec.addr;

import java.net.Inet4Address;
import java.net.InetAddress;

/** Address families ({@code AF_*}) as rtnetlink headers carry them. */
public final class AddressFamily {
    /** {@code AF_UNSPEC}: every family (dumps), or "not said". */
    public static final int UNSPEC = 0;
    /** {@code AF_INET}: IPv4. */
    public static final int INET = 2;
    /** {@code AF_BRIDGE}: bridge FDB entries and port details. */
    public static final int BRIDGE = 7;
    /** {@code AF_INET6}: IPv6. */
    public static final int INET6 = 10;

    private AddressFamily() {
    }

    /**
     * @param address an address
     * @return {@link #INET} or {@link #INET6}
     */
    public static int of(InetAddress address) {
        return address instanceof Inet4Address ? INET : INET6;
    }

    /**
     * @param family {@link #INET} or {@link #INET6}
     * @return the longest prefix length of the family: 32 or 128
     * @throws IllegalArgumentException for another family
     */
    public static int bits(int family) {
        return switch (family) {
            case INET -> 32;
            case INET6 -> 128;
            default -> throw new IllegalArgumentException("not an IP family: " + family);
        };
    }

    /**
     * @param family an {@code AF_*} value
     * @return the name iproute2 prints: {@code inet}, {@code inet6}, {@code bridge}, or the number
     */
    public static String name(int family) {
        return switch (family) {
            case UNSPEC -> "unspec";
            case INET -> "inet";
            case INET6 -> "inet6";
            case BRIDGE -> "bridge";
            default -> Integer.toString(family);
        };
    }
}

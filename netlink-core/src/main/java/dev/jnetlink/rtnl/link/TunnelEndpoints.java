package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.addr.IpAddresses;
import java.net.Inet6Address;
import java.net.InetAddress;

/** The checks the tunnel specs share: endpoint families and option ranges. */
final class TunnelEndpoints {
    private TunnelEndpoints() {
    }

    /**
     * @param me the message's prefix, {@code "gre gre1: "}
     * @param role {@code remote} or {@code local}
     * @param address the endpoint, or null (any)
     * @param ipv6 whether the kind runs over IPv6
     * @param otherKind the kind to use for the other family, for the message
     * @throws IllegalArgumentException if the address is of the other family
     */
    static void requireFamily(String me, String role, InetAddress address, boolean ipv6,
            String otherKind) {
        if (address != null && (address instanceof Inet6Address) != ipv6) {
            throw new IllegalArgumentException(me + role + " " + IpAddresses.format(address)
                    + " is " + (ipv6 ? "IPv4" : "IPv6") + "; this kind runs over "
                    + (ipv6 ? "IPv6" : "IPv4") + " (use " + otherKind + ")");
        }
    }

    /**
     * @param me the message's prefix
     * @param what the option's name as {@code ip} spells it
     * @param value its value
     * @param max the largest value allowed
     * @throws IllegalArgumentException if outside 0..max
     */
    static void range(String me, String what, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(me + what + " " + value + " is outside 0.." + max);
        }
    }
}

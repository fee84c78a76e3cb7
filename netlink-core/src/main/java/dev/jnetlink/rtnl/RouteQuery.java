package dev.jnetlink.rtnl;

import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A route lookup for {@link Routes#get(RouteQuery)}: what {@code ip route get ADDRESS [from
 * ADDRESS] [iif DEV] [oif DEV] [mark N] [fibmatch]} asks the kernel. Immutable; each method
 * returns a changed copy.
 *
 * @param to the destination to look up
 * @param from the source address, or null
 * @param iif the input interface (as if the packet came in there), or null
 * @param oif the output interface to force, or null
 * @param mark the firewall mark, or null
 * @param fibMatch true to get the matching routing table entry ({@code fibmatch}) rather than
 *     the resolved result
 */
public record RouteQuery(InetAddress to, InetAddress from, String iif, String oif, Integer mark,
        boolean fibMatch) {
    /**
     * @param to destination
     * @param from source or null
     * @param iif input interface or null
     * @param oif output interface or null
     * @param mark mark or null
     * @param fibMatch fibmatch
     * @throws IllegalArgumentException if the source's family is not the destination's, or a name is bad
     */
    public RouteQuery {
        Objects.requireNonNull(to, "to");
        if (from != null && AddressFamily.of(from) != AddressFamily.of(to)) {
            throw new IllegalArgumentException("from " + IpAddresses.format(from)
                    + " is not of the family of " + IpAddresses.format(to));
        }
        if (iif != null) {
            InterfaceNames.validate(iif);
        }
        if (oif != null) {
            InterfaceNames.validate(oif);
        }
    }

    /**
     * @param address the destination
     * @return a lookup of it: {@code ip route get ADDRESS}
     */
    public static RouteQuery to(String address) {
        return new RouteQuery(IpAddresses.parse(address), null, null, null, null, false);
    }

    /**
     * @param address {@code from ADDRESS}
     * @return a copy with that source
     */
    public RouteQuery from(String address) {
        return new RouteQuery(to, IpAddresses.parse(address), iif, oif, mark, fibMatch);
    }

    /**
     * @param name {@code iif NAME}
     * @return a copy with that input interface
     */
    public RouteQuery iif(String name) {
        return new RouteQuery(to, from, name, oif, mark, fibMatch);
    }

    /**
     * @param name {@code oif NAME}
     * @return a copy with that output interface
     */
    public RouteQuery oif(String name) {
        return new RouteQuery(to, from, iif, name, mark, fibMatch);
    }

    /**
     * @param m {@code mark N}
     * @return a copy with that mark
     */
    public RouteQuery mark(int m) {
        return new RouteQuery(to, from, iif, oif, m, fibMatch);
    }

    /** @return a copy asking for the matching table entry ({@code fibmatch}) */
    public RouteQuery withFibMatch() {
        return new RouteQuery(to, from, iif, oif, mark, true);
    }
}

package dev.jnetlink.rtnl;

import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.route.RouteProtocol;
import dev.jnetlink.codec.route.RouteTable;
import dev.jnetlink.codec.route.RouteType;

/**
 * Which routes {@link Routes#list(RouteFilter)} returns. The kernel applies every part of it
 * (the engine sets {@code NETLINK_GET_STRICT_CHK}), so only matching routes cross the socket.
 * Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * routes.list(RouteFilter.main());                          // ip route show; ip -6 route show
 * routes.list(RouteFilter.allTables().ipv4());              // ip route show table all
 * routes.list(RouteFilter.main().dev("veth0").protocol(RouteProtocol.KERNEL));
 * }</pre>
 *
 * @param family {@link AddressFamily#INET}, {@link AddressFamily#INET6}, or
 *     {@link AddressFamily#UNSPEC} for both
 * @param table a table id, or {@link RouteTable#UNSPEC} for every table
 * @param protocol only routes installed by this protocol, or null
 * @param dev only routes through this interface, or null
 * @param type only routes of this type, or null
 */
public record RouteFilter(int family, int table, RouteProtocol protocol, String dev, RouteType type) {
    /**
     * @param family the family
     * @param table the table
     * @param protocol the protocol or null
     * @param dev the interface or null
     * @param type the type or null
     * @throws IllegalArgumentException for a family other than IPv4, IPv6 or both, or a bad name
     */
    public RouteFilter {
        if (family != AddressFamily.UNSPEC) {
            AddressFamily.bits(family);
        }
        if (dev != null) {
            InterfaceNames.validate(dev);
        }
    }

    /** @return the main table, both families: {@code ip route show} and {@code ip -6 route show} */
    public static RouteFilter main() {
        return new RouteFilter(AddressFamily.UNSPEC, RouteTable.MAIN, null, null, null);
    }

    /** @return every table, both families: {@code ip route show table all} for both */
    public static RouteFilter allTables() {
        return new RouteFilter(AddressFamily.UNSPEC, RouteTable.UNSPEC, null, null, null);
    }

    /** @return a copy for IPv4 only ({@code ip -4}) */
    public RouteFilter ipv4() {
        return new RouteFilter(AddressFamily.INET, table, protocol, dev, type);
    }

    /** @return a copy for IPv6 only ({@code ip -6}) */
    public RouteFilter ipv6() {
        return new RouteFilter(AddressFamily.INET6, table, protocol, dev, type);
    }

    /**
     * @param id a table id, {@link RouteTable#UNSPEC} for all ({@code table ID})
     * @return a copy for that table
     */
    public RouteFilter table(int id) {
        return new RouteFilter(family, id, protocol, dev, type);
    }

    /**
     * @param p the protocol ({@code proto P})
     * @return a copy for routes of that protocol
     */
    public RouteFilter protocol(RouteProtocol p) {
        return new RouteFilter(family, table, p, dev, type);
    }

    /**
     * @param name the interface ({@code dev NAME})
     * @return a copy for routes through it
     */
    public RouteFilter dev(String name) {
        return new RouteFilter(family, table, protocol, name, type);
    }

    /**
     * @param t the type ({@code type T}, e.g. {@code blackhole})
     * @return a copy for routes of that type
     */
    public RouteFilter type(RouteType t) {
        return new RouteFilter(family, table, protocol, dev, t);
    }
}

package dev.jnetlink.codec.route;

import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.addr.Scope;
import java.net.InetAddress;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Formats routes as {@code ip route show} prints them, and a routing table as
 * {@code route -n} prints it. The caller supplies interface names by index; unknown ones print
 * as {@code ifN}, as iproute2 does.
 */
public final class RouteFormat {
    private static final int USER_HZ = 100;

    private RouteFormat() {
    }

    /**
     * @param route the route
     * @param nameOf resolves an interface index to its name, or returns null
     * @return the route as {@code ip route show} prints it, without trailing blanks; a
     *     multipath route's next hops follow on lines starting {@code \tnexthop}
     */
    public static String format(Route route, IntFunction<String> nameOf) {
        RtMsg h = route.header();
        StringBuilder sb = new StringBuilder(96);
        if (h.type() != RouteType.UNICAST.value()) {
            sb.append(route.type().name()).append(' ');
        }
        int hostLength = route.family() == AddressFamily.INET ? 32 : 128;
        if (route.dst() != null) {
            sb.append(IpAddresses.format(route.dst()));
            if (h.dstLength() != hostLength) {
                sb.append('/').append(h.dstLength());
            }
        } else if (h.dstLength() != 0) {
            sb.append("0/").append(h.dstLength());
        } else {
            sb.append("default");
        }
        if (route.src() != null) {
            sb.append(" from ").append(IpAddresses.format(route.src()));
            if (h.srcLength() != hostLength) {
                sb.append('/').append(h.srcLength());
            }
        } else if (h.srcLength() != 0) {
            sb.append(" from 0/").append(h.srcLength());
        }
        if (route.nhId() != null) {
            sb.append(" nhid ").append(Integer.toUnsignedString(route.nhId()));
        }
        if (h.tos() != 0) {
            sb.append(" tos 0x").append(String.format("%02x", h.tos()));
        }
        if (route.gateway() != null) {
            sb.append(" via ").append(IpAddresses.format(route.gateway()));
        }
        if (route.oif() != null) {
            sb.append(" dev ").append(name(nameOf, route.oif()));
        }
        int table = route.tableId();
        if (table != 0 && table != RouteTable.MAIN) {
            sb.append(" table ").append(RouteTable.name(table));
        }
        if ((h.flags() & RouteFlags.CLONED) == 0) {
            if (h.protocol() != RouteProtocol.BOOT.value()) {
                sb.append(" proto ").append(route.protocol().name());
            }
            if (h.scope() != Scope.UNIVERSE.value()) {
                sb.append(" scope ").append(route.scope().name());
            }
        }
        if (route.prefsrc() != null) {
            sb.append(" src ").append(IpAddresses.format(route.prefsrc()));
        }
        if (route.priority() != null) {
            sb.append(" metric ").append(Integer.toUnsignedString(route.priority()));
        }
        for (String f : RouteFlags.names(h.flags())) {
            sb.append(' ').append(f);
        }
        if (route.mark() != null && route.mark() != 0) {
            sb.append(" mark 0x").append(Integer.toHexString(route.mark()));
        }
        if (route.uid() != null) {
            sb.append(" uid ").append(Integer.toUnsignedString(route.uid()));
        }
        RouteCacheInfo ci = route.cacheInfo();
        if (ci != null && (route.family() == AddressFamily.INET6
                || (h.flags() & RouteFlags.CLONED) != 0)) {
            if (ci.expires() != 0) {
                sb.append(" expires ").append(ci.expires() / USER_HZ).append("sec");
            }
            if (ci.error() != 0) {
                sb.append(" error ").append(ci.error());
            }
        }
        if (route.metrics() != null && !route.metrics().isEmpty()) {
            sb.append(' ').append(route.metrics());
        }
        if (route.iif() != null) {
            sb.append(" iif ").append(name(nameOf, route.iif()));
        }
        if (route.pref() != null) {
            sb.append(" pref ").append(prefName(route.pref()));
        }
        if (route.multipath() != null) {
            for (NextHop nh : route.multipath()) {
                sb.append("\n\tnexthop");
                if (nh.gateway() != null) {
                    sb.append(" via ").append(IpAddresses.format(nh.gateway()));
                }
                sb.append(" dev ").append(name(nameOf, nh.index()));
                sb.append(" weight ").append(nh.weight());
                for (String f : RouteFlags.names(nh.flags())) {
                    sb.append(' ').append(f);
                }
            }
        }
        return sb.toString();
    }

    /**
     * @param pref {@code RTA_PREF}
     * @return {@code low}, {@code medium}, {@code high}, or the number
     */
    public static String prefName(int pref) {
        return switch (pref) {
            case 0 -> "medium";
            case 1 -> "high";
            case 3 -> "low";
            default -> Integer.toString(pref);
        };
    }

    private static String name(IntFunction<String> nameOf, int index) {
        String n = nameOf.apply(index);
        return n != null ? n : "if" + index;
    }

    /**
     * Formats the main IPv4 table as {@code route -n} (net-tools) prints it from
     * {@code /proc/net/route}: routes of other families and tables, and broadcast and multicast
     * routes, are left out; a multipath route shows its first next hop.
     *
     * <pre>
     * Kernel IP routing table
     * Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
     * 0.0.0.0         192.168.100.254 0.0.0.0         UG    0      0        0 eth0
     * </pre>
     *
     * @param routes routes in kernel order (as a dump returns them)
     * @param nameOf resolves an interface index to its name, or returns null
     * @return the table, one line per route, each ending with a newline
     */
    public static String routeN(List<Route> routes, IntFunction<String> nameOf) {
        StringBuilder sb = new StringBuilder("Kernel IP routing table\n"
                + "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n");
        for (Route r : routes) {
            if (r.family() != AddressFamily.INET || r.tableId() != RouteTable.MAIN
                    || r.header().type() == RouteType.BROADCAST.value()
                    || r.header().type() == RouteType.MULTICAST.value()) {
                continue;
            }
            Prefix dst = r.destination();
            String mask = IpAddresses.format(netmask(dst.length()));
            String net = IpAddresses.format(dst.address());
            List<NextHop> hops = r.nextHops();
            NextHop first = hops.isEmpty() ? null : hops.get(0);
            InetAddress gw = first != null && first.gateway() != null
                    && AddressFamily.of(first.gateway()) == AddressFamily.INET ? first.gateway() : null;
            int metric = r.metric();
            if (r.type().value() == RouteType.UNREACHABLE.value()
                    || r.type().value() == RouteType.PROHIBIT.value()) {
                sb.append(String.format("%-15s -               %-15s %-5s %-6d -  %7d -\n", net, mask,
                        "!" + (dst.isHost() ? "H" : ""), metric, 0));
                continue;
            }
            String flags = "U" + (gw != null ? "G" : "") + (dst.isHost() ? "H" : "");
            String dev = first != null && first.index() != 0 ? name(nameOf, first.index()) : "*";
            sb.append(String.format("%-15s %-15s %-15s %-5s %-6d %-2d %7d %s\n", net,
                    gw != null ? IpAddresses.format(gw) : "0.0.0.0", mask, flags, metric, 0, 0, dev));
        }
        return sb.toString();
    }

    private static InetAddress netmask(int length) {
        int m = length == 0 ? 0 : -1 << (32 - length);
        return IpAddresses.of(new byte[] {(byte) (m >>> 24), (byte) (m >>> 16), (byte) (m >>> 8), (byte) m});
    }
}

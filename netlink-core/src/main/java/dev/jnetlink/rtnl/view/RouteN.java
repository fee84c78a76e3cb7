package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.route.NextHop;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteType;
import dev.jnetlink.rtnl.RouteFilter;
import dev.jnetlink.rtnl.Rtnl;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;

/**
 * {@code route -n} (net-tools): the main IPv4 table as the kernel lists it in
 * {@code /proc/net/route}, read here by a route dump. Broadcast and multicast routes are left
 * out, as the kernel does there; a multipath route shows its first next hop.
 *
 * <pre>
 * Kernel IP routing table
 * Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
 * 0.0.0.0         192.168.100.254 0.0.0.0         UG    0      0        0 eth0
 * </pre>
 */
public final class RouteN implements TextView {
    private static final String HEADER = "Kernel IP routing table\n"
            + "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n";

    private final Rtnl rtnl;

    private RouteN(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * Equivalent to {@code route -n} in the client's namespace.
     *
     * @param rtnl the client
     * @return the view
     */
    public static RouteN of(Rtnl rtnl) {
        return new RouteN(Objects.requireNonNull(rtnl, "rtnl"));
    }

    @Override
    public String command() {
        return "route -n";
    }

    @Override
    public String text() {
        return format(rtnl.routes().list(RouteFilter.main().ipv4()), LinkNames.of(rtnl));
    }

    /**
     * @param routes the main table's IPv4 routes, as a dump returned them
     * @param links the namespace's links
     * @return them as {@code route -n} prints them
     */
    static String format(List<Route> routes, LinkNames links) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (Route r : routes) {
            int type = r.header().type();
            if (r.family() != AddressFamily.INET || type == RouteType.BROADCAST.value()
                    || type == RouteType.MULTICAST.value()) {
                continue;
            }
            Prefix dst = r.destination();
            String net = IpAddresses.format(dst.address());
            String mask = IpAddresses.format(netmask(dst.length()));
            if (type == RouteType.UNREACHABLE.value() || type == RouteType.PROHIBIT.value()) {
                sb.append(String.format("%-15s -               %-15s %-5s %-6d -  %7d -\n", net, mask,
                        "!" + (dst.isHost() ? "H" : ""), r.metric(), 0));
                continue;
            }
            List<NextHop> hops = r.nextHops();
            NextHop first = hops.isEmpty() ? null : hops.get(0);
            InetAddress gw = first != null && first.gateway() != null
                    && AddressFamily.of(first.gateway()) == AddressFamily.INET ? first.gateway() : null;
            String flags = "U" + (gw != null || viaSetsGatewayFlag(first) ? "G" : "")
                    + (dst.isHost() ? "H" : "");
            String dev = first != null && first.index() != 0 ? links.name(first.index()) : "*";
            sb.append(String.format("%-15s %-15s %-15s %-5s %-6d %-2d %7d %s\n", net,
                    gw != null ? IpAddresses.format(gw) : "0.0.0.0", mask, flags, r.metric(), 0, 0, dev));
        }
        return sb.toString();
    }

    // /proc/net/route sets RTF_GATEWAY when the first 4 bytes of the next hop's gateway are
    // not zero (fib_flag_trans reads nhc_gw.ipv4), also for an IPv6 one (RTA_VIA), whose
    // Gateway column it leaves at 0.0.0.0.
    private static boolean viaSetsGatewayFlag(NextHop hop) {
        return hop != null && hop.via() != null && hop.via().address().length() >= 4
                && hop.via().address().getInt(0, ByteOrder.BIG_ENDIAN) != 0;
    }

    private static InetAddress netmask(int length) {
        int m = length == 0 ? 0 : -1 << (32 - length);
        return IpAddresses.of(new byte[] {(byte) (m >>> 24), (byte) (m >>> 16), (byte) (m >>> 8), (byte) m});
    }
}

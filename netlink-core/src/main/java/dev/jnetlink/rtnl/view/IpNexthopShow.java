package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.nexthop.NextHopGroupMember;
import dev.jnetlink.codec.nexthop.NextHopObject;
import dev.jnetlink.codec.nexthop.ResilientGroup;
import dev.jnetlink.codec.route.RouteFlags;
import dev.jnetlink.rtnl.Rtnl;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * {@code ip nexthop show}: one line per nexthop object, as iproute2 6.1's
 * {@code __print_nexthop_entry} prints it.
 *
 * <pre>{@code
 * System.out.print(IpNexthopShow.of(rtnl).text());
 * // id 1 via 10.1.0.2 dev veth0 scope link
 * // id 3 blackhole
 * // id 10 group 1/4,3
 * }</pre>
 */
public final class IpNexthopShow implements TextView {
    private static final int RT_SCOPE_UNIVERSE = 0;

    private final Rtnl rtnl;

    private IpNexthopShow(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * Equivalent to {@code ip nexthop show}.
     *
     * @param rtnl the client
     * @return the view
     */
    public static IpNexthopShow of(Rtnl rtnl) {
        return new IpNexthopShow(Objects.requireNonNull(rtnl, "rtnl"));
    }

    @Override
    public String command() {
        return "ip nexthop show";
    }

    @Override
    public String text() {
        return format(rtnl.nexthops().list(), LinkNames.of(rtnl));
    }

    /**
     * @param objects the objects, as a dump returned them
     * @param links the namespace's links
     * @return them as {@code ip nexthop show} prints them
     */
    static String format(List<NextHopObject> objects, LinkNames links) {
        StringBuilder out = new StringBuilder();
        for (NextHopObject o : objects) {
            entry(o, links, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void entry(NextHopObject o, LinkNames links, StringBuilder out) {
        out.append("id ").append(o.idValue()).append(' ');
        if (o.group() != null) {
            out.append("group ");
            List<NextHopGroupMember> members = o.group();
            for (int i = 0; i < members.size(); i++) {
                out.append(i == 0 ? "" : "/").append(members.get(i));
            }
            out.append(' ');
        }
        if (o.groupType() != null && o.groupType() != NextHopObject.MPATH) {
            out.append("type ").append(o.groupType() == NextHopObject.RESILIENT ? "resilient"
                    : "<unknown type>").append(' ');
        }
        if (o.resilient() != null) {
            ResilientGroup r = o.resilient();
            out.append("buckets ").append(unsigned(r.buckets())).append(' ');
            out.append("idle_timer ").append(seconds(unsigned(r.idleTimer()))).append(' ');
            out.append("unbalanced_timer ").append(seconds(unsigned(r.unbalancedTimer()))).append(' ');
            out.append("unbalanced_time ").append(seconds(r.unbalancedTime() == null ? 0 : r.unbalancedTime()))
                    .append(' ');
        }
        // (lightweight tunnel encapsulation, which ip prints here, is not modelled)
        if (o.gateway() != null) {
            out.append("via ").append(IpAddresses.format(o.gateway())).append(' ');
        }
        if (o.oif() != null && o.oif() != 0) {
            out.append("dev ").append(links.name(o.oif())).append(' ');
        }
        if (o.header().scope() != RT_SCOPE_UNIVERSE) {
            out.append("scope ").append(Iproute2.scopeName(o.header().scope())).append(' ');
        }
        if (o.isBlackhole()) {
            out.append("blackhole ");
        }
        if (o.header().protocol() != 0) {
            out.append("proto ").append(Iproute2.protocolName(o.header().protocol())).append(' ');
        }
        for (String f : RouteFlags.names(o.header().flags())) {
            out.append(f).append(' ');
        }
        if (o.isFdb()) {
            out.append("fdb");
        }
    }

    private static long unsigned(Integer v) {
        return v == null ? 0 : Integer.toUnsignedLong(v);
    }

    // print_tv's "%g" of clock ticks (USER_HZ 100) as seconds: 60, 0.5, 0
    private static String seconds(long ticks) {
        return BigDecimal.valueOf(ticks, 2).stripTrailingZeros().toPlainString();
    }
}

package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.route.NextHop;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteCacheInfo;
import dev.jnetlink.codec.route.RouteFlags;
import dev.jnetlink.codec.route.RouteMetrics;
import dev.jnetlink.codec.route.RouteTable;
import dev.jnetlink.codec.route.RouteType;
import dev.jnetlink.codec.route.RtMsg;
import dev.jnetlink.codec.route.Rtax;
import dev.jnetlink.rtnl.InterfaceNames;
import dev.jnetlink.rtnl.RouteFilter;
import dev.jnetlink.rtnl.Rtnl;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * {@code ip [-4|-6] route show [table ID|all] [dev NAME]}: one line per route, as iproute2 6.1's
 * {@code print_route} prints it (trailing blank included), a multipath route's next hops on
 * lines of their own. Without a table, the main table; without a family, IPv4, except for
 * {@code table all}, which shows both, as {@code ip} does.
 *
 * <pre>{@code
 * System.out.print(IpRouteShow.of(rtnl).text());
 * // default via 192.168.100.254 dev eth0
 * // 192.168.100.0/24 dev eth0 proto kernel scope link src 192.168.100.2
 * }</pre>
 */
public final class IpRouteShow implements TextView {
    private static final int USER_HZ = 100;
    static final int TABLE_ALL = 0;
    // mx_names in ip/iproute.c, by RTAX_* number.
    private static final String[] METRIC_NAMES = {null, null, "mtu", "window", "rtt", "rttvar",
        "ssthresh", "cwnd", "advmss", "reordering", "hoplimit", "initcwnd", "features", "rto_min",
        "initrwnd", "quickack", "congctl", "fastopen_no_cookie"};

    private final Rtnl rtnl;
    private final int family;
    private final int table;
    private final String dev;

    IpRouteShow(Rtnl rtnl, int family, int table, String dev) {
        this.rtnl = rtnl;
        this.family = family;
        this.table = table;
        this.dev = dev;
    }

    /**
     * Equivalent to {@code ip route show}: the main table, IPv4.
     *
     * @param rtnl the client
     * @return the view
     */
    public static IpRouteShow of(Rtnl rtnl) {
        return new IpRouteShow(Objects.requireNonNull(rtnl, "rtnl"), AddressFamily.UNSPEC,
                RouteTable.MAIN, null);
    }

    /** @return this view limited to IPv4: {@code ip -4 route show} */
    public IpRouteShow ipv4() {
        return new IpRouteShow(rtnl, AddressFamily.INET, table, dev);
    }

    /** @return this view limited to IPv6: {@code ip -6 route show} */
    public IpRouteShow ipv6() {
        return new IpRouteShow(rtnl, AddressFamily.INET6, table, dev);
    }

    /**
     * @param id a routing table id, not 0
     * @return this view of that table: {@code ip route show table ID} (the {@code table} column
     *     is then left out, as {@code ip} does)
     */
    public IpRouteShow table(int id) {
        if (id == TABLE_ALL) {
            throw new IllegalArgumentException("table 0 is no table; allTables() shows every one");
        }
        return new IpRouteShow(rtnl, family, id, dev);
    }

    /** @return this view of every table: {@code ip route show table all} */
    public IpRouteShow allTables() {
        return new IpRouteShow(rtnl, family, TABLE_ALL, dev);
    }

    /**
     * @param name an interface
     * @return this view limited to routes out of it: {@code ip route show dev NAME} (the
     *     {@code dev} column is then left out, as {@code ip} does)
     */
    public IpRouteShow dev(String name) {
        return new IpRouteShow(rtnl, family, table, InterfaceNames.validate(name));
    }

    // ip takes IPv4 unless told otherwise, except for "table all".
    private int effectiveFamily() {
        return family == AddressFamily.UNSPEC && table != TABLE_ALL ? AddressFamily.INET : family;
    }

    @Override
    public String command() {
        StringBuilder sb = new StringBuilder("ip ");
        if (family == AddressFamily.INET) {
            sb.append("-4 ");
        } else if (family == AddressFamily.INET6) {
            sb.append("-6 ");
        }
        sb.append("route show");
        if (table == TABLE_ALL) {
            sb.append(" table all");
        } else if (table != RouteTable.MAIN) {
            sb.append(" table ").append(Iproute2.tableName(table));
        }
        if (dev != null) {
            sb.append(" dev ").append(dev);
        }
        return sb.toString();
    }

    @Override
    public String text() {
        RouteFilter f = table == TABLE_ALL ? RouteFilter.allTables() : RouteFilter.main().table(table);
        int fam = effectiveFamily();
        if (fam == AddressFamily.INET) {
            f = f.ipv4();
        } else if (fam == AddressFamily.INET6) {
            f = f.ipv6();
        }
        if (dev != null) {
            f = f.dev(dev);
        }
        int oif = dev == null ? 0 : rtnl.links().indexOf(dev);
        return format(rtnl.routes().list(f), LinkNames.of(rtnl), oif);
    }

    /**
     * @param routes what the dump returned
     * @param links the namespace's links
     * @param oif the index of {@link #dev}, or 0
     * @return them as this command prints them
     */
    String format(List<Route> routes, LinkNames links, int oif) {
        StringBuilder out = new StringBuilder(routes.size() * 80);
        for (Route r : routes) {
            // ip's own filter after the kernel's: cloned routes, other tables, and with a
            // device, routes not out of it by RTA_OIF (a multipath route has none)
            if ((r.flags() & RouteFlags.CLONED) != 0 || table != TABLE_ALL && r.tableId() != table
                    || oif != 0 && (r.oif() == null || r.oif() != oif)) {
                continue;
            }
            route(r, links, out);
        }
        return out.toString();
    }

    private void route(Route r, LinkNames links, StringBuilder out) {
        RtMsg h = r.header();
        int hostLength = r.family() == AddressFamily.INET ? 32 : r.family() == AddressFamily.INET6 ? 128 : 0;
        if (h.type() != RouteType.UNICAST.value()) {
            out.append(r.type().name()).append(' ');
        }
        if (r.dst() != null) {
            out.append(IpAddresses.format(r.dst()));
            if (h.dstLength() != hostLength) {
                out.append('/').append(h.dstLength());
            }
            out.append(' ');
        } else if (h.dstLength() != 0) {
            out.append("0/").append(h.dstLength()).append("  ");
        } else {
            out.append("default ");
        }
        if (r.src() != null) {
            out.append("from ").append(IpAddresses.format(r.src()));
            if (h.srcLength() != hostLength) {
                out.append('/').append(h.srcLength());
            }
            out.append(' ');
        } else if (h.srcLength() != 0) {
            out.append("from 0/").append(h.srcLength()).append(' ');
        }
        if (r.nhId() != null) {
            out.append("nhid ").append(Integer.toUnsignedString(r.nhId())).append(' ');
        }
        if (h.tos() != 0) {
            out.append("tos ").append(Iproute2.dsfieldName(h.tos())).append(' ');
        }
        if (r.gateway() != null) {
            out.append("via ").append(IpAddresses.format(r.gateway())).append(' ');
        }
        if (r.via() != null) {
            out.append("via ").append(r.via()).append(' ');
        }
        if (r.oif() != null && dev == null) {
            out.append("dev ").append(links.name(r.oif())).append(' ');
        }
        int id = r.tableId();
        if (id != 0 && id != RouteTable.MAIN && table == TABLE_ALL) {
            out.append("table ").append(Iproute2.tableName(id)).append(' ');
        }
        if ((h.flags() & RouteFlags.CLONED) == 0) {
            if (h.protocol() != 3) { // RTPROT_BOOT
                out.append("proto ").append(Iproute2.protocolName(h.protocol())).append(' ');
            }
            if (h.scope() != 0) {
                out.append("scope ").append(Iproute2.scopeName(h.scope())).append(' ');
            }
        }
        if (r.prefsrc() != null) {
            out.append("src ").append(IpAddresses.format(r.prefsrc())).append(' ');
        }
        if (r.priority() != null) {
            out.append("metric ").append(Integer.toUnsignedString(r.priority())).append(' ');
        }
        flags(h.flags(), out);
        if (r.mark() != null && r.mark() != 0) {
            int mark = r.mark();
            out.append(Integer.compareUnsigned(mark, 16) >= 0
                    ? "mark 0x" + Integer.toHexString(mark) : "mark " + mark).append(' ');
        }
        if (r.flow() != null) {
            flow(r.flow(), out);
        }
        if (r.uid() != null) {
            out.append("uid ").append(Integer.toUnsignedString(r.uid())).append(' ');
        }
        // (cloned routes, which would print their cache flags here, are not shown)
        if (r.cacheInfo() != null
                && (r.family() == AddressFamily.INET || r.family() == AddressFamily.INET6)) {
            cacheInfo(r.cacheInfo(), out);
        }
        if (r.metrics() != null) {
            metrics(r.metrics(), out);
        }
        if (r.iif() != null) {
            out.append("iif ").append(links.name(r.iif())).append(' ');
        }
        if (r.pref() != null) {
            int p = r.pref();
            out.append(p == 0 ? "pref medium" : p == 1 ? "pref high" : p == 3 ? "pref low"
                    : Integer.toString(p));
        }
        if (r.ttlPropagate() != null) {
            out.append("ttl-propogate ").append(r.ttlPropagate() != 0 ? "enabled" : "disabled");
        }
        if (r.multipath() != null) {
            for (NextHop nh : r.multipath()) {
                out.append("\n\tnexthop ");
                if (nh.gateway() != null) {
                    out.append("via ").append(IpAddresses.format(nh.gateway())).append(' ');
                }
                if (nh.via() != null) {
                    out.append("via ").append(nh.via()).append(' ');
                }
                if (nh.flow() != null) {
                    flow(nh.flow(), out);
                }
                out.append("dev ").append(links.name(nh.index())).append(' ');
                out.append("weight ").append(nh.hops() + 1).append(' ');
                flags(nh.flags(), out);
            }
        }
        out.append('\n');
    }

    private static void flags(int flags, StringBuilder out) {
        for (String f : RouteFlags.names(flags)) {
            out.append(f).append(' ');
        }
    }

    private static void flow(int flow, StringBuilder out) {
        int from = flow >>> 16;
        int to = flow & 0xffff;
        out.append(from != 0 ? "realms " : "realm ");
        if (from != 0) {
            out.append(Iproute2.realmName(from)).append('/');
        }
        out.append(Iproute2.realmName(to)).append(' ');
    }

    private static void cacheInfo(RouteCacheInfo ci, StringBuilder out) {
        if (ci.expires() != 0) {
            out.append("expires ").append(ci.expires() / USER_HZ).append("sec ");
        }
        if (ci.error() != 0) {
            out.append("error ").append(Integer.toUnsignedString(ci.error())).append(' ');
        }
        if (ci.id() != 0) {
            out.append(String.format("ipid 0x%04x ", ci.id()));
        }
        if (ci.ts() != 0 || ci.tsage() != 0) {
            out.append("ts 0x").append(Integer.toHexString(ci.ts()))
               .append("tsage ").append(Integer.toUnsignedString(ci.tsage())).append("sec ");
        }
    }

    // print_rta_metrics: by RTAX number from 2, locked metrics marked, hoplimit -1 left out.
    private static void metrics(RouteMetrics m, StringBuilder out) {
        Object[] byRtax = {null, null, m.mtu(), m.window(), m.rtt(), m.rttvar(), m.ssthresh(),
            m.cwnd(), m.advmss(), m.reordering(), m.hoplimit(), m.initcwnd(), m.features(),
            m.rtoMin(), m.initrwnd(), m.quickack(), m.ccAlgo(), m.fastopenNoCookie()};
        int lock = m.lock() == null ? 0 : m.lock();
        for (int i = 2; i < byRtax.length; i++) {
            Object v = byRtax[i];
            boolean locked = (lock & (1 << i)) != 0;
            if (v == null && !locked) {
                continue;
            }
            int val = v instanceof Integer n ? n : 0;
            if (i == Rtax.HOPLIMIT && val == -1) {
                continue;
            }
            out.append(METRIC_NAMES[i]).append(' ');
            if (locked) {
                out.append("lock ");
            }
            if (i == Rtax.FEATURES) {
                features(val, out);
            } else if (i == Rtax.RTT || i == Rtax.RTTVAR || i == Rtax.RTO_MIN) {
                long ms = Integer.toUnsignedLong(val) / (i == Rtax.RTT ? 8 : i == Rtax.RTTVAR ? 4 : 1);
                out.append(ms >= 1000 ? gSeconds(ms) + "s " : ms + "ms ");
            } else if (i == Rtax.CC_ALGO) {
                out.append(v == null ? "" : v).append(' ');
            } else {
                out.append(Integer.toUnsignedString(val)).append(' ');
            }
        }
    }

    // C's %g of ms/1e3: up to six significant digits, no trailing zeros.
    private static String gSeconds(long ms) {
        return new BigDecimal(ms).movePointLeft(3).round(new MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }

    // print_rtax_features: "ecn" for RTAX_FEATURE_ECN; any other bit prints the whole value.
    private static void features(int features, StringBuilder out) {
        if ((features & 1) != 0) {
            out.append("ecn ");
        }
        if ((features & ~1) != 0) {
            out.append(Iproute2.hex(Integer.toUnsignedLong(features))).append(' ');
        }
    }
}

package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.addr.Scope;
import dev.jnetlink.codec.route.NextHop;
import dev.jnetlink.codec.route.RouteFlags;
import dev.jnetlink.codec.route.RouteMetrics;
import dev.jnetlink.codec.route.RouteProtocol;
import dev.jnetlink.codec.route.RouteTable;
import dev.jnetlink.codec.route.RouteType;
import dev.jnetlink.codec.route.RouteVia;
import dev.jnetlink.codec.route.Rta;
import dev.jnetlink.codec.route.RtMsg;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A route to add, replace, change, append or delete: what {@code ip route add PREFIX via
 * GATEWAY dev DEV ...} takes. Immutable; built and checked by {@link Builder#build()}, so a
 * bad value (prefix length, gateway of the wrong family, a gateway on a blackhole route) fails
 * before any request is sent.
 *
 * <pre>{@code
 * rtnl.routes().add(RouteSpec.defaultVia("192.168.100.254"));
 * rtnl.routes().add(RouteSpec.to("10.2.0.0/16").via("10.1.0.2").dev("veth0").metric(5).table(100));
 * rtnl.routes().add(RouteSpec.to("10.3.0.0/16")
 *         .nexthop(NextHopSpec.via("10.1.0.2").dev("veth0"))
 *         .nexthop(NextHopSpec.via("10.1.0.3").dev("veth0").weight(3)));
 * }</pre>
 */
public final class RouteSpec {
    private final int family;
    private final Prefix dst;
    private final RouteType type;
    private final int table;
    private final RouteProtocol protocol;
    private final Scope scope;
    private final Integer metric;
    private final InetAddress gateway;
    private final String dev;
    private final InetAddress prefsrc;
    private final boolean onlink;
    private final List<NextHopSpec> nexthops;
    private final RouteMetrics metrics;
    private final Integer nhid;

    private RouteSpec(Builder b, int family, int table) {
        this.family = family;
        this.dst = b.dst;
        this.type = b.type;
        this.table = table;
        this.protocol = b.protocol;
        this.scope = b.scope;
        this.metric = b.metric;
        this.gateway = b.gateway;
        this.dev = b.dev;
        this.prefsrc = b.prefsrc;
        this.onlink = b.onlink;
        this.nexthops = List.copyOf(b.nexthops);
        this.metrics = b.metrics;
        this.nhid = b.nhid;
    }

    /**
     * Starts a route to a destination: {@code ip route add PREFIX ...}.
     *
     * @param destination {@code ADDRESS/LENGTH} ({@code 10.2.0.0/16}), a bare address (a host
     *     route), or {@code default}
     * @return a builder
     * @throws IllegalArgumentException if the prefix is invalid
     */
    public static Builder to(String destination) {
        return new Builder(destination.equals("default") ? (Prefix) null : Prefix.parse(destination));
    }

    /**
     * @param destination the destination prefix
     * @return a builder
     */
    public static Builder to(Prefix destination) {
        return new Builder(Objects.requireNonNull(destination, "destination"));
    }

    /**
     * Starts a default route, whose family comes from its gateway (IPv4 if none is given):
     * {@code ip route add default ...}.
     *
     * @return a builder
     */
    public static Builder defaultRoute() {
        return new Builder((Prefix) null);
    }

    /**
     * The default route via a gateway: {@code ip route add default via GATEWAY}, what a
     * container's {@code route -n} shows as {@code 0.0.0.0 GATEWAY 0.0.0.0 UG}.
     *
     * @param gateway the gateway's address
     * @return a builder
     */
    public static Builder defaultVia(String gateway) {
        return defaultRoute().via(gateway);
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    /** @return {@link AddressFamily#INET} or {@link AddressFamily#INET6} */
    public int family() {
        return family;
    }

    /** @return the destination; {@code 0.0.0.0/0} or {@code ::/0} for a default route */
    public Prefix destination() {
        return dst != null ? dst : Prefix.any(family);
    }

    /** @return the type */
    public RouteType type() {
        return type;
    }

    /**
     * @return the table id: the one set, else {@link RouteTable#LOCAL} for local, broadcast,
     *     anycast and nat routes and {@link RouteTable#MAIN} for the rest, as {@code ip route} does
     */
    public int table() {
        return table;
    }

    /** @return the gateway, or null */
    public InetAddress gateway() {
        return gateway;
    }

    /** @return the output interface's name, or null */
    public String dev() {
        return dev;
    }

    /** @return the metric, or null for the kernel's default */
    public Integer metric() {
        return metric;
    }

    /** @return the nexthop object the route goes through ({@code nhid N}), or null */
    public Integer nhid() {
        return nhid;
    }

    /** @return the next hops of a multipath route, empty otherwise */
    public List<NextHopSpec> nexthops() {
        return nexthops;
    }

    /**
     * Checks that the route can be installed (not merely matched, as a delete may be): every
     * type but the reject types, {@code throw} and {@code nat} needs somewhere to go, a device,
     * a gateway or next hops. Without one the kernel answers only {@code ENODEV}.
     *
     * @throws IllegalArgumentException naming what is missing
     */
    public void requireNextHop() {
        RouteType t = type == null ? RouteType.UNICAST : type;
        boolean needsNone = t.isReject() || t.value() == RouteType.THROW.value()
                || t.value() == RouteType.NAT.value();
        if (!needsNone && dev == null && gateway == null && nexthops.isEmpty() && nhid == null) {
            throw new IllegalArgumentException((dst == null ? "the default route"
                    : "route " + dst) + " has nowhere to go: give a device (dev), a "
                    + "gateway (via), next hops or a nexthop object (nhid)");
        }
    }

    /** @return every interface name the route refers to, to resolve before writing */
    public Set<String> devices() {
        if (nexthops.isEmpty()) { // the usual route, one of many in a batch: no set to build
            return dev == null ? Set.of() : Set.of(dev);
        }
        Set<String> out = new LinkedHashSet<>();
        if (dev != null) {
            out.add(dev);
        }
        for (NextHopSpec nh : nexthops) {
            if (nh.dev() != null) {
                out.add(nh.dev());
            }
        }
        return out;
    }

    /**
     * Writes the request payload as {@code ip route add PREFIX table T metric M nhid N via GW
     * src S nexthop ... dev D mtu ...} does: {@code RTA_DST}, {@code RTA_TABLE} (past 255),
     * {@code RTA_PRIORITY}, {@code RTA_NH_ID}, {@code RTA_GATEWAY} (or {@code RTA_VIA}),
     * {@code RTA_PREFSRC}, {@code RTA_MULTIPATH}, {@code RTA_OIF}, {@code RTA_METRICS}.
     *
     * @param w the writer, after the netlink header
     * @param indexOf resolves the interface names of {@link #devices()}; must not send requests
     * @param delete true for {@code RTM_DELROUTE}: unset protocol, scope and type match any
     *     route, as {@code ip route del} sends them
     */
    public void write(MessageWriter w, ToIntFunction<String> indexOf, boolean delete) {
        int sc = scope != null ? scope.value() : delete ? Scope.NOWHERE.value() : defaultScope();
        int proto = protocol != null ? protocol.value() : delete ? 0 : RouteProtocol.BOOT.value();
        int ty = type != null ? type.value() : delete ? 0 : RouteType.UNICAST.value();
        boolean bigTable = Integer.compareUnsigned(table, 256) >= 0;
        new RtMsg(family, dst == null ? 0 : dst.length(), 0, 0, bigTable ? RouteTable.UNSPEC : table,
                proto, sc, ty, onlink ? RouteFlags.ONLINK : 0).write(w.buffer());
        if (dst != null) {
            w.putInet(Rta.DST, dst.address());
        }
        if (bigTable) {
            w.putU32(Rta.TABLE, table);
        }
        if (metric != null) {
            w.putU32(Rta.PRIORITY, metric);
        }
        if (nhid != null) {
            w.putU32(Rta.NH_ID, nhid);
        }
        if (gateway != null) {
            if (AddressFamily.of(gateway) == family) {
                w.putInet(Rta.GATEWAY, gateway);
            } else {
                RouteVia.CODEC.encode(w, Rta.VIA, RouteVia.of(gateway));
            }
        }
        if (prefsrc != null) {
            w.putInet(Rta.PREFSRC, prefsrc);
        }
        if (!nexthops.isEmpty()) {
            List<NextHop> hops = new ArrayList<>(nexthops.size());
            for (NextHopSpec nh : nexthops) {
                InetAddress gw = nh.gateway();
                boolean sameFamily = gw == null || AddressFamily.of(gw) == family;
                hops.add(NextHop.builder().flags(nh.isOnlink() ? RouteFlags.ONLINK : 0)
                        .hops(nh.weight() - 1).index(nh.dev() == null ? 0 : indexOf.applyAsInt(nh.dev()))
                        .gateway(sameFamily ? gw : null).via(sameFamily ? null : RouteVia.of(gw)).build());
            }
            NextHop.MULTIPATH.encode(w, Rta.MULTIPATH, hops);
        }
        if (dev != null) {
            w.putU32(Rta.OIF, indexOf.applyAsInt(dev));
        }
        if (metrics != null && !metrics.isEmpty()) {
            int m = w.beginNested(Rta.METRICS);
            RouteMetrics.CODEC.encode(w, metrics);
            w.endNested(m);
        }
    }

    private int defaultScope() {
        // As iproute2: host for local and nat routes, link for broadcast, multicast, anycast
        // and for unicast routes with no gateway (on-link subnets), universe otherwise.
        int t = type == null ? RouteType.UNICAST.value() : type.value();
        if (t == RouteType.LOCAL.value() || t == RouteType.NAT.value()) {
            return Scope.HOST.value();
        }
        if (t == RouteType.BROADCAST.value() || t == RouteType.MULTICAST.value()
                || t == RouteType.ANYCAST.value()) {
            return Scope.LINK.value();
        }
        if (t == RouteType.UNICAST.value() && gateway == null && nexthops.isEmpty() && nhid == null) {
            return Scope.LINK.value();
        }
        return Scope.UNIVERSE.value();
    }

    /**
     * @return the route as {@code ip route} arguments, e.g. {@code 10.2.0.0/16 via 10.1.0.2 dev
     *     veth0 table 100 metric 5}: how errors name it
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(64);
        if (type != null && type.value() != RouteType.UNICAST.value()) {
            sb.append(type.name()).append(' ');
        }
        sb.append(dst == null ? "default" : dst.isHost() ? IpAddresses.format(dst.address()) : dst.toString());
        if (gateway != null) {
            sb.append(" via ").append(AddressFamily.of(gateway) == family ? ""
                    : AddressFamily.name(AddressFamily.of(gateway)) + ' ').append(IpAddresses.format(gateway));
        }
        if (dev != null) {
            sb.append(" dev ").append(dev);
        }
        if (nhid != null) {
            sb.append(" nhid ").append(Integer.toUnsignedString(nhid));
        }
        if (table != RouteTable.MAIN) {
            sb.append(" table ").append(RouteTable.name(table));
        }
        if (metric != null) {
            sb.append(" metric ").append(Integer.toUnsignedString(metric));
        }
        for (NextHopSpec nh : nexthops) {
            sb.append(' ').append(nh);
        }
        return sb.toString();
    }

    /** Builds a {@link RouteSpec}. */
    public static final class Builder {
        private final Prefix dst;
        private RouteType type;
        private Integer table;
        private RouteProtocol protocol;
        private Scope scope;
        private Integer metric;
        private InetAddress gateway;
        private String dev;
        private InetAddress prefsrc;
        private boolean onlink;
        private final List<NextHopSpec> nexthops = new ArrayList<>();
        private RouteMetrics metrics;
        private Integer nhid;
        private Integer mtu;
        private Integer advmss;
        private Integer hoplimit;

        private Builder(Prefix dst) {
            this.dst = dst;
        }

        private Builder(RouteSpec s) {
            this.dst = s.dst;
            this.type = s.type;
            this.table = s.table;
            this.protocol = s.protocol;
            this.scope = s.scope;
            this.metric = s.metric;
            this.gateway = s.gateway;
            this.dev = s.dev;
            this.prefsrc = s.prefsrc;
            this.onlink = s.onlink;
            this.nexthops.addAll(s.nexthops);
            this.metrics = s.metrics;
            this.nhid = s.nhid;
        }

        /**
         * @param gateway {@code via GATEWAY}: an address of the route's family
         *     ({@code RTA_GATEWAY}), or an IPv6 address for an IPv4 route ({@code RTA_VIA}, as
         *     {@code ip route add 10.0.0.0/24 via inet6 fd00::2 dev eth0} sends it); the address
         *     may start with {@code inet6 } or {@code inet }, as {@code ip route} takes it
         * @return this builder
         * @throws IllegalArgumentException if it is not an address, or not of the family it names
         */
        public Builder via(String gateway) {
            this.gateway = parseGateway(gateway);
            return this;
        }

        /**
         * @param gateway {@code via GATEWAY}: of the route's family, or IPv6 for an IPv4 route
         *     ({@code via inet6 GATEWAY}, {@code RTA_VIA})
         * @return this builder
         */
        public Builder via(InetAddress gateway) {
            this.gateway = Objects.requireNonNull(gateway, "gateway");
            return this;
        }

        /**
         * @param dev {@code dev NAME}: the output interface
         * @return this builder
         */
        public Builder dev(String dev) {
            this.dev = InterfaceNames.validate(dev);
            return this;
        }

        /** @return this builder, with {@code onlink}: the gateway is on the link even if no prefix says so */
        public Builder onlink() {
            this.onlink = true;
            return this;
        }

        /**
         * @param source {@code src ADDRESS}: the preferred source address
         * @return this builder
         */
        public Builder src(String source) {
            this.prefsrc = IpAddresses.parse(source);
            return this;
        }

        /**
         * @param metric {@code metric N} (also called priority): lower wins
         * @return this builder
         */
        public Builder metric(int metric) {
            this.metric = metric;
            return this;
        }

        /**
         * @param table {@code table ID}: {@link RouteTable#MAIN} (the default; local for local,
         *     broadcast, anycast and nat routes),
         *     {@link RouteTable#LOCAL}, or any other id (unsigned 32 bits)
         * @return this builder
         */
        public Builder table(int table) {
            if (table == RouteTable.UNSPEC) {
                throw new IllegalArgumentException("table 0 is not a table (it means \"all\" in dumps)");
            }
            this.table = table;
            return this;
        }

        /**
         * @param scope {@code scope SCOPE}; by default link for routes without a gateway,
         *     host for local routes, global otherwise
         * @return this builder
         */
        public Builder scope(Scope scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        /**
         * @param protocol {@code proto P}; {@link RouteProtocol#BOOT} by default, as {@code ip route add}
         * @return this builder
         */
        public Builder protocol(RouteProtocol protocol) {
            this.protocol = Objects.requireNonNull(protocol, "protocol");
            return this;
        }

        /**
         * @param type the route type: {@link RouteType#UNICAST} (default),
         *     {@link RouteType#BLACKHOLE}, {@link RouteType#UNREACHABLE},
         *     {@link RouteType#PROHIBIT}, {@link RouteType#LOCAL}, ...
         * @return this builder
         */
        public Builder type(RouteType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Adds a next hop: several make a multipath (ECMP) route.
         *
         * @param nexthop {@code nexthop via GW dev DEV weight N}
         * @return this builder
         */
        public Builder nexthop(NextHopSpec nexthop) {
            nexthops.add(Objects.requireNonNull(nexthop, "nexthop"));
            return this;
        }

        /**
         * @param id {@code nhid N}: the route goes through this nexthop object or group
         *     ({@link NextHopObjects}) instead of a gateway, device or next hops of its own
         * @return this builder
         */
        public Builder nhid(int id) {
            if (id == 0) {
                throw new IllegalArgumentException("nhid 0 is not a nexthop id");
            }
            this.nhid = id;
            return this;
        }

        /**
         * @param bytes {@code mtu N}: the path MTU
         * @return this builder
         */
        public Builder mtu(int bytes) {
            this.mtu = positive("mtu", bytes);
            return this;
        }

        /**
         * @param bytes {@code advmss N}: the MSS advertised on TCP connections
         * @return this builder
         */
        public Builder advmss(int bytes) {
            this.advmss = positive("advmss", bytes);
            return this;
        }

        /**
         * @param hops {@code hoplimit N}: the TTL/hop limit of packets, 1 to 255
         * @return this builder
         */
        public Builder hoplimit(int hops) {
            if (hops < 1 || hops > 255) {
                throw new IllegalArgumentException("hoplimit must be 1 to 255, got " + hops);
            }
            this.hoplimit = hops;
            return this;
        }

        /**
         * @param all every metric at once ({@code RTA_METRICS}); replaces mtu, advmss, hoplimit
         * @return this builder
         */
        public Builder metrics(RouteMetrics all) {
            this.metrics = Objects.requireNonNull(all, "metrics");
            this.mtu = null;
            this.advmss = null;
            this.hoplimit = null;
            return this;
        }

        static InetAddress parseGateway(String gateway) {
            String[] words = gateway.trim().split("\\s+");
            if (words.length == 2 && (words[0].equals("inet") || words[0].equals("inet6"))) {
                InetAddress a = IpAddresses.parse(words[1]);
                int named = words[0].equals("inet") ? AddressFamily.INET : AddressFamily.INET6;
                if (AddressFamily.of(a) != named) {
                    throw new IllegalArgumentException("gateway \"" + gateway + "\": " + words[1]
                            + " is not an " + words[0] + " address");
                }
                return a;
            }
            return IpAddresses.parse(gateway);
        }

        private static int positive(String what, int v) {
            if (v <= 0) {
                throw new IllegalArgumentException(what + " must be positive, got " + v);
            }
            return v;
        }

        /**
         * @return the spec
         * @throws IllegalArgumentException if the values do not fit together: a gateway,
         *     source or next hop of another family than the destination, host bits set in an
         *     IPv4 destination, a gateway or device on a route type that drops packets, a
         *     gateway beside next hops
         */
        public RouteSpec build() {
            int family = familyOf();
            // Named only when a check fails: building the words for every spec costs a bulk
            // install (W3) a string per route.
            Supplier<String> what = () -> dst == null ? "the default route" : "route " + dst;
            requireGatewayFamily(family, gateway, "gateway", what);
            requireFamily(family, prefsrc, "src", what);
            for (NextHopSpec nh : nexthops) {
                requireGatewayFamily(family, nh.gateway(), "next hop gateway", what);
            }
            if (dst != null && family == AddressFamily.INET && dst.hasHostBits()) {
                throw new IllegalArgumentException(what.get() + " has bits set past its prefix length: "
                        + "the network is " + dst.network());
            }
            if (!nexthops.isEmpty() && (gateway != null || dev != null || onlink)) {
                throw new IllegalArgumentException(what.get() + ": give the gateway, device and onlink of "
                        + "a multipath route in each next hop, not beside them");
            }
            if (nhid != null && (gateway != null || dev != null || !nexthops.isEmpty())) {
                throw new IllegalArgumentException(what.get() + ": a route through nexthop object "
                        + Integer.toUnsignedString(nhid) + " takes no gateway, device or next hops of its own");
            }
            RouteType t = type == null ? RouteType.UNICAST : type;
            if ((t.isReject() || t.value() == RouteType.THROW.value())
                    && (gateway != null || dev != null || !nexthops.isEmpty())) {
                throw new IllegalArgumentException(what.get() + " is " + t.name() + ": gateway, device "
                        + "and multipath can not be specified for this route type");
            }
            if (mtu != null || advmss != null || hoplimit != null) {
                RouteMetrics base = metrics == null ? RouteMetrics.NONE : metrics;
                metrics = base.toBuilder()
                        .mtu(mtu != null ? mtu : base.mtu())
                        .advmss(advmss != null ? advmss : base.advmss())
                        .hoplimit(hoplimit != null ? hoplimit : base.hoplimit())
                        .build();
                mtu = null;
                advmss = null;
                hoplimit = null;
            }
            int v = t.value();
            int tableId = table != null ? table : v == RouteType.LOCAL.value() || v == RouteType.BROADCAST.value()
                    || v == RouteType.ANYCAST.value() || v == RouteType.NAT.value() ? RouteTable.LOCAL : RouteTable.MAIN;
            return new RouteSpec(this, family, tableId);
        }

        private int familyOf() {
            if (dst != null) {
                return dst.family();
            }
            if (gateway != null) {
                return AddressFamily.of(gateway);
            }
            if (prefsrc != null) {
                return AddressFamily.of(prefsrc);
            }
            for (NextHopSpec nh : nexthops) {
                if (nh.gateway() != null) {
                    return AddressFamily.of(nh.gateway());
                }
            }
            return AddressFamily.INET;
        }

        // An IPv4 route may go via an IPv6 gateway (RTA_VIA); the kernel refuses RTA_VIA on
        // IPv6 routes ("IPv6 does not support RTA_VIA attribute").
        private static void requireGatewayFamily(int family, InetAddress a, String role,
                Supplier<String> what) {
            if (family != AddressFamily.INET) {
                requireFamily(family, a, role, what);
            }
        }

        private static void requireFamily(int family, InetAddress a, String role, Supplier<String> what) {
            if (a != null && AddressFamily.of(a) != family) {
                throw new IllegalArgumentException(role + " " + IpAddresses.format(a) + " is "
                        + (family == AddressFamily.INET ? "IPv6" : "IPv4") + " but " + what.get() + " is "
                        + (family == AddressFamily.INET ? "IPv4" : "IPv6"));
            }
        }
    }
}

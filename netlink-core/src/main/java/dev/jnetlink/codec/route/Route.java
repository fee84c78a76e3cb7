package dev.jnetlink.codec.route;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.addr.Scope;
import java.net.InetAddress;
import java.util.List;

/**
 * A route as the kernel describes it in {@code RTM_NEWROUTE}: one line of
 * {@code ip route show}. Components are the {@code RTA_*} attributes in the order an IPv4
 * route dump carries them ({@code fib_dump_info}; IPv6 uses another order, which
 * {@link RouteCodec} writes back); an attribute the kernel did not send is null. Attributes
 * this library does not model are kept in {@link #unknown()}.
 *
 * @param header the {@code rtmsg}: family, prefix lengths, table, protocol, scope, type, flags
 * @param table {@code RTA_TABLE}: the full table id
 * @param dst {@code RTA_DST}: the destination (absent for a default route)
 * @param src {@code RTA_SRC}: the source prefix (IPv6 source routing, lookups)
 * @param iif {@code RTA_IIF}: input interface (lookups)
 * @param priority {@code RTA_PRIORITY}: the metric
 * @param metrics {@code RTA_METRICS}: mtu, advmss, hoplimit, ...
 * @param prefsrc {@code RTA_PREFSRC}: preferred source address ({@code src})
 * @param nhId {@code RTA_NH_ID}: a nexthop object's id ({@code nhid})
 * @param gateway {@code RTA_GATEWAY} ({@code via})
 * @param via {@code RTA_VIA}: a gateway of another family ({@code via inet6 fd00::2})
 * @param oif {@code RTA_OIF}: output interface index ({@code dev})
 * @param encap {@code RTA_ENCAP}: lightweight tunnel encapsulation, kept as bytes
 * @param encapType {@code RTA_ENCAP_TYPE}
 * @param flow {@code RTA_FLOW}: realms
 * @param multipath {@code RTA_MULTIPATH}: the next hops of an ECMP route
 * @param mark {@code RTA_MARK}: firewall mark (lookups)
 * @param uid {@code RTA_UID}: (lookups)
 * @param cacheInfo {@code RTA_CACHEINFO}: usage and expiry
 * @param expires {@code RTA_EXPIRES}: seconds until a multicast route expires
 * @param pref {@code RTA_PREF}: IPv6 router preference (0 medium, 1 high, 3 low)
 * @param ttlPropagate {@code RTA_TTL_PROPAGATE} (MPLS)
 * @param ipProto {@code RTA_IP_PROTO} (lookups)
 * @param sport {@code RTA_SPORT} (lookups, network order as an unsigned value)
 * @param dport {@code RTA_DPORT} (lookups)
 * @param flowlabel {@code RTA_FLOWLABEL} (IPv6 lookups)
 * @param unknown attributes this library does not model, as received
 */
public record Route(
        RtMsg header,
        Integer table,
        InetAddress dst,
        InetAddress src,
        Integer iif,
        Integer priority,
        RouteMetrics metrics,
        InetAddress prefsrc,
        Integer nhId,
        InetAddress gateway,
        RouteVia via,
        Integer oif,
        Bytes encap,
        Integer encapType,
        Integer flow,
        List<NextHop> multipath,
        Integer mark,
        Integer uid,
        RouteCacheInfo cacheInfo,
        Long expires,
        Integer pref,
        Integer ttlPropagate,
        Integer ipProto,
        Integer sport,
        Integer dport,
        Integer flowlabel,
        List<RawAttribute> unknown) {

    /** @return {@link AddressFamily#INET} or {@link AddressFamily#INET6} */
    public int family() {
        return header.family();
    }

    /** @return the table id: {@code RTA_TABLE} if sent, else {@code rtm_table} */
    public int tableId() {
        return table != null ? table : header.table();
    }

    /** @return the destination with its length; {@code 0.0.0.0/0} or {@code ::/0} for a default route */
    public Prefix destination() {
        return dst != null ? new Prefix(dst, header.dstLength()) : Prefix.any(family());
    }

    /** @return the source prefix ({@code from} in {@code ip route}), or null */
    public Prefix source() {
        return src != null ? new Prefix(src, header.srcLength()) : null;
    }

    /** @return true for {@code default} (destination length 0) */
    public boolean isDefault() {
        return header.dstLength() == 0;
    }

    /** @return the type: unicast, local, blackhole, ... */
    public RouteType type() {
        return RouteType.of(header.type());
    }

    /** @return who installed it */
    public RouteProtocol protocol() {
        return RouteProtocol.of(header.protocol());
    }

    /** @return the scope */
    public Scope scope() {
        return Scope.of(header.scope());
    }

    /** @return the metric ({@code RTA_PRIORITY}), 0 when not sent */
    public int metric() {
        return priority == null ? 0 : priority;
    }

    /** @return {@code rtm_flags} */
    public int flags() {
        return header.flags();
    }

    /**
     * @return the next hops: those of {@code RTA_MULTIPATH}, or one made of the route's own
     *     gateway (or {@code RTA_VIA}) and output interface (with weight 1 and the route's
     *     {@code RTNH_F_*} flags), or none for a route with neither (blackhole, unreachable,
     *     a route through a nexthop object, ...)
     */
    public List<NextHop> nextHops() {
        if (multipath != null) {
            return multipath;
        }
        if (gateway == null && via == null && oif == null) {
            return List.of();
        }
        return List.of(NextHop.builder().flags(header.flags() & 0xff).index(oif == null ? 0 : oif)
                .gateway(gateway).via(via).build());
    }

    /** @return a builder with every component absent (null) and no unknown attributes */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Route} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private RtMsg header;
        private Integer table;
        private InetAddress dst;
        private InetAddress src;
        private Integer iif;
        private Integer priority;
        private RouteMetrics metrics;
        private InetAddress prefsrc;
        private Integer nhId;
        private InetAddress gateway;
        private RouteVia via;
        private Integer oif;
        private Bytes encap;
        private Integer encapType;
        private Integer flow;
        private List<NextHop> multipath;
        private Integer mark;
        private Integer uid;
        private RouteCacheInfo cacheInfo;
        private Long expires;
        private Integer pref;
        private Integer ttlPropagate;
        private Integer ipProto;
        private Integer sport;
        private Integer dport;
        private Integer flowlabel;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(Route r) {
            header = r.header;
            table = r.table;
            dst = r.dst;
            src = r.src;
            iif = r.iif;
            priority = r.priority;
            metrics = r.metrics;
            prefsrc = r.prefsrc;
            nhId = r.nhId;
            gateway = r.gateway;
            via = r.via;
            oif = r.oif;
            encap = r.encap;
            encapType = r.encapType;
            flow = r.flow;
            multipath = r.multipath;
            mark = r.mark;
            uid = r.uid;
            cacheInfo = r.cacheInfo;
            expires = r.expires;
            pref = r.pref;
            ttlPropagate = r.ttlPropagate;
            ipProto = r.ipProto;
            sport = r.sport;
            dport = r.dport;
            flowlabel = r.flowlabel;
            unknown = r.unknown;
        }

        /**
         * @param header the {@code rtmsg}: family, prefix lengths, table, protocol, scope, type,
         *     flags
         * @return this builder
         */
        public Builder header(RtMsg header) {
            this.header = header;
            return this;
        }

        /**
         * @param table {@code RTA_TABLE}: the full table id
         * @return this builder
         */
        public Builder table(Integer table) {
            this.table = table;
            return this;
        }

        /**
         * @param dst {@code RTA_DST}: the destination (absent for a default route)
         * @return this builder
         */
        public Builder dst(InetAddress dst) {
            this.dst = dst;
            return this;
        }

        /**
         * @param src {@code RTA_SRC}: the source prefix (IPv6 source routing, lookups)
         * @return this builder
         */
        public Builder src(InetAddress src) {
            this.src = src;
            return this;
        }

        /**
         * @param iif {@code RTA_IIF}: input interface (lookups)
         * @return this builder
         */
        public Builder iif(Integer iif) {
            this.iif = iif;
            return this;
        }

        /**
         * @param priority {@code RTA_PRIORITY}: the metric
         * @return this builder
         */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /**
         * @param metrics {@code RTA_METRICS}: mtu, advmss, hoplimit, ...
         * @return this builder
         */
        public Builder metrics(RouteMetrics metrics) {
            this.metrics = metrics;
            return this;
        }

        /**
         * @param prefsrc {@code RTA_PREFSRC}: preferred source address ({@code src})
         * @return this builder
         */
        public Builder prefsrc(InetAddress prefsrc) {
            this.prefsrc = prefsrc;
            return this;
        }

        /**
         * @param nhId {@code RTA_NH_ID}: a nexthop object's id ({@code nhid})
         * @return this builder
         */
        public Builder nhId(Integer nhId) {
            this.nhId = nhId;
            return this;
        }

        /**
         * @param gateway {@code RTA_GATEWAY} ({@code via})
         * @return this builder
         */
        public Builder gateway(InetAddress gateway) {
            this.gateway = gateway;
            return this;
        }

        /**
         * @param via {@code RTA_VIA}: a gateway of another family ({@code via inet6 fd00::2})
         * @return this builder
         */
        public Builder via(RouteVia via) {
            this.via = via;
            return this;
        }

        /**
         * @param oif {@code RTA_OIF}: output interface index ({@code dev})
         * @return this builder
         */
        public Builder oif(Integer oif) {
            this.oif = oif;
            return this;
        }

        /**
         * @param encap {@code RTA_ENCAP}: lightweight tunnel encapsulation, kept as bytes
         * @return this builder
         */
        public Builder encap(Bytes encap) {
            this.encap = encap;
            return this;
        }

        /**
         * @param encapType {@code RTA_ENCAP_TYPE}
         * @return this builder
         */
        public Builder encapType(Integer encapType) {
            this.encapType = encapType;
            return this;
        }

        /**
         * @param flow {@code RTA_FLOW}: realms
         * @return this builder
         */
        public Builder flow(Integer flow) {
            this.flow = flow;
            return this;
        }

        /**
         * @param multipath {@code RTA_MULTIPATH}: the next hops of an ECMP route
         * @return this builder
         */
        public Builder multipath(List<NextHop> multipath) {
            this.multipath = multipath == null ? null : List.copyOf(multipath);
            return this;
        }

        /**
         * @param mark {@code RTA_MARK}: firewall mark (lookups)
         * @return this builder
         */
        public Builder mark(Integer mark) {
            this.mark = mark;
            return this;
        }

        /**
         * @param uid {@code RTA_UID}: (lookups)
         * @return this builder
         */
        public Builder uid(Integer uid) {
            this.uid = uid;
            return this;
        }

        /**
         * @param cacheInfo {@code RTA_CACHEINFO}: usage and expiry
         * @return this builder
         */
        public Builder cacheInfo(RouteCacheInfo cacheInfo) {
            this.cacheInfo = cacheInfo;
            return this;
        }

        /**
         * @param expires {@code RTA_EXPIRES}: seconds until a multicast route expires
         * @return this builder
         */
        public Builder expires(Long expires) {
            this.expires = expires;
            return this;
        }

        /**
         * @param pref {@code RTA_PREF}: IPv6 router preference (0 medium, 1 high, 3 low)
         * @return this builder
         */
        public Builder pref(Integer pref) {
            this.pref = pref;
            return this;
        }

        /**
         * @param ttlPropagate {@code RTA_TTL_PROPAGATE} (MPLS)
         * @return this builder
         */
        public Builder ttlPropagate(Integer ttlPropagate) {
            this.ttlPropagate = ttlPropagate;
            return this;
        }

        /**
         * @param ipProto {@code RTA_IP_PROTO} (lookups)
         * @return this builder
         */
        public Builder ipProto(Integer ipProto) {
            this.ipProto = ipProto;
            return this;
        }

        /**
         * @param sport {@code RTA_SPORT} (lookups, network order as an unsigned value)
         * @return this builder
         */
        public Builder sport(Integer sport) {
            this.sport = sport;
            return this;
        }

        /**
         * @param dport {@code RTA_DPORT} (lookups)
         * @return this builder
         */
        public Builder dport(Integer dport) {
            this.dport = dport;
            return this;
        }

        /**
         * @param flowlabel {@code RTA_FLOWLABEL} (IPv6 lookups)
         * @return this builder
         */
        public Builder flowlabel(Integer flowlabel) {
            this.flowlabel = flowlabel;
            return this;
        }

        /**
         * @param unknown attributes this library does not model, as received
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link Route} */
        public Route build() {
            return new Route(header, table, dst, src, iif, priority, metrics, prefsrc, nhId,
                    gateway, via, oif, encap, encapType, flow, multipath, mark, uid, cacheInfo,
                    expires, pref, ttlPropagate, ipProto, sport, dport, flowlabel, unknown);
        }
    }
}

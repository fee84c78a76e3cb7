package dev.jnetlink.codec.route;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCodec;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.AddressFamily;

/**
 * Decodes and encodes route messages ({@code RTM_NEWROUTE}, {@code RTM_DELROUTE}):
 * {@code rtmsg} plus {@code RTA_*} attributes into a {@link Route}.
 */
public final class RouteCodec {
    /** The {@code RTA_*} table in the order of an IPv4 route dump ({@code fib_dump_info}, Linux 6.18). */
    public static final AttributeSetCodec<Route> ATTRIBUTES = AttributeSetCodec
            .builder(Route.class, Rta.SPACE)
            .leading("header")
            .u32("table", Rta.TABLE)
            .inet("dst", Rta.DST)
            .inet("src", Rta.SRC)
            .u32("iif", Rta.IIF)
            .u32("priority", Rta.PRIORITY)
            .nested("metrics", Rta.METRICS, RouteMetrics.CODEC)
            .inet("prefsrc", Rta.PREFSRC)
            .u32("nhId", Rta.NH_ID)
            .inet("gateway", Rta.GATEWAY)
            .attr("via", Rta.VIA, RouteVia.CODEC)
            .u32("oif", Rta.OIF)
            .bytes("encap", Rta.ENCAP)
            .u16("encapType", Rta.ENCAP_TYPE)
            .u32("flow", Rta.FLOW)
            .attr("multipath", Rta.MULTIPATH, NextHop.MULTIPATH)
            .u32("mark", Rta.MARK)
            .u32("uid", Rta.UID)
            .attr("cacheInfo", Rta.CACHEINFO, RouteCacheInfo.CODEC)
            .u64("expires", Rta.EXPIRES)
            .u8("pref", Rta.PREF)
            .u8("ttlPropagate", Rta.TTL_PROPAGATE)
            .u8("ipProto", Rta.IP_PROTO)
            .be16("sport", Rta.SPORT)
            .be16("dport", Rta.DPORT)
            .be32("flowlabel", Rta.FLOWLABEL)
            .unknown("unknown")
            .build(v -> new Route(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next()));

    /**
     * The same table in the order of an IPv6 route dump ({@code rt6_fill_node}): source and
     * metrics before the metric, cache info and preference last.
     */
    public static final AttributeSetCodec<Route> IPV6_ATTRIBUTES = ATTRIBUTES.withEncodeOrder(
            "table", "dst", "src", "iif", "prefsrc", "metrics", "priority", "nhId", "multipath",
            "gateway", "via", "oif", "encap", "encapType", "flow", "mark", "uid", "expires",
            "cacheInfo", "pref", "ttlPropagate", "ipProto", "sport", "dport", "flowlabel");

    /** {@code rtmsg} then the attributes. */
    public static final MessageCodec<RtMsg, Route> MESSAGE = MessageCodec.of("rtmsg", RtMsg.SIZE,
            RtMsg::read, RtMsg::write, Route::header, ATTRIBUTES).encodingIn(
            r -> r.family() == AddressFamily.INET6 ? IPV6_ATTRIBUTES : ATTRIBUTES);

    private RouteCodec() {
    }

    /**
     * Decodes the route message under the cursor.
     *
     * @param msg positioned on an {@code RTM_NEWROUTE}/{@code RTM_DELROUTE} message
     * @return the route
     * @throws DecodeException if the message is malformed
     */
    public static Route decode(MessageCursor msg) {
        return MESSAGE.decode(msg);
    }

    /**
     * Writes the payload of a route message: {@code rtmsg} then the attributes, in the
     * kernel's dump order for the route's family.
     *
     * @param writer positioned after the netlink header
     * @param route the route
     */
    public static void encode(MessageWriter writer, Route route) {
        MESSAGE.encode(writer, route);
    }
}

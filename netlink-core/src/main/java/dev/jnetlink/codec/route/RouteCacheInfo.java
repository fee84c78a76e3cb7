package dev.jnetlink.codec.route;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct rta_cacheinfo} ({@code RTA_CACHEINFO}): usage and expiry of a route, sent with
 * IPv6 routes and route lookups.
 *
 * @param clntref {@code rta_clntref}: references
 * @param lastuse {@code rta_lastuse}: clock ticks since last use
 * @param expires {@code rta_expires}: clock ticks until expiry, 0 for none
 * @param error {@code rta_error}: the route's error (a reject route's errno, negative)
 * @param used {@code rta_used}
 * @param id {@code rta_id}
 * @param ts {@code rta_ts}
 * @param tsage {@code rta_tsage}
 */
public record RouteCacheInfo(int clntref, int lastuse, int expires, int error, int used, int id,
        int ts, int tsage) {
    /** Size on the wire. */
    public static final int SIZE = 32;

    /** Reads and writes the 32-byte structure. */
    public static final ValueCodec<RouteCacheInfo> CODEC = ValueCodecs.struct(RouteCacheInfo.class,
            "rta_cacheinfo", SIZE,
            c -> {
                ByteBuf b = c.buffer();
                int i = c.valueIndex();
                return new RouteCacheInfo(HostOrder.getI32(b, i), HostOrder.getI32(b, i + 4),
                        HostOrder.getI32(b, i + 8), HostOrder.getI32(b, i + 12),
                        HostOrder.getI32(b, i + 16), HostOrder.getI32(b, i + 20),
                        HostOrder.getI32(b, i + 24), HostOrder.getI32(b, i + 28));
            },
            (w, v) -> {
                ByteBuf b = w.buffer();
                HostOrder.writeI32(b, v.clntref);
                HostOrder.writeI32(b, v.lastuse);
                HostOrder.writeI32(b, v.expires);
                HostOrder.writeI32(b, v.error);
                HostOrder.writeI32(b, v.used);
                HostOrder.writeI32(b, v.id);
                HostOrder.writeI32(b, v.ts);
                HostOrder.writeI32(b, v.tsage);
            });
}

package dev.jnetlink.codec.neigh;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct nda_cacheinfo} ({@code NDA_CACHEINFO}): ages of a neighbour entry, in clock
 * ticks ({@code USER_HZ}, 100 per second).
 *
 * @param confirmed {@code ndm_confirmed}: since reachability was last confirmed
 * @param used {@code ndm_used}: since last used
 * @param updated {@code ndm_updated}: since last updated
 * @param refcnt {@code ndm_refcnt}: references
 */
public record NeighbourCacheInfo(int confirmed, int used, int updated, int refcnt) {
    /** Size on the wire. */
    public static final int SIZE = 16;

    /** Reads and writes the 16-byte structure. */
    public static final ValueCodec<NeighbourCacheInfo> CODEC = ValueCodecs.struct(
            NeighbourCacheInfo.class, "nda_cacheinfo", SIZE,
            c -> {
                ByteBuf b = c.buffer();
                int i = c.valueIndex();
                return new NeighbourCacheInfo(HostOrder.getI32(b, i), HostOrder.getI32(b, i + 4),
                        HostOrder.getI32(b, i + 8), HostOrder.getI32(b, i + 12));
            },
            (w, v) -> {
                ByteBuf b = w.buffer();
                HostOrder.writeI32(b, v.confirmed);
                HostOrder.writeI32(b, v.used);
                HostOrder.writeI32(b, v.updated);
                HostOrder.writeI32(b, v.refcnt);
            });
}

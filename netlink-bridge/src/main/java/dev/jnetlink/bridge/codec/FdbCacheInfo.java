package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import java.time.Duration;

/**
 * {@code NDA_CACHEINFO} ({@code struct nda_cacheinfo}): how long ago an FDB entry was used and
 * updated, in centiseconds on the wire. {@code bridge -s fdb show} prints {@code used} and
 * {@code updated} in seconds.
 *
 * @param confirmed {@code ndm_confirmed}, centiseconds (0 for bridge entries)
 * @param used {@code ndm_used}, centiseconds since last used
 * @param updated {@code ndm_updated}, centiseconds since last updated
 * @param refcnt {@code ndm_refcnt}
 */
public record FdbCacheInfo(int confirmed, int used, int updated, int refcnt) {
    /** Size on the wire. */
    public static final int SIZE = 16;

    /** Codec of the attribute. */
    public static final ValueCodec<FdbCacheInfo> CODEC = ValueCodecs.struct(FdbCacheInfo.class,
            c -> {
                BridgeCodecs.exactly(c, SIZE, "struct nda_cacheinfo");
                int at = c.valueIndex();
                return new FdbCacheInfo(HostOrder.getI32(c.buffer(), at),
                        HostOrder.getI32(c.buffer(), at + 4), HostOrder.getI32(c.buffer(), at + 8),
                        HostOrder.getI32(c.buffer(), at + 12));
            },
            (w, v) -> {
                HostOrder.writeI32(w.buffer(), v.confirmed());
                HostOrder.writeI32(w.buffer(), v.used());
                HostOrder.writeI32(w.buffer(), v.updated());
                HostOrder.writeI32(w.buffer(), v.refcnt());
            });

    /** @return time since the entry was last used */
    public Duration sinceUsed() {
        return Centiseconds.toDuration(Integer.toUnsignedLong(used));
    }

    /** @return time since the entry was last updated */
    public Duration sinceUpdated() {
        return Centiseconds.toDuration(Integer.toUnsignedLong(updated));
    }
}

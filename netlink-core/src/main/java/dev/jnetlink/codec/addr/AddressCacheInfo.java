package dev.jnetlink.codec.addr;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;

/**
 * {@code struct ifa_cacheinfo} ({@code IFA_CACHEINFO}): an address's lifetimes and timestamps.
 * Lifetimes are seconds, {@link #FOREVER} meaning no limit.
 *
 * @param preferred {@code ifa_prefered}: seconds left as a preferred address
 * @param valid {@code ifa_valid}: seconds left before removal
 * @param created {@code cstamp}: creation time, hundredths of a second since boot
 * @param updated {@code tstamp}: last update, hundredths of a second since boot
 */
public record AddressCacheInfo(long preferred, long valid, long created, long updated) {
    /** A lifetime without limit ({@code INFINITY_LIFE_TIME}, printed {@code forever}). */
    public static final long FOREVER = 0xFFFF_FFFFL;
    /** Size on the wire. */
    public static final int SIZE = 16;

    /** Reads and writes the 16-byte structure. */
    public static final ValueCodec<AddressCacheInfo> CODEC = ValueCodecs.struct(
            AddressCacheInfo.class, "ifa_cacheinfo", SIZE,
            c -> {
                int i = c.valueIndex();
                return new AddressCacheInfo(u32(c.buffer(), i), u32(c.buffer(), i + 4),
                        u32(c.buffer(), i + 8), u32(c.buffer(), i + 12));
            },
            (w, v) -> {
                HostOrder.writeI32(w.buffer(), (int) v.preferred);
                HostOrder.writeI32(w.buffer(), (int) v.valid);
                HostOrder.writeI32(w.buffer(), (int) v.created);
                HostOrder.writeI32(w.buffer(), (int) v.updated);
            });

    private static long u32(io.netty.buffer.ByteBuf b, int i) {
        return Integer.toUnsignedLong(HostOrder.getI32(b, i));
    }
}

package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.HostOrder;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct tc_ratespec}: a rate and how packet sizes map onto its rate table.
 *
 * @param cellLog log2 of the rate table's cell size ({@code cell_log})
 * @param linklayer {@code TC_LINKLAYER_*}: 1 ethernet, 2 ATM
 * @param overhead bytes added per packet
 * @param cellAlign {@code cell_align}, -1 as {@code tc} sets it
 * @param mpu minimum packet unit
 * @param rate bytes per second, saturated at 2^32-1 (the exact rate is then in a 64-bit
 *     attribute)
 */
public record RateSpec(int cellLog, int linklayer, int overhead, int cellAlign, int mpu, long rate) {
    /** Size on the wire. */
    public static final int SIZE = 12;
    /** {@code TC_LINKLAYER_ETHERNET}. */
    public static final int LINKLAYER_ETHERNET = 1;
    /** {@code TC_LINKLAYER_ATM}. */
    public static final int LINKLAYER_ATM = 2;
    /** No rate: the all-zero {@code tc_ratespec}. */
    public static final RateSpec NONE = new RateSpec(0, 0, 0, 0, 0, 0);

    /** @param b buffer @param i index @return the rate spec there */
    public static RateSpec read(ByteBuf b, int i) {
        return new RateSpec(b.getUnsignedByte(i), b.getUnsignedByte(i + 1),
                HostOrder.getU16(b, i + 2), (short) HostOrder.getU16(b, i + 4),
                HostOrder.getU16(b, i + 6), Integer.toUnsignedLong(HostOrder.getI32(b, i + 8)));
    }

    /** @param b receives the 12 bytes */
    public void write(ByteBuf b) {
        b.writeByte(cellLog);
        b.writeByte(linklayer);
        HostOrder.writeU16(b, overhead);
        HostOrder.writeU16(b, cellAlign & 0xffff);
        HostOrder.writeU16(b, mpu);
        HostOrder.writeI32(b, (int) rate);
    }
}

package dev.jnetlink.codec;

import io.netty.buffer.ByteBuf;
import java.nio.ByteOrder;

/**
 * Reads and writes integers in the host's byte order, which is the order of netlink headers
 * and of most attribute payloads. Network-order fields (ports, VLAN protocol) use the
 * {@code be} variants of {@link AttributeCursor} and {@link MessageWriter} instead.
 */
public final class HostOrder {
    /** True on x86, arm64 and the other little-endian hosts. */
    public static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private HostOrder() {
    }

    /**
     * @param buf the buffer
     * @param index absolute index
     * @return the unsigned 16-bit value at {@code index}
     */
    public static int getU16(ByteBuf buf, int index) {
        return LITTLE_ENDIAN ? buf.getUnsignedShortLE(index) : buf.getUnsignedShort(index);
    }

    /**
     * @param buf the buffer
     * @param index absolute index
     * @return the 32-bit value at {@code index} (read it as unsigned with
     *     {@link Integer#toUnsignedLong} where it is one)
     */
    public static int getI32(ByteBuf buf, int index) {
        return LITTLE_ENDIAN ? buf.getIntLE(index) : buf.getInt(index);
    }

    /**
     * @param buf the buffer
     * @param index absolute index
     * @return the 64-bit value at {@code index}
     */
    public static long getI64(ByteBuf buf, int index) {
        return LITTLE_ENDIAN ? buf.getLongLE(index) : buf.getLong(index);
    }

    /**
     * @param buf the buffer
     * @param value the low 16 bits are written
     */
    public static void writeU16(ByteBuf buf, int value) {
        if (LITTLE_ENDIAN) {
            buf.writeShortLE(value);
        } else {
            buf.writeShort(value);
        }
    }

    /**
     * @param buf the buffer
     * @param value written as 32 bits
     */
    public static void writeI32(ByteBuf buf, int value) {
        if (LITTLE_ENDIAN) {
            buf.writeIntLE(value);
        } else {
            buf.writeInt(value);
        }
    }

    /**
     * @param buf the buffer
     * @param value written as 64 bits
     */
    public static void writeI64(ByteBuf buf, long value) {
        if (LITTLE_ENDIAN) {
            buf.writeLongLE(value);
        } else {
            buf.writeLong(value);
        }
    }

    /**
     * @param buf the buffer
     * @param index absolute index
     * @param value the low 16 bits are written
     */
    public static void setU16(ByteBuf buf, int index, int value) {
        if (LITTLE_ENDIAN) {
            buf.setShortLE(index, value);
        } else {
            buf.setShort(index, value);
        }
    }

    /**
     * @param buf the buffer
     * @param index absolute index
     * @param value written as 32 bits
     */
    public static void setI32(ByteBuf buf, int index, int value) {
        if (LITTLE_ENDIAN) {
            buf.setIntLE(index, value);
        } else {
            buf.setInt(index, value);
        }
    }
}

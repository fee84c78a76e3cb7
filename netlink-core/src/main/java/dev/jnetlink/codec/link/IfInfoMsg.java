package dev.jnetlink.codec.link;

import dev.jnetlink.codec.HostOrder;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct ifinfomsg}, the fixed header of link messages.
 *
 * @param family address family, {@code AF_UNSPEC} (0) for most requests
 * @param type device type ({@code ARPHRD_*}, 1 for Ethernet)
 * @param index interface index, 0 for "by name" or "kernel picks"
 * @param flags {@code IFF_*} device flags
 * @param change mask of the flags a request changes
 */
public record IfInfoMsg(int family, int type, int index, int flags, int change) {
    /** Size on the wire. */
    public static final int SIZE = 16;
    /** All zero: what most requests send. */
    public static final IfInfoMsg EMPTY = new IfInfoMsg(0, 0, 0, 0, 0);

    /**
     * @param buf buffer
     * @param offset absolute index of the structure
     * @return the header
     */
    public static IfInfoMsg read(ByteBuf buf, int offset) {
        return new IfInfoMsg(buf.getUnsignedByte(offset), HostOrder.getU16(buf, offset + 2),
                HostOrder.getI32(buf, offset + 4), HostOrder.getI32(buf, offset + 8),
                HostOrder.getI32(buf, offset + 12));
    }

    /** @param buf receives the 16 bytes at its writer index */
    public void write(ByteBuf buf) {
        buf.writeByte(family);
        buf.writeByte(0);
        HostOrder.writeU16(buf, type);
        HostOrder.writeI32(buf, index);
        HostOrder.writeI32(buf, flags);
        HostOrder.writeI32(buf, change);
    }
}

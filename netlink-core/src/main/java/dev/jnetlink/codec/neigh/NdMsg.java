package dev.jnetlink.codec.neigh;

import dev.jnetlink.codec.HostOrder;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct ndmsg}, the fixed header of neighbour messages. Its two pad fields are zero on
 * the wire and not kept.
 *
 * @param family {@code AF_INET}, {@code AF_INET6} ({@code AF_BRIDGE} for bridge FDB entries)
 * @param index {@code ndm_ifindex}: the interface
 * @param state {@code ndm_state}: {@link NeighbourState} {@code NUD_*} bits
 * @param flags {@code ndm_flags}: {@link NeighbourFlags} {@code NTF_*} bits
 * @param type {@code ndm_type}: the route type of the address ({@code RTN_UNICAST}, ...)
 */
public record NdMsg(int family, int index, int state, int flags, int type) {
    /** Size on the wire. */
    public static final int SIZE = 12;

    /**
     * @param buf buffer
     * @param offset absolute index of the structure
     * @return the header
     */
    public static NdMsg read(ByteBuf buf, int offset) {
        return new NdMsg(buf.getUnsignedByte(offset), HostOrder.getI32(buf, offset + 4),
                HostOrder.getU16(buf, offset + 8), buf.getUnsignedByte(offset + 10),
                buf.getUnsignedByte(offset + 11));
    }

    /** @param buf receives the 12 bytes at its writer index */
    public void write(ByteBuf buf) {
        buf.writeByte(family);
        buf.writeByte(0);
        HostOrder.writeU16(buf, 0);
        HostOrder.writeI32(buf, index);
        HostOrder.writeU16(buf, state);
        buf.writeByte(flags);
        buf.writeByte(type);
    }
}

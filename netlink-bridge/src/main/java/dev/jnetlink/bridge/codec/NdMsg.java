package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.HostOrder;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct ndmsg}, the fixed header of neighbour messages, here of bridge FDB entries
 * (family {@code AF_BRIDGE}). Its pad fields are zero on the wire and not kept.
 *
 * <p>Written in this module while core's neighbour codec (issue 5, {@code
 * dev.jnetlink.codec.neigh.NdMsg}, same components) is not on {@code main}; to be replaced by
 * it when both are merged.
 *
 * @param family {@code AF_BRIDGE} (7) for FDB entries
 * @param index {@code ndm_ifindex}: the port or device the entry is on
 * @param state {@code ndm_state}: {@code NUD_*} bits ({@link FdbEntry#NUD_PERMANENT}, ...)
 * @param flags {@code ndm_flags}: {@code NTF_*} bits ({@link FdbEntry#NTF_SELF}, ...)
 * @param type {@code ndm_type}
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

package dev.jnetlink.codec.nsid;

import io.netty.buffer.ByteBuf;

/**
 * {@code struct rtgenmsg}, the fixed header of namespace id messages: one byte of address
 * family. On the wire it takes 4 bytes, as attributes start at the next 4-byte boundary
 * ({@code NLMSG_ALIGN}); the 3 padding bytes are zero.
 *
 * @param family address family, {@code AF_UNSPEC} (0) in every nsid message
 */
public record RtGenMsg(int family) {
    /** {@code sizeof(struct rtgenmsg)}; attributes follow at {@code NLMSG_ALIGN(SIZE)}. */
    public static final int SIZE = 1;
    /** {@code AF_UNSPEC}: what nsid requests send and the kernel answers. */
    public static final RtGenMsg UNSPEC = new RtGenMsg(0);

    /**
     * @param family 0 to 255
     */
    public RtGenMsg {
        if (family < 0 || family > 255) {
            throw new IllegalArgumentException("rtgen_family is one byte, got " + family);
        }
    }

    /**
     * @param buf buffer
     * @param offset absolute index of the structure
     * @return the header
     */
    public static RtGenMsg read(ByteBuf buf, int offset) {
        return new RtGenMsg(buf.getUnsignedByte(offset));
    }

    /** @param buf receives the family byte and 3 zero padding bytes at its writer index */
    public void write(ByteBuf buf) {
        buf.writeByte(family);
        buf.writeZero(3);
    }
}

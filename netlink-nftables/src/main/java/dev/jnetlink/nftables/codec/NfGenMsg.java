package dev.jnetlink.nftables.codec;

import io.netty.buffer.ByteBuf;

/**
 * {@code struct nfgenmsg}, the fixed header of every nfnetlink message.
 *
 * @param family the table family ({@code NFPROTO_IPV4} 2, {@code NFPROTO_INET} 1, ...), or 0
 * @param version {@code NFNETLINK_V0}
 * @param resourceId {@code res_id}: the subsystem in a batch marker, the low 16 bits of the
 *     ruleset generation in the kernel's messages
 */
public record NfGenMsg(int family, int version, int resourceId) {
    /** Size on the wire. */
    public static final int SIZE = 4;

    /**
     * @param family the table family
     * @return the header a request about that family carries
     */
    public static NfGenMsg of(int family) {
        return new NfGenMsg(family, 0, 0);
    }

    /**
     * @param buf buffer
     * @param offset absolute index of the structure
     * @return the header
     */
    public static NfGenMsg read(ByteBuf buf, int offset) {
        return new NfGenMsg(buf.getUnsignedByte(offset), buf.getUnsignedByte(offset + 1),
                buf.getUnsignedShort(offset + 2));
    }

    /** @param buf receives the 4 bytes at its writer index ({@code res_id} is big-endian) */
    public void write(ByteBuf buf) {
        buf.writeByte(family);
        buf.writeByte(version);
        buf.writeShort(resourceId);
    }
}

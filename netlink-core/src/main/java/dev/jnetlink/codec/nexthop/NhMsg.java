package dev.jnetlink.codec.nexthop;

import dev.jnetlink.codec.HostOrder;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct nhmsg}, the fixed header of nexthop object messages. Its reserved byte is zero
 * on the wire and not kept.
 *
 * @param family {@code AF_INET} or {@code AF_INET6} for a nexthop with a gateway or device,
 *     {@code AF_UNSPEC} for groups (and for blackholes in a request)
 * @param scope {@code RT_SCOPE_*}: link for a gateway, host for a device only
 * @param protocol {@code RTPROT_*}: who installed it ({@code proto}); 0 when not said
 * @param flags {@code RTNH_F_*} bits ({@code onlink}, {@code dead}, {@code linkdown})
 */
public record NhMsg(int family, int scope, int protocol, int flags) {
    /** Size on the wire. */
    public static final int SIZE = 8;

    /**
     * @param buf buffer
     * @param offset absolute index of the structure
     * @return the header
     */
    public static NhMsg read(ByteBuf buf, int offset) {
        return new NhMsg(buf.getUnsignedByte(offset), buf.getUnsignedByte(offset + 1),
                buf.getUnsignedByte(offset + 2), HostOrder.getI32(buf, offset + 4));
    }

    /** @param buf receives the 8 bytes at its writer index */
    public void write(ByteBuf buf) {
        buf.writeByte(family);
        buf.writeByte(scope);
        buf.writeByte(protocol);
        buf.writeByte(0);
        HostOrder.writeI32(buf, flags);
    }
}

package dev.jnetlink.codec.addr;

import dev.jnetlink.codec.HostOrder;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct ifaddrmsg}, the fixed header of address messages.
 *
 * @param family {@link AddressFamily#INET} or {@link AddressFamily#INET6}
 * @param prefixLength {@code ifa_prefixlen}
 * @param flags {@code ifa_flags}: the low 8 {@code IFA_F_*} bits ({@code IFA_FLAGS} has all 32)
 * @param scope {@code ifa_scope}, see {@link Scope}
 * @param index {@code ifa_index}: the interface
 */
public record IfAddrMsg(int family, int prefixLength, int flags, int scope, int index) {
    /** Size on the wire. */
    public static final int SIZE = 8;

    /**
     * @param buf buffer
     * @param offset absolute index of the structure
     * @return the header
     */
    public static IfAddrMsg read(ByteBuf buf, int offset) {
        return new IfAddrMsg(buf.getUnsignedByte(offset), buf.getUnsignedByte(offset + 1),
                buf.getUnsignedByte(offset + 2), buf.getUnsignedByte(offset + 3),
                HostOrder.getI32(buf, offset + 4));
    }

    /** @param buf receives the 8 bytes at its writer index */
    public void write(ByteBuf buf) {
        buf.writeByte(family);
        buf.writeByte(prefixLength);
        buf.writeByte(flags);
        buf.writeByte(scope);
        HostOrder.writeI32(buf, index);
    }
}

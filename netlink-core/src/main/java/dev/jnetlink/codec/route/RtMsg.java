package dev.jnetlink.codec.route;

import dev.jnetlink.codec.HostOrder;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct rtmsg}, the fixed header of route messages.
 *
 * @param family {@code AF_INET} or {@code AF_INET6} ({@code AF_UNSPEC} in dumps of every family)
 * @param dstLength {@code rtm_dst_len}: the destination's prefix length
 * @param srcLength {@code rtm_src_len}: the source prefix length (IPv6 source routing)
 * @param tos {@code rtm_tos}
 * @param table {@code rtm_table}: the table id if below 256, else {@link RouteTable#UNSPEC}
 *     (252, {@code COMPAT}, in kernel replies) with the id in {@code RTA_TABLE}
 * @param protocol {@code rtm_protocol}, see {@link RouteProtocol}
 * @param scope {@code rtm_scope}, see {@link dev.jnetlink.codec.addr.Scope}
 * @param type {@code rtm_type}, see {@link RouteType}
 * @param flags {@code rtm_flags}: {@code RTNH_F_*} and {@code RTM_F_*} bits, see {@link RouteFlags}
 */
public record RtMsg(int family, int dstLength, int srcLength, int tos, int table, int protocol,
        int scope, int type, int flags) {
    /** Size on the wire. */
    public static final int SIZE = 12;

    /**
     * @param buf buffer
     * @param offset absolute index of the structure
     * @return the header
     */
    public static RtMsg read(ByteBuf buf, int offset) {
        return new RtMsg(buf.getUnsignedByte(offset), buf.getUnsignedByte(offset + 1),
                buf.getUnsignedByte(offset + 2), buf.getUnsignedByte(offset + 3),
                buf.getUnsignedByte(offset + 4), buf.getUnsignedByte(offset + 5),
                buf.getUnsignedByte(offset + 6), buf.getUnsignedByte(offset + 7),
                HostOrder.getI32(buf, offset + 8));
    }

    /** @param buf receives the 12 bytes at its writer index */
    public void write(ByteBuf buf) {
        buf.writeByte(family);
        buf.writeByte(dstLength);
        buf.writeByte(srcLength);
        buf.writeByte(tos);
        buf.writeByte(table);
        buf.writeByte(protocol);
        buf.writeByte(scope);
        buf.writeByte(type);
        HostOrder.writeI32(buf, flags);
    }
}

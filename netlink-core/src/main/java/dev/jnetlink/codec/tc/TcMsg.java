package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.HostOrder;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct tcmsg}, the fixed header of qdisc, class and filter messages. Its three
 * padding bytes are zero on the wire and not kept.
 *
 * @param family {@code tcm_family}, {@code AF_UNSPEC} (0) for everything {@code tc} sends
 * @param ifindex {@code tcm_ifindex}: the device
 * @param handle {@code tcm_handle}: the qdisc's or class's handle ({@code 1:}, {@code 1:10}),
 *     a filter's id
 * @param parent {@code tcm_parent}: {@link TcHandle#ROOT}, {@link TcHandle#INGRESS}, or a
 *     handle
 * @param info {@code tcm_info}: for a filter, its priority in the high 16 bits and its
 *     protocol in network order in the low 16 ({@link #filterInfo}); for a qdisc in a reply,
 *     its reference count
 */
public record TcMsg(int family, int ifindex, int handle, int parent, int info) {
    /** Size on the wire. */
    public static final int SIZE = 20;

    /**
     * @param buf buffer
     * @param offset absolute index of the structure
     * @return the header
     */
    public static TcMsg read(ByteBuf buf, int offset) {
        return new TcMsg(buf.getUnsignedByte(offset), HostOrder.getI32(buf, offset + 4),
                HostOrder.getI32(buf, offset + 8), HostOrder.getI32(buf, offset + 12),
                HostOrder.getI32(buf, offset + 16));
    }

    /** @param buf receives the 20 bytes at its writer index */
    public void write(ByteBuf buf) {
        buf.writeByte(family);
        buf.writeByte(0);
        buf.writeShort(0);
        HostOrder.writeI32(buf, ifindex);
        HostOrder.writeI32(buf, handle);
        HostOrder.writeI32(buf, parent);
        HostOrder.writeI32(buf, info);
    }

    /**
     * @param priority the filter's priority ({@code prio}/{@code pref}), 0 to 65535
     * @param protocol the ethertype in host order ({@code 0x0800} for {@code ip}, {@code 3}
     *     for {@code all})
     * @return {@code tcm_info} as {@code tc filter} fills it: {@code TC_H_MAKE(prio << 16,
     *     htons(protocol))}
     */
    public static int filterInfo(int priority, int protocol) {
        return priority << 16 | htons(protocol);
    }

    /** @return a filter's priority, from {@code tcm_info} */
    public int filterPriority() {
        return info >>> 16;
    }

    /** @return a filter's protocol (ethertype, host order), from {@code tcm_info} */
    public int filterProtocol() {
        return htons(info & 0xffff);
    }

    private static int htons(int v) {
        return HostOrder.LITTLE_ENDIAN ? Short.toUnsignedInt(Short.reverseBytes((short) v)) : v & 0xffff;
    }
}

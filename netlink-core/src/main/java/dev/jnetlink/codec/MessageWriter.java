package dev.jnetlink.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.net.InetAddress;
import java.util.Objects;

/**
 * Writes netlink messages and attributes into a buffer. The attribute header, its length and
 * its padding are written in one place ({@link #beginAttribute} / {@link #endAttribute});
 * a message and a nested attribute reserve their length and backfill it when ended.
 *
 * <pre>{@code
 * int msg = w.beginMessage(Rtm.NEWLINK, NlMsg.F_REQUEST | NlMsg.F_ACK | NlMsg.F_CREATE, seq);
 * IfInfoMsg.EMPTY.write(w.buffer());
 * w.putString(Ifla.IFNAME, "veth1.1");
 * int info = w.beginNested(Ifla.LINKINFO);
 * w.putString(IflaInfo.KIND, "veth");
 * w.endNested(info);
 * w.endMessage(msg);
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class MessageWriter {
    private ByteBuf buf;

    /** @param buf receives the messages at its writer index */
    public MessageWriter(ByteBuf buf) {
        this.buf = Objects.requireNonNull(buf, "buf");
    }

    /**
     * @param buf the buffer to write into from now on
     * @return this writer
     */
    public MessageWriter reset(ByteBuf buf) {
        this.buf = Objects.requireNonNull(buf, "buf");
        return this;
    }

    /** @return the buffer, for writing fixed headers */
    public ByteBuf buffer() {
        return buf;
    }

    /**
     * Starts a message; its port id is 0 (the kernel fills in the sender's).
     *
     * @param type {@code nlmsg_type}
     * @param flags {@code nlmsg_flags}
     * @param seq {@code nlmsg_seq}
     * @return a mark to pass to {@link #endMessage}
     */
    public int beginMessage(int type, int flags, int seq) {
        return beginMessage(type, flags, seq, 0);
    }

    /**
     * Starts a message.
     *
     * @param type {@code nlmsg_type}
     * @param flags {@code nlmsg_flags}
     * @param seq {@code nlmsg_seq}
     * @param pid {@code nlmsg_pid}
     * @return a mark to pass to {@link #endMessage}
     */
    public int beginMessage(int type, int flags, int seq, int pid) {
        int start = buf.writerIndex();
        HostOrder.writeI32(buf, 0);
        HostOrder.writeU16(buf, type);
        HostOrder.writeU16(buf, flags);
        HostOrder.writeI32(buf, seq);
        HostOrder.writeI32(buf, pid);
        return start;
    }

    /**
     * Ends a message: pads it to 4 bytes and backfills {@code nlmsg_len}.
     *
     * @param mark what {@link #beginMessage} returned
     */
    public void endMessage(int mark) {
        pad();
        HostOrder.setI32(buf, mark, buf.writerIndex() - mark);
    }

    /**
     * Writes an attribute header with a length to be backfilled. This and
     * {@link #endAttribute} are the only places that write attribute headers.
     *
     * @param type the type, flag bits included
     * @return a mark to pass to {@link #endAttribute}
     */
    public int beginAttribute(int type) {
        int start = buf.writerIndex();
        HostOrder.writeI32(buf, 0);
        HostOrder.setU16(buf, start + 2, type);
        return start;
    }

    /**
     * Backfills an attribute's length and pads it to 4 bytes.
     *
     * @param mark what {@link #beginAttribute} returned
     * @throws IllegalArgumentException if the attribute exceeds 65535 bytes
     */
    public void endAttribute(int mark) {
        int len = buf.writerIndex() - mark;
        if (len > Nla.MAX_LENGTH) {
            throw new IllegalArgumentException("attribute of " + len + " bytes exceeds the "
                    + Nla.MAX_LENGTH + "-byte netlink attribute limit");
        }
        HostOrder.setU16(buf, mark, len);
        pad();
    }

    /**
     * Starts a nested attribute (without {@link Nla#F_NESTED}, as most rtnetlink sets are sent).
     *
     * @param type the type, add {@link Nla#F_NESTED} where the kernel expects it
     * @return a mark to pass to {@link #endNested}
     */
    public int beginNested(int type) {
        return beginAttribute(type);
    }

    /** @param mark what {@link #beginNested} returned */
    public void endNested(int mark) {
        endAttribute(mark);
    }

    private void pad() {
        int pad = Nla.align(buf.writerIndex()) - buf.writerIndex();
        if (pad > 0) {
            buf.writeZero(pad);
        }
    }

    /**
     * @param type attribute type
     * @param value the low 8 bits
     */
    public void putU8(int type, int value) {
        int m = beginAttribute(type);
        buf.writeByte(value);
        endAttribute(m);
    }

    /**
     * @param type attribute type
     * @param value the low 16 bits, host order
     */
    public void putU16(int type, int value) {
        int m = beginAttribute(type);
        HostOrder.writeU16(buf, value);
        endAttribute(m);
    }

    /**
     * @param type attribute type
     * @param value the low 16 bits, network order
     */
    public void putBe16(int type, int value) {
        int m = beginAttribute(type);
        buf.writeShort(value);
        endAttribute(m);
    }

    /**
     * @param type attribute type
     * @param value 32 bits, host order
     */
    public void putU32(int type, int value) {
        int m = beginAttribute(type);
        HostOrder.writeI32(buf, value);
        endAttribute(m);
    }

    /**
     * @param type attribute type
     * @param value 32 bits, network order
     */
    public void putBe32(int type, int value) {
        int m = beginAttribute(type);
        buf.writeInt(value);
        endAttribute(m);
    }

    /**
     * @param type attribute type
     * @param value 64 bits, host order
     */
    public void putU64(int type, long value) {
        int m = beginAttribute(type);
        HostOrder.writeI64(buf, value);
        endAttribute(m);
    }

    /**
     * @param type attribute type
     * @param value 64 bits, network order
     */
    public void putBe64(int type, long value) {
        int m = beginAttribute(type);
        buf.writeLong(value);
        endAttribute(m);
    }

    /**
     * A variable-width unsigned integer ({@code NLA_UINT}): 4 bytes if it fits, else 8.
     *
     * @param type attribute type
     * @param value the value
     */
    public void putUint(int type, long value) {
        if ((value >>> 32) == 0) {
            putU32(type, (int) value);
        } else {
            putU64(type, value);
        }
    }

    /**
     * A NUL-terminated string ({@code NLA_NUL_STRING}, and what iproute2 sends for names).
     *
     * @param type attribute type
     * @param value UTF-8 encoded, then a NUL
     */
    public void putString(int type, String value) {
        int m = beginAttribute(type);
        ByteBufUtil.writeUtf8(buf, value);
        buf.writeByte(0);
        endAttribute(m);
    }

    /**
     * A string without its NUL ({@code NLA_STRING} as some attributes carry it).
     *
     * @param type attribute type
     * @param value UTF-8 encoded
     */
    public void putStringNoNul(int type, String value) {
        int m = beginAttribute(type);
        ByteBufUtil.writeUtf8(buf, value);
        endAttribute(m);
    }

    /**
     * @param type attribute type
     * @param value payload
     */
    public void putBytes(int type, Bytes value) {
        int m = beginAttribute(type);
        value.writeTo(buf);
        endAttribute(m);
    }

    /**
     * @param type attribute type
     * @param value payload
     */
    public void putBytes(int type, byte[] value) {
        int m = beginAttribute(type);
        buf.writeBytes(value);
        endAttribute(m);
    }

    /**
     * @param type attribute type
     * @param value hardware address bytes
     */
    public void putMac(int type, MacAddress value) {
        putBytes(type, value.array());
    }

    /**
     * @param type attribute type
     * @param value 4 or 16 bytes
     */
    public void putInet(int type, InetAddress value) {
        putBytes(type, value.getAddress());
    }

    /**
     * A flag attribute: present, no payload.
     *
     * @param type attribute type
     */
    public void putFlag(int type) {
        endAttribute(beginAttribute(type));
    }

    /** @param attribute written back exactly as it was received */
    public void putRaw(RawAttribute attribute) {
        putBytes(attribute.type(), attribute.value());
    }
}

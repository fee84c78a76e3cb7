package dev.jnetlink.codec;

import io.netty.buffer.ByteBuf;

/**
 * A flyweight cursor over the netlink messages in a receive buffer (one datagram may hold
 * many). {@link #next()} checks each header; the accessors read it; {@link #attributes}
 * positions the attribute cursor after the message's fixed header.
 *
 * <p>Not thread-safe.
 */
public final class MessageCursor {
    private final AttributeCursor attributes = new AttributeCursor();
    private ByteBuf buf;
    private int next;
    private int end;

    private int start = -1;
    private int length;
    private int type;
    private int flags;
    private int seq;
    private int pid;

    /**
     * Points the cursor at the readable bytes of {@code buf}.
     *
     * @param buf the received bytes, from reader index to writer index
     * @return this cursor
     */
    public MessageCursor reset(ByteBuf buf) {
        return reset(buf, buf.readerIndex(), buf.writerIndex());
    }

    /**
     * Points the cursor at the messages in {@code [start, end)}.
     *
     * @param buf the buffer
     * @param from absolute index of the first message
     * @param to absolute index past the last
     * @return this cursor
     */
    public MessageCursor reset(ByteBuf buf, int from, int to) {
        this.buf = buf;
        this.next = from;
        this.end = to;
        this.start = -1;
        return this;
    }

    /**
     * Moves to the next message.
     *
     * @return false when the buffer holds no more
     * @throws DecodeException if the next header is cut short or its length is impossible
     */
    public boolean next() {
        int left = end - next;
        if (left <= 0) {
            start = -1;
            return false;
        }
        if (left < NlMsg.HEADER_LENGTH) {
            throw new DecodeException("at offset " + next + " of the receive buffer: " + left
                    + " bytes are too short for a netlink message header (16 bytes)");
        }
        int len = HostOrder.getI32(buf, next);
        if (len < NlMsg.HEADER_LENGTH || len > left) {
            throw new DecodeException("at offset " + next + " of the receive buffer: nlmsg_len "
                    + Integer.toUnsignedString(len) + " is "
                    + (len < NlMsg.HEADER_LENGTH && len >= 0 ? "shorter than the 16-byte header"
                            : "past the end of the buffer (" + left + " bytes left)"));
        }
        start = next;
        length = len;
        type = HostOrder.getU16(buf, next + 4);
        flags = HostOrder.getU16(buf, next + 6);
        seq = HostOrder.getI32(buf, next + 8);
        pid = HostOrder.getI32(buf, next + 12);
        next = Math.min(end, next + NlMsg.align(len));
        return true;
    }

    /** @return absolute index of the current message's header */
    public int offset() {
        return start;
    }

    /** @return {@code nlmsg_len} */
    public int length() {
        return length;
    }

    /** @return {@code nlmsg_type} */
    public int type() {
        return type;
    }

    /** @return {@code nlmsg_flags} */
    public int flags() {
        return flags;
    }

    /** @return {@code nlmsg_seq} */
    public int seq() {
        return seq;
    }

    /** @return {@code nlmsg_pid} */
    public int pid() {
        return pid;
    }

    /** @return absolute index of the payload (after the 16-byte header) */
    public int payloadOffset() {
        return start + NlMsg.HEADER_LENGTH;
    }

    /** @return payload length */
    public int payloadLength() {
        return length - NlMsg.HEADER_LENGTH;
    }

    /** @return the buffer under the cursor */
    public ByteBuf buffer() {
        return buf;
    }

    /** @return the current message's type name as rtnetlink names it, e.g. {@code RTM_NEWLINK} */
    public String typeName() {
        return MessageTypes.name(type);
    }

    /**
     * @param family the family the message belongs to
     * @return the current message's type name in that family, e.g. {@code NFT_MSG_NEWRULE}
     */
    public String typeName(NetlinkFamily family) {
        return family.typeName(type);
    }

    /**
     * Checks that the payload holds a fixed header of {@code size} bytes.
     *
     * @param size bytes of fixed header (e.g. 16 for {@code ifinfomsg})
     * @param what its C name, for the error
     * @throws DecodeException if the payload is shorter
     */
    public void requirePayload(int size, String what) {
        requirePayload(size, what, typeName());
    }

    private void requirePayload(int size, String what, String typeName) {
        if (payloadLength() < size) {
            throw new DecodeException("in " + typeName + " at offset 16: payload of "
                    + payloadLength() + " bytes is too short for " + what + " (" + size + " bytes)");
        }
    }

    /**
     * Positions the attribute cursor after the fixed header the family declares for this
     * message's type, on the family's attribute space; errors name the message as the family
     * does ({@code in NFTA_RULE_EXPRESSIONS of NFT_MSG_NEWRULE at offset 40: ...}).
     *
     * @param family the family the message belongs to
     * @return the (reused) attribute cursor
     * @throws DecodeException if the payload is shorter than the fixed header, or the family
     *     does not describe this message type
     */
    public AttributeCursor attributes(NetlinkFamily family) {
        NetlinkFamily.MessageType t = family.messageType(type);
        String name = family.typeName(type);
        if (t == null || t.space() == null) {
            throw new DecodeException("in " + name + " at offset 4: " + family.name()
                    + " does not describe attributes for message type " + type);
        }
        requirePayload(t.fixedHeaderSize(), t.fixedHeaderName(), name);
        int from = payloadOffset() + NlMsg.align(t.fixedHeaderSize());
        int to = start + length;
        return attributes.reset(buf, Math.min(from, to), to, t.space(), start, name);
    }

    /**
     * Positions the attribute cursor on the attributes that follow a fixed header.
     *
     * @param fixedHeaderSize bytes of fixed header after the netlink header
     * @param space names of the attributes
     * @return the (reused) attribute cursor
     */
    public AttributeCursor attributes(int fixedHeaderSize, AttributeSpace space) {
        int from = payloadOffset() + NlMsg.align(fixedHeaderSize);
        int to = start + length;
        return attributes.reset(buf, Math.min(from, to), to, space, start, typeName());
    }
}

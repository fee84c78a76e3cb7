package dev.jnetlink.codec;

/**
 * An {@code NLMSG_ERROR} message ({@code struct nlmsgerr}): an acknowledgement when
 * {@link #error()} is 0, else the kernel's refusal of a request, with the extended-ack
 * details when the socket asked for them ({@code NETLINK_EXT_ACK}).
 *
 * @param error 0 for an ack, else a negative errno
 * @param requestType {@code nlmsg_type} of the request this answers
 * @param requestFlags {@code nlmsg_flags} of that request
 * @param requestSeq {@code nlmsg_seq} of that request
 * @param message {@code NLMSGERR_ATTR_MSG}: the kernel's text, or null
 * @param offset {@code NLMSGERR_ATTR_OFFS}: byte offset in the request of the attribute at
 *     fault, or -1
 * @param missingType {@code NLMSGERR_ATTR_MISS_TYPE}: a required attribute that was missing,
 *     or -1
 * @param missingNestOffset {@code NLMSGERR_ATTR_MISS_NEST}: offset of the nest it was
 *     missing from, or -1
 */
public record ErrorReply(int error, int requestType, int requestFlags, int requestSeq,
        String message, int offset, int missingType, int missingNestOffset) {

    /** {@code NLMSGERR_ATTR_MSG}. */
    public static final int ATTR_MSG = 1;
    /** {@code NLMSGERR_ATTR_OFFS}. */
    public static final int ATTR_OFFS = 2;
    /** {@code NLMSGERR_ATTR_COOKIE}. */
    public static final int ATTR_COOKIE = 3;
    /** {@code NLMSGERR_ATTR_POLICY}. */
    public static final int ATTR_POLICY = 4;
    /** {@code NLMSGERR_ATTR_MISS_TYPE}. */
    public static final int ATTR_MISS_TYPE = 5;
    /** {@code NLMSGERR_ATTR_MISS_NEST}. */
    public static final int ATTR_MISS_NEST = 6;

    private static final AttributeSpace SPACE = AttributeSpace.unnamed("NLMSGERR_ATTR");

    /** @return true for an acknowledgement (error 0) */
    public boolean isAck() {
        return error == 0;
    }

    /**
     * Decodes the {@code NLMSG_DONE} that ends a dump: its payload is the dump's result
     * (0, or a negative errno when the dump failed part-way), followed by extended-ack
     * attributes when {@code NLM_F_ACK_TLVS} is set.
     *
     * @param msg positioned on an {@code NLMSG_DONE}
     * @return the result as an error reply ({@link #isAck()} when the dump succeeded)
     */
    public static ErrorReply decodeDone(MessageCursor msg) {
        if (msg.payloadLength() < 4) {
            return new ErrorReply(0, 0, 0, msg.seq(), null, -1, -1, -1);
        }
        int error = HostOrder.getI32(msg.buffer(), msg.payloadOffset());
        Tlvs t = (msg.flags() & NlMsg.F_ACK_TLVS) != 0
                ? tlvs(msg, msg.payloadOffset() + 4) : Tlvs.NONE;
        return new ErrorReply(error, 0, 0, msg.seq(), t.text, t.offset, t.missType, t.missNest);
    }

    private record Tlvs(String text, int offset, int missType, int missNest) {
        static final Tlvs NONE = new Tlvs(null, -1, -1, -1);
    }

    private static Tlvs tlvs(MessageCursor msg, int from) {
        String text = null;
        int offset = -1;
        int missType = -1;
        int missNest = -1;
        int end = msg.offset() + msg.length();
        AttributeCursor c = msg.attributes(0, SPACE);
        c.reset(msg.buffer(), Math.min(from, end), end, SPACE, msg.offset(), msg.typeName());
        while (c.next()) {
            switch (c.type()) {
                case ATTR_MSG -> text = c.string();
                case ATTR_OFFS -> offset = c.u32();
                case ATTR_MISS_TYPE -> missType = c.u32();
                case ATTR_MISS_NEST -> missNest = c.u32();
                default -> {
                    // cookie and policy: not used
                }
            }
        }
        return new Tlvs(text, offset, missType, missNest);
    }

    /**
     * Decodes the error message under the cursor.
     *
     * @param msg positioned on an {@code NLMSG_ERROR}
     * @return the reply
     * @throws DecodeException if it is malformed
     */
    public static ErrorReply decode(MessageCursor msg) {
        msg.requirePayload(4 + NlMsg.HEADER_LENGTH, "nlmsgerr");
        var buf = msg.buffer();
        int p = msg.payloadOffset();
        int error = HostOrder.getI32(buf, p);
        int origLen = HostOrder.getI32(buf, p + 4);
        int origType = HostOrder.getU16(buf, p + 8);
        int origFlags = HostOrder.getU16(buf, p + 10);
        int origSeq = HostOrder.getI32(buf, p + 12);
        Tlvs t = Tlvs.NONE;
        if ((msg.flags() & NlMsg.F_ACK_TLVS) != 0) {
            // The echoed request is cut to its header when CAPPED (always so for acks).
            boolean capped = (msg.flags() & NlMsg.F_CAPPED) != 0 || error == 0;
            int echoed = capped ? NlMsg.HEADER_LENGTH : origLen;
            if (echoed < NlMsg.HEADER_LENGTH || echoed > msg.payloadLength() - 4) {
                throw new DecodeException("in NLMSG_ERROR at offset 20: echoed request length "
                        + Integer.toUnsignedString(origLen) + " does not fit the "
                        + msg.payloadLength() + "-byte payload");
            }
            t = tlvs(msg, p + 4 + NlMsg.align(echoed));
        }
        return new ErrorReply(error, origType, origFlags, origSeq, t.text, t.offset, t.missType,
                t.missNest);
    }
}

package dev.jnetlink.testing;

import dev.jnetlink.codec.ErrorReply;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;

/**
 * Writes the control messages the kernel sends ({@code NLMSG_ERROR}, {@code NLMSG_DONE},
 * {@code NLMSG_NOOP}) the way it lays them out with {@code NETLINK_CAP_ACK} and
 * {@code NETLINK_EXT_ACK}: for the decoder's round-trip property and for scripted replies in
 * engine unit tests. The library itself only reads them.
 */
public final class ControlMessages {
    private ControlMessages() {
    }

    /**
     * An {@code NLMSG_ERROR}: the error, the request's header echoed (capped: no payload) and
     * the extended-ack attributes the reply carries.
     *
     * @param w the writer
     * @param seq {@code nlmsg_seq} of the error message itself (the kernel copies the
     *     request's)
     * @param reply what to write; {@code requestSeq} goes into the echoed header
     */
    public static void error(MessageWriter w, int seq, ErrorReply reply) {
        boolean tlvs = hasTlvs(reply);
        int m = w.beginMessage(NlMsg.ERROR, NlMsg.F_CAPPED | (tlvs ? NlMsg.F_ACK_TLVS : 0), seq);
        HostOrder.writeI32(w.buffer(), reply.error());
        HostOrder.writeI32(w.buffer(), NlMsg.HEADER_LENGTH);
        HostOrder.writeU16(w.buffer(), reply.requestType());
        HostOrder.writeU16(w.buffer(), reply.requestFlags());
        HostOrder.writeI32(w.buffer(), reply.requestSeq());
        HostOrder.writeI32(w.buffer(), 0);
        writeTlvs(w, reply);
        w.endMessage(m);
    }

    /**
     * An {@code NLMSG_DONE} ending a dump: its result and extended-ack attributes.
     *
     * @param w the writer
     * @param reply the result; {@code requestSeq} is the message's {@code nlmsg_seq}
     */
    public static void done(MessageWriter w, ErrorReply reply) {
        boolean tlvs = hasTlvs(reply);
        int m = w.beginMessage(NlMsg.DONE, NlMsg.F_MULTI | (tlvs ? NlMsg.F_ACK_TLVS : 0),
                reply.requestSeq());
        HostOrder.writeI32(w.buffer(), reply.error());
        writeTlvs(w, reply);
        w.endMessage(m);
    }

    /**
     * @param w the writer
     * @param seq the sequence number of the request acknowledged
     * @param requestType its type
     */
    public static void ack(MessageWriter w, int seq, int requestType) {
        error(w, seq, new ErrorReply(0, requestType, 0, seq, null, -1, -1, -1));
    }

    /**
     * @param w the writer
     * @param seq the sequence number of the request refused
     * @param requestType its type
     * @param errno the positive errno, e.g. 17 for EEXIST
     * @param message the kernel's extended-ack text, or null
     */
    public static void refusal(MessageWriter w, int seq, int requestType, int errno,
            String message) {
        error(w, seq, new ErrorReply(-errno, requestType, 0, seq, message, -1, -1, -1));
    }

    /**
     * @param w the writer
     * @param seq the dump's sequence number
     * @param errno 0 for success, else the positive errno the dump failed with
     */
    public static void done(MessageWriter w, int seq, int errno) {
        done(w, new ErrorReply(-errno, 0, 0, seq, null, -1, -1, -1));
    }

    /**
     * An {@code NLMSG_NOOP}: a message with no payload that the receiver ignores.
     *
     * @param w the writer
     * @param seq its sequence number
     */
    public static void noop(MessageWriter w, int seq) {
        w.endMessage(w.beginMessage(NlMsg.NOOP, 0, seq));
    }

    private static boolean hasTlvs(ErrorReply r) {
        return r.message() != null || r.offset() != -1 || r.missingType() != -1
                || r.missingNestOffset() != -1;
    }

    private static void writeTlvs(MessageWriter w, ErrorReply r) {
        if (r.message() != null) {
            w.putString(ErrorReply.ATTR_MSG, r.message());
        }
        if (r.offset() != -1) {
            w.putU32(ErrorReply.ATTR_OFFS, r.offset());
        }
        if (r.missingType() != -1) {
            w.putU32(ErrorReply.ATTR_MISS_TYPE, r.missingType());
        }
        if (r.missingNestOffset() != -1) {
            w.putU32(ErrorReply.ATTR_MISS_NEST, r.missingNestOffset());
        }
    }
}

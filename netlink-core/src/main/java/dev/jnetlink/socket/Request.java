package dev.jnetlink.socket;

import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.MessageTypes;
import dev.jnetlink.codec.MessageWriter;
import java.util.Objects;

/**
 * One netlink request: its message type and flags, what it is about (for error messages), and
 * a body that writes the fixed header and attributes. {@link RequestEngine} adds the netlink
 * header, {@code NLM_F_REQUEST}, the sequence number and, as the call needs,
 * {@code NLM_F_ACK} or {@code NLM_F_DUMP}.
 *
 * @param type {@code nlmsg_type}, e.g. {@code RTM_NEWLINK}
 * @param flags extra flags, e.g. {@code NLM_F_CREATE | NLM_F_EXCL}
 * @param object what the request is about, e.g. {@code veth1.1}; may be null
 * @param fixedHeaderSize size of the fixed header the body writes first (16 for
 *     {@code ifinfomsg}), used to find attributes named by an extended ack
 * @param space names of the body's attributes, for extended-ack messages; may be null
 * @param body writes the payload
 */
public record Request(int type, int flags, String object, int fixedHeaderSize,
        AttributeSpace space, Body body) {

    /** Writes a request's payload (fixed header, then attributes) after the netlink header. */
    @FunctionalInterface
    public interface Body {
        /** @param writer positioned after the netlink header */
        void write(MessageWriter writer);
    }

    /**
     * @param type message type
     * @param flags extra flags
     * @param object what it is about, or null
     * @param fixedHeaderSize fixed header size
     * @param space attribute names, or null
     * @param body the payload writer
     */
    public Request {
        Objects.requireNonNull(body, "body");
    }

    /** @return the request's name and object, e.g. {@code RTM_NEWLINK veth1.1} */
    public String describe() {
        return object == null ? MessageTypes.name(type) : MessageTypes.name(type) + " " + object;
    }
}

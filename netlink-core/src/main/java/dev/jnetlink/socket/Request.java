package dev.jnetlink.socket;

import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.MessageTypes;
import dev.jnetlink.codec.MessageWriter;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One netlink request: its message type and flags, what it is about (for error messages), and
 * a body that writes the fixed header and attributes. {@link RequestEngine} adds the netlink
 * header, {@code NLM_F_REQUEST}, the sequence number and, as the call needs,
 * {@code NLM_F_ACK} or {@code NLM_F_DUMP}.
 *
 * <p>What the request is about can be given as a supplier, computed only if an error message
 * needs it: a batch of 100,000 routes would otherwise format 100,000 descriptions to report
 * none.
 */
public final class Request {
    private final int type;
    private final int flags;
    private final Supplier<String> about;
    private final int fixedHeaderSize;
    private final AttributeSpace space;
    private final Body body;

    /** Writes a request's payload (fixed header, then attributes) after the netlink header. */
    @FunctionalInterface
    public interface Body {
        /** @param writer positioned after the netlink header */
        void write(MessageWriter writer);
    }

    /**
     * @param type {@code nlmsg_type}, e.g. {@code RTM_NEWLINK}
     * @param flags extra flags, e.g. {@code NLM_F_CREATE | NLM_F_EXCL}
     * @param object what the request is about, e.g. {@code veth1.1}; may be null
     * @param fixedHeaderSize size of the fixed header the body writes first (16 for
     *     {@code ifinfomsg}), used to find attributes named by an extended ack
     * @param space names of the body's attributes, for extended-ack messages; may be null
     * @param body writes the payload
     */
    public Request(int type, int flags, String object, int fixedHeaderSize, AttributeSpace space,
            Body body) {
        this(object == null ? null : () -> object, type, flags, fixedHeaderSize, space, body);
    }

    /**
     * A request whose description is computed only when an error message needs it (what
     * {@code ip -batch} prints as the failing line, formatted only for the line that failed).
     *
     * @param type {@code nlmsg_type}
     * @param flags extra flags
     * @param object computes what the request is about, e.g. {@code spec::toString}
     * @param fixedHeaderSize size of the fixed header the body writes first
     * @param space names of the body's attributes, or null
     * @param body writes the payload
     * @return the request
     */
    public static Request describedLazily(int type, int flags, Supplier<String> object,
            int fixedHeaderSize, AttributeSpace space, Body body) {
        return new Request(Objects.requireNonNull(object, "object"), type, flags, fixedHeaderSize,
                space, body);
    }

    private Request(Supplier<String> object, int type, int flags, int fixedHeaderSize,
            AttributeSpace space, Body body) {
        this.type = type;
        this.flags = flags;
        this.about = object;
        this.fixedHeaderSize = fixedHeaderSize;
        this.space = space;
        this.body = Objects.requireNonNull(body, "body");
    }

    /** @return {@code nlmsg_type} */
    public int type() {
        return type;
    }

    /** @return the extra flags */
    public int flags() {
        return flags;
    }

    /** @return what the request is about, e.g. {@code veth1.1}, or null */
    public String object() {
        return about == null ? null : about.get();
    }

    /** @return the size of the fixed header the body writes first */
    public int fixedHeaderSize() {
        return fixedHeaderSize;
    }

    /** @return names of the body's attributes, or null */
    public AttributeSpace space() {
        return space;
    }

    /** @return the payload writer */
    public Body body() {
        return body;
    }

    /** @return the request's name and object, e.g. {@code RTM_NEWLINK veth1.1} */
    public String describe() {
        String object = object();
        return object == null ? MessageTypes.name(type) : MessageTypes.name(type) + " " + object;
    }

    @Override
    public String toString() {
        return "Request[" + describe() + "]";
    }
}

package dev.jnetlink.socket;

import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NetlinkFamily;
import dev.jnetlink.codec.Rtnetlink;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One netlink request: its message type and flags, what it is about (for error messages), and
 * a body that writes the fixed header and attributes. {@link RequestEngine} adds the netlink
 * header, {@code NLM_F_REQUEST}, the sequence number and, as the call needs,
 * {@code NLM_F_ACK} or {@code NLM_F_DUMP}.
 *
 * <p>The request belongs to a {@link NetlinkFamily} (rtnetlink unless given), which names its
 * type in errors ({@code NFT_MSG_NEWRULE nat/prerouting: ENOENT ...}) and, unless the request
 * says otherwise, gives the fixed header and attributes an extended ack is located in.
 *
 * <p>What the request is about can be given as a supplier, computed only if an error message
 * needs it: a batch of 100,000 routes would otherwise format 100,000 descriptions to report
 * none.
 */
public final class Request {
    private final NetlinkFamily family;
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
        this(Rtnetlink.FAMILY, object == null ? null : () -> object, type, flags, fixedHeaderSize,
                space, body);
    }

    /**
     * A request of a family whose descriptor gives its fixed header and attributes.
     *
     * @param family the request's family
     * @param type {@code nlmsg_type}, e.g. {@code NFT_MSG_NEWRULE}
     * @param flags extra flags, e.g. {@code NLM_F_CREATE | NLM_F_ECHO}
     * @param object what the request is about, e.g. {@code nat/prerouting}; may be null
     * @param body writes the payload
     */
    public Request(NetlinkFamily family, int type, int flags, String object, Body body) {
        this(family, object == null ? null : () -> object, type, flags, family.fixedHeaderSize(type),
                family.space(type), body);
    }

    /**
     * A request of a family whose descriptor gives its fixed header and attributes, described
     * only when an error message needs it.
     *
     * @param family the request's family
     * @param type {@code nlmsg_type}
     * @param flags extra flags
     * @param object computes what the request is about
     * @param body writes the payload
     * @return the request
     */
    public static Request describedLazily(NetlinkFamily family, int type, int flags,
            Supplier<String> object, Body body) {
        return new Request(family, Objects.requireNonNull(object, "object"), type, flags,
                family.fixedHeaderSize(type), family.space(type), body);
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
        return new Request(Rtnetlink.FAMILY, Objects.requireNonNull(object, "object"), type, flags,
                fixedHeaderSize, space, body);
    }

    private Request(NetlinkFamily family, Supplier<String> object, int type, int flags,
            int fixedHeaderSize, AttributeSpace space, Body body) {
        this.family = Objects.requireNonNull(family, "family");
        this.type = type;
        this.flags = flags;
        this.about = object;
        this.fixedHeaderSize = fixedHeaderSize;
        this.space = space;
        this.body = Objects.requireNonNull(body, "body");
    }

    /** @return the family the request belongs to */
    public NetlinkFamily family() {
        return family;
    }

    /** @return {@code nlmsg_type} */
    public int type() {
        return type;
    }

    /** @return the type's name in the request's family, e.g. {@code RTM_NEWLINK} */
    public String typeName() {
        return family.typeName(type);
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
        return object == null ? typeName() : typeName() + " " + object;
    }

    @Override
    public String toString() {
        return "Request[" + describe() + "]";
    }
}

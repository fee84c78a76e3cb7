package dev.jnetlink.codec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One netlink protocol, described once: its protocol number ({@code NETLINK_ROUTE},
 * {@code NETLINK_NETFILTER}), the names of its message types, the fixed header each type
 * carries after {@code nlmsghdr} ({@code ifinfomsg}, {@code nfgenmsg}), the attribute space
 * at the top of each type, and the byte order of its attribute values. A
 * {@code dev.jnetlink.socket.Request}, the error text and the extended-ack locator read it,
 * so a request of any family is named ({@code NFT_MSG_NEWRULE}) and its rejected attribute
 * located ({@code NFTA_RULE_CHAIN}) the same way.
 *
 * <p>Core describes rtnetlink ({@link Rtnetlink#FAMILY}); another protocol plugs in by
 * building its own descriptor, as {@code netlink-nftables} does for nfnetlink:
 * <pre>{@code
 * NetlinkFamily NFNETLINK = NetlinkFamily.builder("nfnetlink", 12, ByteOrder.BIG_ENDIAN)
 *         .message(0x10, "NFNL_MSG_BATCH_BEGIN", "nfgenmsg", 4, NfnlBatch.SPACE)
 *         .message(0x0a06, "NFT_MSG_NEWRULE", "nfgenmsg", 4, NftaRule.SPACE)
 *         .build();
 * }</pre>
 *
 * <p>Immutable once built; thread-safe.
 */
public final class NetlinkFamily {
    private static final Map<Integer, String> CONTROL = Map.of(
            NlMsg.NOOP, "NLMSG_NOOP", NlMsg.ERROR, "NLMSG_ERROR", NlMsg.DONE, "NLMSG_DONE",
            NlMsg.OVERRUN, "NLMSG_OVERRUN");

    /**
     * What a family knows about one message type.
     *
     * @param type {@code nlmsg_type}
     * @param name its C name, e.g. {@code RTM_NEWLINK}
     * @param fixedHeaderName the C name of the structure after {@code nlmsghdr}, or null
     * @param fixedHeaderSize its size in bytes (0 when none)
     * @param space the attribute space after the fixed header, or null if it has none
     */
    public record MessageType(int type, String name, String fixedHeaderName, int fixedHeaderSize,
            AttributeSpace space) {
    }

    private final String name;
    private final int protocol;
    private final ByteOrder valueOrder;
    private final Map<Integer, MessageType> types;

    private NetlinkFamily(Builder b) {
        this.name = b.name;
        this.protocol = b.protocol;
        this.valueOrder = b.valueOrder;
        this.types = Map.copyOf(b.types);
    }

    /**
     * Starts a family's description.
     *
     * @param name the family's name, for diagnostics, e.g. {@code "rtnetlink"}
     * @param protocol the {@code socket(AF_NETLINK, SOCK_RAW, protocol)} number
     * @param valueOrder the byte order of its integer attribute values
     * @return a builder
     */
    public static Builder builder(String name, int protocol, ByteOrder valueOrder) {
        return new Builder(name, protocol, valueOrder);
    }

    /** @return the family's name, e.g. {@code rtnetlink} */
    public String name() {
        return name;
    }

    /** @return the netlink protocol number, e.g. 0 for {@code NETLINK_ROUTE} */
    public int protocol() {
        return protocol;
    }

    /** @return the byte order of its integer attribute values */
    public ByteOrder valueOrder() {
        return valueOrder;
    }

    /**
     * @param type {@code nlmsg_type}
     * @return what the family knows about it, or null for a type it does not describe
     */
    public MessageType messageType(int type) {
        return types.get(type);
    }

    /**
     * @param type {@code nlmsg_type}
     * @return its name, {@code NLMSG_ERROR}, {@code RTM_NEWLINK}, {@code NFT_MSG_NEWRULE}, or
     *     {@code NLMSG_<number>} for a type the family does not describe
     */
    public String typeName(int type) {
        String control = CONTROL.get(type);
        if (control != null) {
            return control;
        }
        MessageType t = types.get(type);
        return t != null ? t.name() : "NLMSG_" + type;
    }

    /**
     * @param type {@code nlmsg_type}
     * @return the size of its fixed header, 0 if none or unknown
     */
    public int fixedHeaderSize(int type) {
        MessageType t = types.get(type);
        return t == null ? 0 : t.fixedHeaderSize();
    }

    /**
     * @param type {@code nlmsg_type}
     * @return the attribute space after its fixed header, or null if unknown
     */
    public AttributeSpace space(int type) {
        MessageType t = types.get(type);
        return t == null ? null : t.space();
    }

    @Override
    public String toString() {
        return name + " (protocol " + protocol + ")";
    }

    /** Declares a family's message types; {@link #build()} freezes them. */
    public static final class Builder {
        private final String name;
        private final int protocol;
        private final ByteOrder valueOrder;
        private final Map<Integer, MessageType> types = new HashMap<>();
        private final java.util.Set<Integer> described = new java.util.HashSet<>();

        private Builder(String name, int protocol, ByteOrder valueOrder) {
            this.name = Objects.requireNonNull(name, "name");
            this.protocol = protocol;
            this.valueOrder = Objects.requireNonNull(valueOrder, "valueOrder");
        }

        /**
         * Describes one message type.
         *
         * @param type {@code nlmsg_type}
         * @param typeName its C name
         * @param fixedHeaderName the C name of its fixed header, or null if none
         * @param fixedHeaderSize the fixed header's size
         * @param space its top-level attributes, or null if it has none
         * @return this builder
         * @throws IllegalArgumentException if the type is a control type, described twice, or
         *     its space's value order is not the family's
         */
        public Builder message(int type, String typeName, String fixedHeaderName,
                int fixedHeaderSize, AttributeSpace space) {
            if (type < NlMsg.MIN_TYPE || type > 0xffff) {
                throw new IllegalArgumentException(typeName + ": type " + type
                        + " is not a family message type (control types are below 16)");
            }
            if (space != null && space.valueOrder() != valueOrder) {
                throw new IllegalArgumentException(typeName + ": the " + space + " space's values are "
                        + space.valueOrder() + ", the " + name + " family's " + valueOrder);
            }
            if (!described.add(type)) {
                throw new IllegalArgumentException(typeName + ": type " + type
                        + " is already described as " + types.get(type).name());
            }
            types.put(type, new MessageType(type, Objects.requireNonNull(typeName, "typeName"),
                    fixedHeaderName, fixedHeaderSize, space));
            return this;
        }

        /**
         * Names every {@code public static final int} constant of a class as a message type of
         * no known layout, {@code PREFIX_FIELD}; for types a family names but does not decode.
         * Types described by {@link #message}, before or after, keep their description.
         *
         * @param prefix e.g. {@code "RTM"}
         * @param constants the class
         * @return this builder
         */
        public Builder names(String prefix, Class<?> constants) {
            for (Field f : constants.getDeclaredFields()) {
                int m = f.getModifiers();
                if (f.getType() != int.class || !Modifier.isStatic(m) || !Modifier.isFinal(m)) {
                    continue;
                }
                int value;
                try {
                    value = f.getInt(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (value >= NlMsg.MIN_TYPE && value <= 0xffff && !described.contains(value)) {
                    types.put(value, new MessageType(value, prefix + "_" + f.getName(),
                            null, 0, null));
                }
            }
            return this;
        }

        /** @return the immutable family */
        public NetlinkFamily build() {
            return new NetlinkFamily(this);
        }
    }
}

package dev.jnetlink.codec.addr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCodec;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;

/**
 * Decodes and encodes address messages ({@code RTM_NEWADDR}, {@code RTM_DELADDR}):
 * {@code ifaddrmsg} plus {@code IFA_*} attributes into an {@link Address}.
 */
public final class AddressCodec {
    /** The {@code IFA_*} table in the order the kernel emits an IPv4 address ({@code inet_fill_ifaddr}). */
    public static final AttributeSetCodec<Address> ATTRIBUTES = AttributeSetCodec
            .builder(Address.class, Ifa.SPACE)
            .leading("header")
            .u32("targetNetnsid", Ifa.TARGET_NETNSID)
            .inet("address", Ifa.ADDRESS)
            .inet("local", Ifa.LOCAL)
            .inet("broadcast", Ifa.BROADCAST)
            .string("label", Ifa.LABEL)
            .u8("proto", Ifa.PROTO)
            .u32("flags", Ifa.FLAGS)
            .u32("rtPriority", Ifa.RT_PRIORITY)
            .attr("cacheInfo", Ifa.CACHEINFO, AddressCacheInfo.CODEC)
            .inet("anycast", Ifa.ANYCAST)
            .inet("multicast", Ifa.MULTICAST)
            .unknown("unknown")
            .build(v -> new Address(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /**
     * The same table in the order the kernel emits an IPv6 address ({@code inet6_fill_ifaddr},
     * {@code inet6_fill_ifmcaddr}, {@code inet6_fill_ifacaddr}): local before address, and the
     * cache info before the flags.
     */
    public static final AttributeSetCodec<Address> IPV6_ATTRIBUTES = ATTRIBUTES.withEncodeOrder(
            "targetNetnsid", "local", "address", "multicast", "anycast", "rtPriority",
            "cacheInfo", "flags", "proto", "broadcast", "label");

    /** {@code ifaddrmsg} then the attributes. */
    public static final MessageCodec<IfAddrMsg, Address> MESSAGE = MessageCodec.of("ifaddrmsg", IfAddrMsg.SIZE,
            IfAddrMsg::read, IfAddrMsg::write, Address::header, ATTRIBUTES).encodingIn(
            a -> a.family() == AddressFamily.INET6 ? IPV6_ATTRIBUTES : ATTRIBUTES);

    private AddressCodec() {
    }

    /**
     * Decodes the address message under the cursor.
     *
     * @param msg positioned on an {@code RTM_NEWADDR}/{@code RTM_DELADDR} message
     * @return the address
     * @throws DecodeException if the message is malformed
     */
    public static Address decode(MessageCursor msg) {
        return MESSAGE.decode(msg);
    }

    /**
     * Writes the payload of an address message: {@code ifaddrmsg} then the attributes, in
     * the kernel's order for the address's family.
     *
     * @param writer positioned after the netlink header
     * @param address the address
     */
    public static void encode(MessageWriter writer, Address address) {
        MESSAGE.encode(writer, address);
    }
}

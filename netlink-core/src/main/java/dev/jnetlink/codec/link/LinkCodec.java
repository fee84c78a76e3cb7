package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageCodec;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.ValueCodecs;

/**
 * Decodes and encodes link messages ({@code RTM_NEWLINK}, {@code RTM_DELLINK}, and link
 * requests): {@code ifinfomsg} plus {@code IFLA_*} attributes into a {@link Link}.
 */
public final class LinkCodec {
    /** The {@code IFLA_*} attribute table, in the kernel's emission order (Linux 6.18). */
    public static final AttributeSetCodec<Link> ATTRIBUTES = AttributeSetCodec
            .builder(Link.class, Ifla.SPACE)
            .leading("header")
            .u32("targetNetnsid", Ifla.TARGET_NETNSID)
            .string("name", Ifla.IFNAME)
            .u32("txqlen", Ifla.TXQLEN)
            .u8("operState", Ifla.OPERSTATE)
            .u8("linkMode", Ifla.LINKMODE)
            .u8("netnsImmutable", Ifla.NETNS_IMMUTABLE)
            .u32("mtu", Ifla.MTU)
            .u32("minMtu", Ifla.MIN_MTU)
            .u32("maxMtu", Ifla.MAX_MTU)
            .u32("group", Ifla.GROUP)
            .u32("promiscuity", Ifla.PROMISCUITY)
            .u32("allmulti", Ifla.ALLMULTI)
            .u32("numTxQueues", Ifla.NUM_TX_QUEUES)
            .group("offload", LinkOffload.ATTRIBUTES)
            .u32("numRxQueues", Ifla.NUM_RX_QUEUES)
            .u32("master", Ifla.MASTER)
            .u8("carrier", Ifla.CARRIER)
            .string("alias", Ifla.IFALIAS)
            .group("carrierCounts", CarrierCounts.ATTRIBUTES)
            .u16("headroom", Ifla.HEADROOM)
            .u16("tailroom", Ifla.TAILROOM)
            .u8("protoDown", Ifla.PROTO_DOWN)
            .bytes("protoDownReason", Ifla.PROTO_DOWN_REASON | Nla.F_NESTED)
            .u32("event", Ifla.EVENT)
            .mac("address", Ifla.ADDRESS)
            .mac("broadcast", Ifla.BROADCAST)
            .group("physicalPort", PhysicalPort.ATTRIBUTES)
            .attr("stats64", Ifla.STATS64, LinkStats.CODEC64)
            .attr("stats", Ifla.STATS, LinkStats.CODEC32)
            .group("virtualFunctions", VirtualFunctions.ATTRIBUTES)
            .bytes("xdp", Ifla.XDP)
            .attr("linkInfo", Ifla.LINKINFO, LinkInfo.CODEC)
            .u32("linkNetnsid", Ifla.LINK_NETNSID)
            .u32("newNetnsid", Ifla.NEW_NETNSID)
            .u32("newIfindex", Ifla.NEW_IFINDEX)
            .u32("link", Ifla.LINK)
            .sharedString("qdisc", Ifla.QDISC)
            .bytes("afSpec", Ifla.AF_SPEC)
            .bytes("map", Ifla.MAP)
            .attr("altNames", Ifla.PROP_LIST | Nla.F_NESTED,
                    ValueCodecs.listOf(Ifla.ALT_IFNAME, ValueCodecs.STRING))
            .mac("permAddress", Ifla.PERM_ADDRESS)
            .string("parentDevName", Ifla.PARENT_DEV_NAME)
            .string("parentDevBusName", Ifla.PARENT_DEV_BUS_NAME)
            .bytes("devlinkPort", Ifla.DEVLINK_PORT | Nla.F_NESTED)
            .bytes("dpllPin", Ifla.DPLL_PIN | Nla.F_NESTED)
            .bytes("protinfo", Ifla.PROTINFO)
            .u32("extMask", Ifla.EXT_MASK)
            .u32("netNsPid", Ifla.NET_NS_PID)
            .u32("netNsFd", Ifla.NET_NS_FD)
            .unknown("unknown")
            .build(v -> new Link(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next()));

    /** {@code ifinfomsg} then the attributes. */
    public static final MessageCodec<IfInfoMsg, Link> MESSAGE = MessageCodec.of("ifinfomsg", IfInfoMsg.SIZE,
            IfInfoMsg::read, IfInfoMsg::write, Link::header, ATTRIBUTES);

    private LinkCodec() {
    }

    /**
     * Decodes the link message under the cursor.
     *
     * @param msg positioned on an {@code RTM_NEWLINK}/{@code RTM_DELLINK} message
     * @return the link
     * @throws dev.jnetlink.codec.DecodeException if the message is malformed
     */
    public static Link decode(MessageCursor msg) {
        return MESSAGE.decode(msg);
    }

    /**
     * Writes the payload of a link message: {@code ifinfomsg} then the attributes.
     *
     * @param writer positioned after the netlink header
     * @param link the link
     */
    public static void encode(MessageWriter writer, Link link) {
        MESSAGE.encode(writer, link);
    }
}

package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.MessageCodec;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;

/**
 * Decodes and encodes {@code AF_BRIDGE} link messages ({@code RTM_NEWLINK} replies of a
 * {@code PF_BRIDGE} link dump, {@code RTM_SETLINK}/{@code RTM_DELLINK} requests of
 * {@code bridge link set} and {@code bridge vlan add/del}) into {@link BridgeLink}.
 */
public final class BridgeLinkCodec {
    /** {@code AF_BRIDGE} ({@code PF_BRIDGE}). */
    public static final int AF_BRIDGE = 7;
    /** {@code RTEXT_FILTER_BRVLAN}: {@code IFLA_EXT_MASK} bit asking for every VLAN. */
    public static final int RTEXT_FILTER_BRVLAN = 1 << 1;
    /** {@code RTEXT_FILTER_BRVLAN_COMPRESSED}: VLANs with equal flags sent as ranges. */
    public static final int RTEXT_FILTER_BRVLAN_COMPRESSED = 1 << 2;

    /**
     * The {@code IFLA_*} names as {@code AF_BRIDGE} messages use them: {@code IFLA_PROTINFO}
     * holds {@code IFLA_BRPORT_*} and {@code IFLA_AF_SPEC} holds {@code IFLA_BRIDGE_*}. A
     * space of its own, so that core's {@code IFLA} space keeps its meaning for other families.
     */
    public static final AttributeSpace SPACE = Ifla.SPACE
            .withChild(Ifla.PROTINFO, IflaBrport.SPACE)
            .withChild(Ifla.AF_SPEC, IflaBridge.SPACE);

    /** The table, in {@code br_fill_ifinfo}'s order. */
    public static final AttributeSetCodec<BridgeLink> ATTRIBUTES = AttributeSetCodec
            .builder(BridgeLink.class, SPACE)
            .leading("header")
            .string("name", Ifla.IFNAME)
            .u32("master", Ifla.MASTER)
            .u32("mtu", Ifla.MTU)
            .u8("operState", Ifla.OPERSTATE)
            .mac("address", Ifla.ADDRESS)
            .u32("link", Ifla.LINK)
            .nested("protinfo", Ifla.PROTINFO | Nla.F_NESTED, BridgePortInfo.CODEC)
            .attr("afSpec", Ifla.AF_SPEC, BridgeAfSpec.CODEC)
            .unknown("unknown")
            .build(v -> new BridgeLink(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next()));

    /** {@code ifinfomsg} then the attributes. */
    public static final MessageCodec<IfInfoMsg, BridgeLink> MESSAGE = MessageCodec.of("ifinfomsg",
            IfInfoMsg.SIZE, IfInfoMsg::read, IfInfoMsg::write, BridgeLink::header, ATTRIBUTES);

    private BridgeLinkCodec() {
    }

    /**
     * @param msg positioned on an {@code AF_BRIDGE} {@code RTM_NEWLINK}/{@code RTM_DELLINK}
     * @return the decoded link
     * @throws dev.jnetlink.codec.DecodeException if the message is malformed
     */
    public static BridgeLink decode(MessageCursor msg) {
        return MESSAGE.decode(msg);
    }

    /**
     * Writes the payload: {@code ifinfomsg} then the attributes.
     *
     * @param writer positioned after the netlink header
     * @param link the link
     */
    public static void encode(MessageWriter writer, BridgeLink link) {
        MESSAGE.encode(writer, link);
    }
}

package dev.jnetlink.codec.nexthop;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCodec;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.Nla;

/**
 * Decodes and encodes nexthop object messages ({@code RTM_NEWNEXTHOP}, {@code RTM_DELNEXTHOP}):
 * {@code nhmsg} plus {@code NHA_*} attributes into a {@link NextHopObject}.
 */
public final class NextHopObjectCodec {
    /**
     * The {@code NHA_*} table in the kernel's order ({@code nh_fill_node}, Linux 6.18): the id,
     * fdb, then a group's attributes or a single next hop's.
     */
    public static final AttributeSetCodec<NextHopObject> ATTRIBUTES = AttributeSetCodec
            .builder(NextHopObject.class, Nha.SPACE)
            .leading("header")
            .u32("id", Nha.ID)
            .flag("fdb", Nha.FDB)
            .u16("groupType", Nha.GROUP_TYPE)
            .attr("group", Nha.GROUP, NextHopGroupMember.GROUP)
            .nested("resilient", Nha.RES_GROUP | Nla.F_NESTED, ResilientGroup.CODEC)
            .u32("opFlags", Nha.OP_FLAGS)
            .bytes("groupStats", Nha.GROUP_STATS)
            .u32("hwStatsEnable", Nha.HW_STATS_ENABLE)
            .u32("hwStatsUsed", Nha.HW_STATS_USED)
            .flag("blackhole", Nha.BLACKHOLE)
            .u32("oif", Nha.OIF)
            .inet("gateway", Nha.GATEWAY)
            .bytes("encap", Nha.ENCAP)
            .u16("encapType", Nha.ENCAP_TYPE)
            .unknown("unknown")
            .build(v -> new NextHopObject(v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next()));

    /** {@code nhmsg} then the attributes. */
    public static final MessageCodec<NhMsg, NextHopObject> MESSAGE = MessageCodec.of("nhmsg",
            NhMsg.SIZE, NhMsg::read, NhMsg::write, NextHopObject::header, ATTRIBUTES);

    private NextHopObjectCodec() {
    }

    /**
     * Decodes the nexthop object message under the cursor.
     *
     * @param msg positioned on an {@code RTM_NEWNEXTHOP}/{@code RTM_DELNEXTHOP} message
     * @return the object
     * @throws DecodeException if the message is malformed
     */
    public static NextHopObject decode(MessageCursor msg) {
        return MESSAGE.decode(msg);
    }

    /**
     * Writes the payload of a nexthop object message: {@code nhmsg} then the attributes.
     *
     * @param writer positioned after the netlink header
     * @param object the object
     */
    public static void encode(MessageWriter writer, NextHopObject object) {
        MESSAGE.encode(writer, object);
    }
}

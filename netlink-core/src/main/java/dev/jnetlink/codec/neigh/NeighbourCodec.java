package dev.jnetlink.codec.neigh;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCodec;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;

/**
 * Decodes and encodes neighbour messages ({@code RTM_NEWNEIGH}, {@code RTM_DELNEIGH}):
 * {@code ndmsg} plus {@code NDA_*} attributes into a {@link Neighbour}.
 */
public final class NeighbourCodec {
    /** The {@code NDA_*} table in the kernel's order for ARP/NDP entries (Linux 6.18). */
    public static final AttributeSetCodec<Neighbour> ATTRIBUTES = AttributeSetCodec
            .builder(Neighbour.class, Nda.SPACE)
            .leading("header")
            .inet("dst", Nda.DST)
            .mac("lladdr", Nda.LLADDR)
            .u32("probes", Nda.PROBES)
            .attr("cacheInfo", Nda.CACHEINFO, NeighbourCacheInfo.CODEC)
            .u8("protocol", Nda.PROTOCOL)
            .u32("flagsExt", Nda.FLAGS_EXT)
            .u16("vlan", Nda.VLAN)
            .be16("port", Nda.PORT)
            .u32("vni", Nda.VNI)
            .u32("ifindex", Nda.IFINDEX)
            .u32("master", Nda.MASTER)
            .u32("linkNetnsid", Nda.LINK_NETNSID)
            .u32("srcVni", Nda.SRC_VNI)
            .u32("nhId", Nda.NH_ID)
            .bytes("fdbExtAttrs", Nda.FDB_EXT_ATTRS)
            .u16("ndmStateMask", Nda.NDM_STATE_MASK)
            .u8("ndmFlagsMask", Nda.NDM_FLAGS_MASK)
            .unknown("unknown")
            .build(v -> new Neighbour(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next()));

    /** {@code ndmsg} then the attributes. */
    public static final MessageCodec<NdMsg, Neighbour> MESSAGE = MessageCodec.of("ndmsg", NdMsg.SIZE,
            NdMsg::read, NdMsg::write, Neighbour::header, ATTRIBUTES);

    private NeighbourCodec() {
    }

    /**
     * Decodes the neighbour message under the cursor.
     *
     * @param msg positioned on an {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH} message
     * @return the entry
     * @throws DecodeException if the message is malformed
     */
    public static Neighbour decode(MessageCursor msg) {
        return MESSAGE.decode(msg);
    }

    /**
     * Writes the payload of a neighbour message: {@code ndmsg} then the attributes.
     *
     * @param writer positioned after the netlink header
     * @param neighbour the entry
     */
    public static void encode(MessageWriter writer, Neighbour neighbour) {
        MESSAGE.encode(writer, neighbour);
    }
}

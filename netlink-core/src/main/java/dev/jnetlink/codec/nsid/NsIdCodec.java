package dev.jnetlink.codec.nsid;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageCodec;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;

/**
 * Decodes and encodes namespace id messages ({@code RTM_NEWNSID}, {@code RTM_GETNSID},
 * {@code RTM_DELNSID}): {@code rtgenmsg} plus {@code NETNSA_*} attributes into an
 * {@link NsId}.
 */
public final class NsIdCodec {
    /**
     * The {@code NETNSA_*} table. The kernel emits NSID then CURRENT_NSID (Linux 6.18,
     * {@code rtnl_net_fill}); FD and PID, which only requests carry, come first because
     * {@code ip netns set} sends FD before NSID.
     */
    public static final AttributeSetCodec<NsId> ATTRIBUTES = AttributeSetCodec
            .builder(NsId.class, Netnsa.SPACE)
            .leading("header")
            .u32("fd", Netnsa.FD)
            .u32("pid", Netnsa.PID)
            .u32("nsid", Netnsa.NSID)
            .u32("targetNsid", Netnsa.TARGET_NSID)
            .u32("currentNsid", Netnsa.CURRENT_NSID)
            .unknown("unknown")
            .build(v -> new NsId(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next()));

    /** {@code rtgenmsg} then the attributes. */
    public static final MessageCodec<RtGenMsg, NsId> MESSAGE = MessageCodec.of("rtgenmsg", RtGenMsg.SIZE,
            RtGenMsg::read, RtGenMsg::write, NsId::header, ATTRIBUTES);

    private NsIdCodec() {
    }

    /**
     * Decodes the nsid message under the cursor.
     *
     * @param msg positioned on an {@code RTM_NEWNSID}/{@code RTM_DELNSID} message
     * @return the message's contents
     * @throws dev.jnetlink.codec.DecodeException if the message is malformed
     */
    public static NsId decode(MessageCursor msg) {
        return MESSAGE.decode(msg);
    }

    /**
     * Writes the payload of an nsid message: {@code rtgenmsg} (padded) then the attributes.
     *
     * @param writer positioned after the netlink header
     * @param value the message
     */
    public static void encode(MessageWriter writer, NsId value) {
        MESSAGE.encode(writer, value);
    }
}

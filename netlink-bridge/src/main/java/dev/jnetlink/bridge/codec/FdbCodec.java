package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.MessageCodec;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.neigh.NdMsg;

/**
 * Decodes and encodes FDB messages ({@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH} of family
 * {@code AF_BRIDGE}): {@code ndmsg} plus {@code NDA_*} attributes into an {@link FdbEntry}.
 */
public final class FdbCodec {
    /** {@code ndmsg} then the attributes. */
    public static final MessageCodec<NdMsg, FdbEntry> MESSAGE = MessageCodec.of("ndmsg",
            NdMsg.SIZE, NdMsg::read, NdMsg::write, FdbEntry::header, FdbEntry.CODEC);

    private FdbCodec() {
    }

    /**
     * @param msg positioned on an {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH}
     * @return the entry
     * @throws dev.jnetlink.codec.DecodeException if the message is malformed
     */
    public static FdbEntry decode(MessageCursor msg) {
        return MESSAGE.decode(msg);
    }

    /**
     * Writes the payload: {@code ndmsg} then the attributes.
     *
     * @param writer positioned after the netlink header
     * @param entry the entry
     */
    public static void encode(MessageWriter writer, FdbEntry entry) {
        MESSAGE.encode(writer, entry);
    }
}

package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.Nda;

/**
 * Decodes and encodes FDB messages ({@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH} of family
 * {@code AF_BRIDGE}): {@code ndmsg} plus {@code NDA_*} attributes into an {@link FdbEntry}.
 */
public final class FdbCodec {
    private FdbCodec() {
    }

    /**
     * @param msg positioned on an {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH}
     * @return the entry
     * @throws dev.jnetlink.codec.DecodeException if the message is malformed
     */
    public static FdbEntry decode(MessageCursor msg) {
        msg.requirePayload(NdMsg.SIZE, "ndmsg");
        NdMsg header = NdMsg.read(msg.buffer(), msg.payloadOffset());
        return FdbEntry.CODEC.decode(msg.attributes(NdMsg.SIZE, Nda.SPACE), header);
    }

    /**
     * Writes the payload: {@code ndmsg} then the attributes.
     *
     * @param writer positioned after the netlink header
     * @param entry the entry
     */
    public static void encode(MessageWriter writer, FdbEntry entry) {
        entry.header().write(writer.buffer());
        FdbEntry.CODEC.encode(writer, entry);
    }
}

package dev.jnetlink.testing;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.Arrays;

/** Decodes a captured link message and encodes a {@link Link} back, for golden tests. */
public final class LinkGolden {
    private LinkGolden() {
    }

    /**
     * @param message one captured RTM_NEWLINK message
     * @return it decoded
     */
    public static Link decode(byte[] message) {
        ByteBuf buf = Unpooled.wrappedBuffer(message);
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            if (!m.next()) {
                throw new AssertionError("no message");
            }
            Link link = LinkCodec.decode(m);
            if (m.next()) {
                throw new AssertionError("more than one message in the capture");
            }
            return link;
        } finally {
            buf.release();
        }
    }

    /**
     * @param link a link
     * @return the payload it encodes to ({@code ifinfomsg} and attributes)
     */
    public static byte[] encodePayload(Link link) {
        ByteBuf buf = Unpooled.buffer();
        try {
            LinkCodec.encode(new MessageWriter(buf), link);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /**
     * @param link a link
     * @return it encoded as an RTM_NEWLINK message and decoded again
     */
    public static Link reencode(Link link) {
        return decode(Encoded.message(dev.jnetlink.codec.Rtm.NEWLINK, 0, 1,
                w -> LinkCodec.encode(w, link)));
    }

    /**
     * Fails with the first differing offset and the bytes around it, not two dumps.
     *
     * @param what what is compared, for the message
     * @param expected the captured bytes
     * @param actual ours
     */
    public static void assertSameBytes(String what, byte[] expected, byte[] actual) {
        int n = Math.min(expected.length, actual.length);
        int at = 0;
        while (at < n && expected[at] == actual[at]) {
            at++;
        }
        if (at == n && expected.length == actual.length) {
            return;
        }
        int from = Math.max(0, at - 8);
        throw new AssertionError(what + ": bytes differ at offset " + at + " (lengths "
                + expected.length + " expected, " + actual.length + " actual)\n  expected ..."
                + hex(expected, from, at + 16) + "\n  actual   ..." + hex(actual, from, at + 16));
    }

    private static String hex(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(to, b.length); i++) {
            sb.append(i == from ? "" : " ").append(String.format("%02x", b[i] & 0xff));
        }
        return sb.toString();
    }

    /**
     * @param message a captured link message
     * @param type a top-level attribute type
     * @return that attribute's bytes, header and padding included
     */
    public static byte[] attribute(byte[] message, int type) {
        int at = 16 + 16;
        while (at + 4 <= message.length) {
            int len = (message[at] & 0xff) | (message[at + 1] & 0xff) << 8;
            int t = ((message[at + 2] & 0xff) | (message[at + 3] & 0xff) << 8) & 0x3fff;
            int next = Math.min(message.length, at + ((len + 3) & ~3));
            if (t == type) {
                return Arrays.copyOfRange(message, at, next);
            }
            at = next;
        }
        throw new AssertionError("no attribute of type " + type);
    }

    /**
     * @param info a decoded IFLA_LINKINFO
     * @return it encoded as the attribute
     */
    public static byte[] encodeLinkInfo(dev.jnetlink.codec.link.LinkInfo info) {
        ByteBuf buf = Unpooled.buffer();
        try {
            dev.jnetlink.codec.link.LinkInfo.CODEC.encode(new MessageWriter(buf),
                    dev.jnetlink.codec.link.Ifla.LINKINFO, info);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /**
     * @param message a captured message
     * @return its payload, after the 16-byte netlink header
     */
    public static byte[] payloadOf(byte[] message) {
        return Arrays.copyOfRange(message, 16, message.length);
    }
}

package dev.jnetlink.testing;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The messages of one type in a golden file, each decoded and, for kernel replies, checked to
 * encode back to the same bytes ({@code decode -> encode} is lossless).
 */
public final class GoldenMessages {
    private GoldenMessages() {
    }

    /**
     * @param golden the file
     * @param type the message type to take, e.g. {@code Rtm.NEWROUTE}
     * @return every message of that type in the file, in order, as its own bytes
     */
    public static List<byte[]> of(GoldenBytes golden, int type) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < golden.size(); i++) {
            byte[] datagram = golden.bytes(i);
            ByteBuf buf = Unpooled.wrappedBuffer(datagram);
            try {
                MessageCursor m = new MessageCursor().reset(buf);
                while (m.next()) {
                    if (m.type() == type) {
                        out.add(Arrays.copyOfRange(datagram, m.offset(), m.offset() + m.length()));
                    }
                }
            } finally {
                buf.release();
            }
        }
        return out;
    }

    /**
     * @param message one message's bytes
     * @param decoder decodes it
     * @param <R> the decoded type
     * @return the decoded value
     */
    public static <R> R decode(byte[] message, Function<MessageCursor, R> decoder) {
        ByteBuf buf = Unpooled.wrappedBuffer(message);
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            if (!m.next()) {
                throw new AssertionError("no message");
            }
            return decoder.apply(m);
        } finally {
            buf.release();
        }
    }

    /**
     * Encodes a value into a message with the header of {@code like} (type, flags, seq, pid).
     *
     * @param like the message whose header to copy
     * @param value the value
     * @param encoder writes the payload
     * @param <R> the value type
     * @return the bytes
     */
    public static <R> byte[] encode(byte[] like, R value, BiConsumer<MessageWriter, R> encoder) {
        ByteBuf buf = Unpooled.buffer();
        try {
            MessageWriter w = new MessageWriter(buf);
            int mark = w.beginMessage(u16(like, 4), u16(like, 6), i32(like, 8), i32(like, 12));
            encoder.accept(w, value);
            w.endMessage(mark);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static int i32(byte[] b, int i) {
        return u16(b, i) | u16(b, i + 2) << 16;
    }
}

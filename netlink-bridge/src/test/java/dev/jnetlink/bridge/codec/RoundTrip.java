package dev.jnetlink.bridge.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Decodes every message of a captured datagram and checks that each re-encodes to the
 * captured bytes: the golden promise "decode then encode gives back the kernel's bytes".
 */
final class RoundTrip {
    private RoundTrip() {
    }

    /**
     * @param golden the golden file
     * @param section the datagram
     * @param decode decodes one message
     * @param encode writes one message's payload
     * @param <T> the decoded type
     * @return the decoded messages (control messages skipped), each checked
     */
    static <T> List<T> check(GoldenBytes golden, int section, Function<MessageCursor, T> decode,
            BiConsumer<MessageWriter, T> encode) {
        ByteBuf buf = golden.buffer(section);
        List<T> out = new ArrayList<>();
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            while (m.next()) {
                if (m.type() < NlMsg.MIN_TYPE) {
                    continue;
                }
                T value = decode.apply(m);
                out.add(value);
                ByteBuf again = Unpooled.buffer();
                try {
                    MessageWriter w = new MessageWriter(again);
                    int mark = w.beginMessage(m.type(), m.flags(), m.seq(), m.pid());
                    encode.accept(w, value);
                    w.endMessage(mark);
                    assertThat(ByteBufUtil.hexDump(again)).as("re-encoded %s", value)
                            .isEqualTo(ByteBufUtil.hexDump(buf, m.offset(), m.length()));
                } finally {
                    again.release();
                }
            }
            return out;
        } finally {
            buf.release();
        }
    }
}

package dev.jnetlink.testing;

import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.function.Consumer;

/** Encodes one request the way the request engine does, into bytes, for golden comparisons. */
public final class Encoded {
    private Encoded() {
    }

    /**
     * @param type message type
     * @param flags all flags, NLM_F_REQUEST included
     * @param seq sequence number (copy the captured one)
     * @param body writes the payload
     * @return the message bytes
     */
    public static byte[] message(int type, int flags, int seq, Consumer<MessageWriter> body) {
        return message(type, flags, seq, 0, body);
    }

    /**
     * @param type message type
     * @param flags all flags
     * @param seq sequence number
     * @param pid {@code nlmsg_pid} (the receiving socket's port, in a captured kernel reply)
     * @param body writes the payload
     * @return the message bytes
     */
    public static byte[] message(int type, int flags, int seq, int pid, Consumer<MessageWriter> body) {
        ByteBuf buf = Unpooled.buffer();
        try {
            MessageWriter w = new MessageWriter(buf);
            int mark = w.beginMessage(type, flags, seq, pid);
            body.accept(w);
            w.endMessage(mark);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /**
     * @param captured a captured message
     * @return its {@code nlmsg_seq}
     */
    public static int seqOf(byte[] captured) {
        return (captured[8] & 0xff) | (captured[9] & 0xff) << 8 | (captured[10] & 0xff) << 16
                | (captured[11] & 0xff) << 24;
    }

    /**
     * @param captured a captured message
     * @return its {@code nlmsg_flags}
     */
    public static int flagsOf(byte[] captured) {
        return (captured[6] & 0xff) | (captured[7] & 0xff) << 8;
    }

    /** @return NLM_F_REQUEST, for readers of the tests */
    public static int request() {
        return NlMsg.F_REQUEST;
    }
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads nf_tables messages out of golden files and writes records back as messages. */
final class NftGolden {
    /** One message of a golden datagram: its bytes and what it decodes to. */
    record Message(int type, int flags, int seq, byte[] bytes, Record decoded) {
    }

    private NftGolden() {
    }

    /**
     * @param golden a capture
     * @param titlePrefix {@code sendmsg} (the batch) or {@code recvmsg}
     * @return every nf_tables message in the sections whose titles start so, decoded
     */
    static List<Message> messages(GoldenBytes golden, String titlePrefix) {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < golden.size(); i++) {
            if (!golden.title(i).startsWith(titlePrefix)) {
                continue;
            }
            ByteBuf buf = golden.buffer(i);
            try {
                MessageCursor m = new MessageCursor().reset(buf);
                while (m.next()) {
                    byte[] bytes = Arrays.copyOfRange(golden.bytes(i), m.offset(), m.offset() + m.length());
                    out.add(new Message(m.type(), m.flags(), m.seq(), bytes, NfMessages.decode(m)));
                }
            } finally {
                buf.release();
            }
        }
        return out;
    }

    /**
     * @param original the message a record was decoded from (its netlink header is reused)
     * @param record the record
     * @return the message the record encodes to, header included
     */
    static byte[] reencode(Message original, Record record) {
        ByteBuf out = Unpooled.buffer();
        try {
            MessageWriter w = new MessageWriter(out);
            int mark = w.beginMessage(original.type(), original.flags(), original.seq(),
                    HostOrder.getI32(Unpooled.wrappedBuffer(original.bytes()), 12));
            if (record instanceof Table t) {
                NfMessages.encode(w, t.header(), Table.CODEC, t);
            } else if (record instanceof Chain c) {
                NfMessages.encode(w, c.header(), Chain.CODEC, c);
            } else if (record instanceof Rule r) {
                NfMessages.encode(w, r.header(), Rule.CODEC, r);
            } else if (record instanceof NftSet s) {
                NfMessages.encode(w, s.header(), NftSet.CODEC, s);
            } else if (record instanceof SetElements e) {
                NfMessages.encode(w, e.header(), SetElements.CODEC, e);
            } else if (record instanceof Generation g) {
                NfMessages.encode(w, g.header(), Generation.CODEC, g);
            } else {
                throw new AssertionError("not an nf_tables record: " + record);
            }
            w.endMessage(mark);
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    /**
     * @param record a record
     * @param original the message it came from
     * @return what decoding its encoding gives
     */
    static Record roundTrip(Message original, Record record) {
        ByteBuf buf = Unpooled.wrappedBuffer(reencode(original, record));
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            m.next();
            return NfMessages.decode(m);
        } finally {
            buf.release();
        }
    }
}

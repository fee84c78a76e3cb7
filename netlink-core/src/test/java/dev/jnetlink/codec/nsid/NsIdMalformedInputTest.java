package dev.jnetlink.codec.nsid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Malformed nsid messages raise {@link DecodeException} naming what is wrong, and nothing else. */
class NsIdMalformedInputTest {

    @Test
    void anEmptyPayloadHasNoRoomForRtgenmsg() {
        byte[] msg = Encoded.message(Rtm.NEWNSID, 0, 1, w -> { });
        assertThatThrownBy(() -> decode(msg))
                .isInstanceOf(DecodeException.class)
                .hasMessage("in RTM_NEWNSID at offset 16: payload of 0 bytes is too short for rtgenmsg (1 bytes)");
    }

    @Test
    void anNsidOfTwoBytesIsNamed() {
        byte[] msg = Encoded.message(Rtm.NEWNSID, 0, 1, w -> {
            RtGenMsg.UNSPEC.write(w.buffer());
            w.putU16(Netnsa.NSID, 7);
        });
        assertThatThrownBy(() -> decode(msg))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("NETNSA_NSID");
    }

    @Test
    void anAttributeRunningPastTheMessageIsRefused() {
        byte[] msg = GoldenBytes.load("golden/nsid/list-id.hex").bytes(1);
        msg[20] = 64; // NETNSA_NSID's nla_len: 64 bytes in a 28-byte message
        assertThatThrownBy(() -> decode(msg)).isInstanceOf(DecodeException.class);
    }

    @Test
    void randomCorruptionOfCapturedRepliesNeverThrowsAnythingElse() {
        GoldenBytes target = GoldenBytes.load("golden/nsid/list-id-target.hex");
        byte[] original = target.bytes(1); // NEWNSID {NSID, CURRENT_NSID} + NLMSG_DONE
        Random random = new Random(20261123);
        int decoded = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] b = original.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                b[16 + random.nextInt(20)] = (byte) random.nextInt(256); // the NEWNSID payload
            }
            try {
                decode(b);
                decoded++;
            } catch (DecodeException expected) {
                // the only exception the decoder may throw
            }
        }
        assertThat(decoded).isPositive();
    }

    private static void decode(byte[] datagram) {
        ByteBuf buf = Unpooled.wrappedBuffer(datagram);
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            while (m.next()) {
                if (m.type() == Rtm.NEWNSID) {
                    NsIdCodec.decode(m);
                }
            }
        } finally {
            buf.release();
        }
    }
}

package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Byte strings as a cursor keeps them: the same object as the last equal payload of that type
 * and length, or that one with a few words patched; in every case the content, equality,
 * hash and bytes written back of a plain copy.
 */
class BytesTest {
    private static final int TYPE = 26;

    /** Decodes each payload in turn as attribute {@link #TYPE} with one cursor. */
    private static Bytes[] decodeInTurn(byte[]... payloads) {
        ByteBuf buf = Unpooled.directBuffer();
        try {
            MessageWriter w = new MessageWriter(buf);
            for (byte[] p : payloads) {
                w.putBytes(TYPE, p);
            }
            AttributeCursor c = new AttributeCursor().reset(buf, 0, buf.writerIndex(),
                    AttributeSpace.unnamed("T"), 0, "test");
            Bytes[] out = new Bytes[payloads.length];
            for (int i = 0; i < payloads.length; i++) {
                c.next();
                out[i] = c.bytes();
            }
            return out;
        } finally {
            buf.release();
        }
    }

    private static void assertSameContent(Bytes kept, byte[] content, String what) {
        Bytes plain = Bytes.of(content);
        assertThat(kept.length()).as(what).isEqualTo(content.length);
        assertThat(kept.toArray()).as(what).isEqualTo(content);
        assertThat(kept).as(what).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(plain).as(what).isEqualTo(kept);
        assertThat(kept.toHex()).as(what).isEqualTo(plain.toHex());
        for (int i = 0; i < content.length; i++) {
            assertThat(kept.get(i)).as(what + ", byte " + i).isEqualTo(content[i] & 0xff);
        }
        ByteBuf out = Unpooled.buffer();
        try {
            out.writeByte(0x5a);
            kept.writeTo(out);
            out.writeByte(0xa5);
            assertThat(ByteBufUtil.hexDump(out)).as(what).isEqualTo("5a" + plain.toHex() + "a5");
        } finally {
            out.release();
        }
    }

    /** Pairs of payloads of every length to 300, the second differing in 0 to 40 places. */
    @Test
    void aPayloadAfterASimilarOneReadsWritesAndComparesLikeAPlainCopy() {
        Random r = new Random(16);
        for (int length = 0; length <= 300; length++) {
            for (int changes : new int[] {0, 1, 2, 5, 40}) {
                byte[] first = new byte[length];
                r.nextBytes(first);
                byte[] second = first.clone();
                for (int i = 0; i < changes && length > 0; i++) {
                    second[r.nextInt(length)] ^= (byte) (1 + r.nextInt(255));
                }
                Bytes[] kept = decodeInTurn(first, second);
                String what = length + " bytes, " + changes + " changed";
                assertSameContent(kept[0], first, what + ", first");
                assertSameContent(kept[1], second, what + ", second");
            }
        }
    }

    @Test
    void anEqualPayloadIsTheSameObjectAndACloseOneIsPatched() {
        byte[] afSpec = new byte[812];
        new Random(3).nextBytes(afSpec);
        byte[] close = afSpec.clone();
        close[164] = 9;
        close[750] = 9;
        byte[] far = afSpec.clone();
        for (int i = 0; i < 812; i += 16) {
            far[i] ^= 1;
        }
        byte[] tail = new byte[813];
        byte[] tailChanged = tail.clone();
        tailChanged[812] = 1;
        Bytes[] kept = decodeInTurn(afSpec, afSpec, close, far, tail, tailChanged);
        assertThat(kept[1]).isSameAs(kept[0]);
        assertThat(kept[2]).isInstanceOf(Bytes.Patched.class);
        assertThat(kept[3].getClass()).isEqualTo(Bytes.class);
        assertThat(kept[5].getClass()).isEqualTo(Bytes.class);
        assertThat(kept[5].get(812)).isEqualTo(1);
        Bytes[] small = decodeInTurn(new byte[8], new byte[8], new byte[] {0, 0, 0, 0, 0, 0, 0, 1});
        assertThat(small[1]).isSameAs(small[0]);
        assertThat(small[2].getClass()).isEqualTo(Bytes.class);
    }

    @Test
    void readsIntsAndLongsInEitherOrder() {
        byte[] content = new byte[72];
        for (int i = 0; i < 8; i++) {
            content[i] = (byte) (i + 1);
        }
        byte[] before = content.clone();
        before[0] = 0;
        content[71] = (byte) 0xff;
        Bytes b = decodeInTurn(before, content)[1];
        assertThat(b).isInstanceOf(Bytes.Patched.class);
        assertThat(b.getInt(0, ByteOrder.LITTLE_ENDIAN)).isEqualTo(0x04030201);
        assertThat(b.getInt(0, ByteOrder.BIG_ENDIAN)).isEqualTo(0x01020304);
        assertThat(b.getLong(0, ByteOrder.LITTLE_ENDIAN)).isEqualTo(0x0807060504030201L);
        assertThat(b.getLong(0, ByteOrder.BIG_ENDIAN)).isEqualTo(0x0102030405060708L);
        assertThat(b.getInt(68, ByteOrder.BIG_ENDIAN)).isEqualTo(0xff);
        assertThatThrownBy(() -> b.get(72)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}

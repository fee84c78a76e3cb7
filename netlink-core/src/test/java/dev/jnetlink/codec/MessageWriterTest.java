package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attribute framing: header, length, padding and nested backfill, and reading it back. */
class MessageWriterTest {
    private ByteBuf buf;
    private MessageWriter w;

    @BeforeEach
    void setUp() {
        buf = Unpooled.buffer();
        w = new MessageWriter(buf);
    }

    @AfterEach
    void tearDown() {
        buf.release();
    }

    @Test
    void padsToFourBytesButRecordsTheUnpaddedLength() {
        w.putString(3, "lo");
        w.putU8(16, 6);
        assertThat(ByteBufUtil.hexDump(buf)).isEqualTo("070003006c6f0000" + "0500100006000000");
    }

    @Test
    void backfillsNestedLengthsIncludingInnerPadding() {
        int outer = w.beginNested(18 | Nla.F_NESTED);
        w.putStringNoNul(1, "veth");
        int inner = w.beginNested(2);
        w.putU16(1, 20);
        w.endNested(inner);
        w.endNested(outer);
        assertThat(ByteBufUtil.hexDump(buf)).isEqualTo(
                "18001280" + "0800010076657468" + "0c000200" + "0600010014000000");
    }

    @Test
    void messageLengthCoversPaddedAttributes() {
        int m = w.beginMessage(Rtm.GETLINK, NlMsg.F_REQUEST, 7, 0);
        buf.writeZero(16);
        w.putString(3, "a");
        w.endMessage(m);
        assertThat(buf.getIntLE(0)).isEqualTo(16 + 16 + 8).isEqualTo(buf.readableBytes());
        MessageCursor c = new MessageCursor().reset(buf);
        assertThat(c.next()).isTrue();
        assertThat(c.type()).isEqualTo(Rtm.GETLINK);
        assertThat(c.seq()).isEqualTo(7);
        AttributeCursor a = c.attributes(16, AttributeSpace.unnamed("IFLA"));
        assertThat(a.next()).isTrue();
        assertThat(a.string()).isEqualTo("a");
        assertThat(a.next()).isFalse();
    }

    @Test
    void readsBackEveryTypedValue() throws Exception {
        w.putU8(1, 0xfe);
        w.putU16(2, 0xfedc);
        w.putBe16(3, 4789);
        w.putU32(4, 0xfedcba98);
        w.putU64(5, Long.MIN_VALUE + 5);
        w.putUint(6, 7);
        w.putUint(7, 1L << 40);
        w.putInet(8, InetAddress.getByName("2001:db8::1"));
        w.putMac(9, MacAddress.parse("02:00:00:00:00:01"));
        w.putFlag(10);
        AttributeCursor a = new AttributeCursor().reset(buf, 0, buf.writerIndex(),
                AttributeSpace.unnamed("T"), 0, "test");
        a.next();
        assertThat(a.u8()).isEqualTo(0xfe);
        a.next();
        assertThat(a.u16()).isEqualTo(0xfedc);
        a.next();
        assertThat(a.be16()).isEqualTo(4789);
        a.next();
        assertThat(a.u32()).isEqualTo(0xfedcba98);
        a.next();
        assertThat(a.u64()).isEqualTo(Long.MIN_VALUE + 5);
        a.next();
        assertThat(a.length()).isEqualTo(4);
        assertThat(a.uint()).isEqualTo(7);
        a.next();
        assertThat(a.length()).isEqualTo(8);
        assertThat(a.uint()).isEqualTo(1L << 40);
        a.next();
        assertThat(a.inet()).isEqualTo(InetAddress.getByName("2001:db8::1"));
        a.next();
        assertThat(a.mac()).hasToString("02:00:00:00:00:01");
        a.next();
        assertThat(a.length()).isZero();
        assertThat(a.next()).isFalse();
    }

    @Test
    void refusesAnAttributeOverTheSixteenBitLimit() {
        assertThatThrownBy(() -> w.putBytes(1, new byte[70000]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute of 70004 bytes exceeds the 65535-byte netlink attribute limit");
    }
}

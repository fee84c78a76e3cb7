package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.IflaInfo;
import dev.jnetlink.codec.link.LinkCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Malformed input raises {@link DecodeException} with the attribute path, message type and
 * offset; never an index-out-of-bounds or a null pointer.
 */
class MalformedInputTest {

    private static ByteBuf link(Consumer<MessageWriter> attrs) {
        ByteBuf b = Unpooled.buffer();
        MessageWriter w = new MessageWriter(b);
        int m = w.beginMessage(Rtm.NEWLINK, 0, 1);
        IfInfoMsg.EMPTY.write(b);
        attrs.accept(w);
        w.endMessage(m);
        return b;
    }

    private static void decodeAll(ByteBuf b) {
        try {
            MessageCursor c = new MessageCursor().reset(b);
            while (c.next()) {
                LinkCodec.decode(c);
            }
        } finally {
            b.release();
        }
    }

    @Test
    void truncatedNetlinkHeader() {
        assertThatThrownBy(() -> decodeAll(Unpooled.wrappedBuffer(new byte[] {20, 0, 0, 0, 16, 0})))
                .isInstanceOf(DecodeException.class)
                .hasMessage("at offset 0 of the receive buffer: 6 bytes are too short for a netlink"
                        + " message header (16 bytes)");
    }

    @Test
    void messageLengthShorterThanItsHeader() {
        assertThatThrownBy(() -> decodeAll(Unpooled.wrappedBuffer(new byte[16])))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("nlmsg_len 0 is shorter than the 16-byte header");
    }

    @Test
    void messageLengthPastTheEnd() {
        ByteBuf b = link(w -> w.putString(Ifla.IFNAME, "eth0"));
        b.setIntLE(0, 4096);
        assertThatThrownBy(() -> decodeAll(b))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("nlmsg_len 4096 is past the end of the buffer (44 bytes left)");
    }

    @Test
    void payloadTooShortForTheFixedHeader() {
        ByteBuf b = Unpooled.buffer();
        MessageWriter w = new MessageWriter(b);
        int m = w.beginMessage(Rtm.NEWLINK, 0, 1);
        b.writeZero(8);
        w.endMessage(m);
        assertThatThrownBy(() -> decodeAll(b))
                .isInstanceOf(DecodeException.class)
                .hasMessage("in RTM_NEWLINK at offset 16: payload of 8 bytes is too short for ifinfomsg (16 bytes)");
    }

    @Test
    void attributeShorterThanItsHeader() {
        ByteBuf b = link(w -> w.putU32(Ifla.MTU, 1500));
        b.setShortLE(32, 2);
        assertThatThrownBy(() -> decodeAll(b))
                .isInstanceOf(DecodeException.class)
                .hasMessage("in RTM_NEWLINK at offset 32: attribute IFLA_MTU has length 2, shorter than its 4-byte header");
    }

    @Test
    void attributeLengthPastItsContainer() {
        ByteBuf b = link(w -> {
            int info = w.beginNested(Ifla.LINKINFO);
            w.putString(IflaInfo.KIND, "veth");
            w.endNested(info);
        });
        b.setShortLE(36, 300);
        assertThatThrownBy(() -> decodeAll(b))
                .isInstanceOf(DecodeException.class)
                .hasMessage("in IFLA_LINKINFO of RTM_NEWLINK at offset 36: attribute IFLA_INFO_KIND"
                        + " length 300 runs past the end of its container (12 bytes left)");
    }

    @Test
    void payloadTooShortForItsType() {
        ByteBuf b = link(w -> w.putU16(Ifla.MTU, 1500));
        assertThatThrownBy(() -> decodeAll(b))
                .isInstanceOf(DecodeException.class)
                .hasMessage("in IFLA_MTU of RTM_NEWLINK at offset 32: IFLA_MTU is 2 bytes, too short for a u32 (4 bytes)");
    }

    @Test
    void trailingBytesTooShortForAnAttribute() {
        ByteBuf b = link(w -> w.putU32(Ifla.MTU, 1500));
        b.writeZero(2);
        b.setIntLE(0, b.readableBytes());
        assertThatThrownBy(() -> decodeAll(b))
                .isInstanceOf(DecodeException.class)
                .hasMessage("in RTM_NEWLINK at offset 40: 2 trailing bytes are too short for an attribute header");
    }

    @Test
    void nestingTooDeep() {
        ByteBuf b = Unpooled.buffer();
        MessageWriter w = new MessageWriter(b);
        int m = w.beginMessage(Rtm.NEWLINK, 0, 1);
        IfInfoMsg.EMPTY.write(b);
        int[] marks = new int[40];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = w.beginNested(i == 0 ? Ifla.LINKINFO : IflaInfo.DATA);
        }
        for (int i = marks.length - 1; i >= 0; i--) {
            w.endNested(marks[i]);
        }
        w.endMessage(m);
        ByteBuf copy = b.copy();
        b.release();
        // Enter the nests by hand: the link decoder only descends as far as it knows the layout.
        assertThatThrownBy(() -> {
            try {
                MessageCursor c = new MessageCursor().reset(copy);
                c.next();
                AttributeCursor a = c.attributes(IfInfoMsg.SIZE, Ifla.SPACE);
                while (a.next()) {
                    a = a.enter();
                }
            } finally {
                copy.release();
            }
        }).isInstanceOf(DecodeException.class).hasMessageContaining("nested deeper than 16 levels");
    }

    @Test
    void badAddressLength() {
        ByteBuf b = Unpooled.buffer();
        MessageWriter w = new MessageWriter(b);
        w.putBytes(1, new byte[] {1, 2, 3});
        try {
            AttributeCursor c = new AttributeCursor().reset(b, 0, b.writerIndex(),
                    AttributeSpace.unnamed("IFA"), 0, "RTM_NEWADDR");
            c.next();
            assertThatThrownBy(c::inet).isInstanceOf(DecodeException.class)
                    .hasMessage("in IFA_1 of RTM_NEWADDR at offset 0: IFA_1 is 3 bytes; an address is 4 or 16");
        } finally {
            b.release();
        }
    }
}

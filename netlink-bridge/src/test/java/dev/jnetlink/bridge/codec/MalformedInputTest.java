package dev.jnetlink.bridge.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.IflaInfo;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The bridge decoders raise only {@link DecodeException} on malformed input, naming the
 * attribute; and whatever decodes re-encodes to something that decodes to the same value.
 */
class MalformedInputTest {

    private static ByteBuf bridgeLink(Consumer<MessageWriter> data) {
        ByteBuf b = Unpooled.buffer();
        MessageWriter w = new MessageWriter(b);
        int m = w.beginMessage(Rtm.NEWLINK, 0, 1);
        IfInfoMsg.EMPTY.write(b);
        int info = w.beginNested(Ifla.LINKINFO);
        w.putString(IflaInfo.KIND, "bridge");
        int d = w.beginNested(IflaInfo.DATA);
        data.accept(w);
        w.endNested(d);
        w.endNested(info);
        w.endMessage(m);
        return b;
    }

    private static Link decodeLink(ByteBuf b) {
        try {
            MessageCursor c = new MessageCursor().reset(b);
            c.next();
            return LinkCodec.decode(c);
        } finally {
            b.release();
        }
    }

    @Test
    void aBridgeIdOfTheWrongSize() {
        ByteBuf b = bridgeLink(w -> w.putBytes(IflaBr.BRIDGE_ID, new byte[7]));
        assertThatThrownBy(() -> decodeLink(b)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("in IFLA_LINKINFO > IFLA_INFO_DATA > IFLA_BR_BRIDGE_ID of RTM_NEWLINK")
                .hasMessageEndingWith("IFLA_BR_BRIDGE_ID is 7 bytes, too short for ifla_bridge_id (8 bytes)");
    }

    @Test
    void aTimerTooShortOrTooLarge() {
        ByteBuf shortTimer = bridgeLink(w -> w.putU32(IflaBr.HELLO_TIMER, 5));
        assertThatThrownBy(() -> decodeLink(shortTimer)).isInstanceOf(DecodeException.class)
                .hasMessageEndingWith("IFLA_BR_HELLO_TIMER is 4 bytes, too short for a u64 (8 bytes)");
        ByteBuf huge = bridgeLink(w -> w.putU64(IflaBr.GC_TIMER, -1L));
        assertThatThrownBy(() -> decodeLink(huge)).isInstanceOf(DecodeException.class)
                .hasMessageEndingWith("IFLA_BR_GC_TIMER is 18446744073709551615 centiseconds,"
                        + " beyond what a Duration holds");
    }

    @Test
    void anEmptyBooleanAndABadBoolOpts() {
        ByteBuf b = bridgeLink(w -> w.putBytes(IflaBr.VLAN_FILTERING, new byte[0]));
        assertThatThrownBy(() -> decodeLink(b)).isInstanceOf(DecodeException.class)
                .hasMessageEndingWith("IFLA_BR_VLAN_FILTERING is 0 bytes, too short for a u8 (1 bytes)");
        ByteBuf o = bridgeLink(w -> w.putU32(IflaBr.MULTI_BOOLOPT, 1));
        assertThatThrownBy(() -> decodeLink(o)).isInstanceOf(DecodeException.class)
                .hasMessageEndingWith("IFLA_BR_MULTI_BOOLOPT is 4 bytes, too short for br_boolopt_multi (8 bytes)");
    }

    @Test
    void unknownBridgeAttributesAreKept() {
        Link l = decodeLink(bridgeLink(w -> {
            w.putU32(IflaBr.STP_STATE, 1);
            w.putU32(99, 7);
        }));
        BridgeInfo info = l.data(BridgeInfo.class);
        assertThat(info.stpState()).isEqualTo(1);
        assertThat(info.unknown()).hasSize(1);
        assertThat(info.unknown().get(0).baseType()).isEqualTo(99);
    }

    private record Decoder<T>(String file, int section, Function<MessageCursor, T> decode,
            BiConsumer<MessageWriter, T> encode) {
    }

    /**
     * Flips random bytes of every captured reply, thousands of times (fixed seed): decoding
     * either works or raises DecodeException, and what decodes survives encode then decode.
     */
    @Test
    void randomlyCorruptedCapturesOnlyRaiseDecodeException() {
        List<Decoder<?>> decoders = List.of(
                new Decoder<>("bridge-link-dump", 1, BridgeLinkCodec::decode, BridgeLinkCodec::encode),
                new Decoder<>("vlan-dump", 1, BridgeLinkCodec::decode, BridgeLinkCodec::encode),
                new Decoder<>("fdb-dump", 0, FdbCodec::decode, FdbCodec::encode),
                new Decoder<>("fdb-dump-vlan", 0, FdbCodec::decode, FdbCodec::encode),
                new Decoder<>("bridge-dump-6.1", 0, LinkCodec::decode, LinkCodec::encode));
        Random random = new Random(20260601);
        int decoded = 0;
        int refused = 0;
        for (Decoder<?> d : decoders) {
            byte[] golden = GoldenBytes.load("golden/bridge/" + d.file() + ".hex").bytes(d.section());
            for (int round = 0; round < 2000; round++) {
                byte[] bytes = golden.clone();
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    // Leave the netlink header alone, so the corruption reaches the attributes.
                    bytes[16 + random.nextInt(bytes.length - 16)] = (byte) random.nextInt(256);
                }
                if (roundTrip(d, bytes)) {
                    decoded++;
                } else {
                    refused++;
                }
            }
        }
        assertThat(decoded).as("corruptions that still decode").isPositive();
        assertThat(refused).as("corruptions refused").isPositive();
    }

    private static <T> boolean roundTrip(Decoder<T> d, byte[] bytes) {
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            while (m.next()) {
                if (m.type() != Rtm.NEWLINK && m.type() != Rtm.NEWNEIGH) {
                    continue;
                }
                T value = d.decode().apply(m);
                ByteBuf again = Unpooled.buffer();
                try {
                    MessageWriter w = new MessageWriter(again);
                    int mark = w.beginMessage(m.type(), 0, 0);
                    d.encode().accept(w, value);
                    w.endMessage(mark);
                    MessageCursor c = new MessageCursor().reset(again);
                    assertThat(c.next()).isTrue();
                    assertThat(d.decode().apply(c)).isEqualTo(value);
                } finally {
                    again.release();
                }
            }
            return true;
        } catch (DecodeException e) {
            return false;
        } finally {
            buf.release();
        }
    }
}

package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.addr.AddressCodec;
import dev.jnetlink.codec.neigh.NeighbourCodec;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteCodec;
import dev.jnetlink.codec.rule.RuleCodec;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.GoldenMessages;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The address, route, neighbour and rule decoders on broken input: kernel messages from the
 * golden dumps cut short and with bytes changed at random (fixed seed) either decode or fail
 * with {@link DecodeException}, never anything else; a few hand-made cases check the message.
 */
class RtnlCodecMalformedInputTest {
    private static final int MUTATIONS = 3000;

    private static void fuzz(String file, int type, Function<MessageCursor, ?> decoder) {
        List<byte[]> messages = GoldenMessages.of(GoldenBytes.load(file), type);
        assertThat(messages).isNotEmpty();
        Random random = new Random(file.hashCode());
        int decoded = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] m = messages.get(random.nextInt(messages.size())).clone();
            int len = m.length;
            switch (random.nextInt(3)) {
                case 0 -> len = 16 + random.nextInt(m.length - 15);      // cut short
                case 1 -> m[16 + random.nextInt(m.length - 16)] = (byte) random.nextInt(256);
                default -> {                                             // damage a length byte
                    int at = 16 + random.nextInt(m.length - 16) & ~3;
                    m[Math.min(at, m.length - 1)] = (byte) random.nextInt(256);
                }
            }
            m[0] = (byte) len;
            m[1] = (byte) (len >> 8);
            ByteBuf buf = Unpooled.wrappedBuffer(m, 0, len);
            try {
                MessageCursor c = new MessageCursor().reset(buf);
                if (c.next()) {
                    decoder.apply(c);
                    decoded++;
                }
            } catch (DecodeException e) {
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError("decoder threw " + e + " on " + HexFormat.of().formatHex(m, 0, len), e);
            } finally {
                buf.release();
            }
        }
        assertThat(decoded).isPositive();
        assertThat(refused).isPositive();
    }

    @Test
    void routesAddressesNeighboursAndRulesOnlyEverThrowDecodeException() {
        fuzz("golden/route/dump-ipv4.hex", Rtm.NEWROUTE, RouteCodec::decode);
        fuzz("golden/route/dump-ipv6.hex", Rtm.NEWROUTE, RouteCodec::decode);
        fuzz("golden/addr/dump.hex", Rtm.NEWADDR, AddressCodec::decode);
        fuzz("golden/neigh/dump.hex", Rtm.NEWNEIGH, NeighbourCodec::decode);
        fuzz("golden/rule/dump.hex", Rtm.NEWRULE, RuleCodec::decode);
    }

    private static Route decodeRoute(String hex) {
        return GoldenMessages.decode(HexFormat.of().parseHex(hex.replace(" ", "")), RouteCodec::decode);
    }

    @Test
    void aShortRtnexthopIsRefusedWithItsPath() {
        // RTM_NEWROUTE, rtmsg, RTA_MULTIPATH holding an rtnexthop whose rtnh_len is 6 (< 8)
        String msg = "28000000 1800 0000 00000000 00000000 02100000fe030001 00000000"
                + " 0c000900 06000000 03000000";
        assertThatThrownBy(() -> decodeRoute(msg)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("RTA_MULTIPATH").hasMessageContaining("shorter than its 8-byte header");
    }

    @Test
    void aShortCacheInfoIsRefusedNamingTheStructure() {
        String msg = "24000000 1800 0000 00000000 00000000 0a400000fe020001 00000000"
                + " 08000c00 00000000";
        assertThatThrownBy(() -> decodeRoute(msg)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("RTA_CACHEINFO is 4 bytes, too short for rta_cacheinfo (32 bytes)");
    }

    @Test
    void aGatewayOfOddLengthIsRefused() {
        String msg = "24000000 1800 0000 00000000 00000000 02100000fe030001 00000000"
                + " 07000500 0a010000";
        assertThatThrownBy(() -> decodeRoute(msg)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("RTA_GATEWAY is 3 bytes; an address is 4 or 16");
    }
}

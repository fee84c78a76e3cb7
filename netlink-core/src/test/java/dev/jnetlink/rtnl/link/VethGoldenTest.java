package dev.jnetlink.rtnl.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import org.junit.jupiter.api.Test;

/** {@code ip link add name veth1.1 type veth peer name veth1.2}, byte for byte. */
class VethGoldenTest {
    private static final byte[] CAPTURED = GoldenBytes.load("golden/link/veth-create.hex").bytes(0);

    @Test
    void encodesWhatIproute2Sends() {
        Veth spec = Veth.pair("veth1.1", "veth1.2").build();
        byte[] ours = Encoded.message(Rtm.NEWLINK, Encoded.flagsOf(CAPTURED), Encoded.seqOf(CAPTURED),
                w -> spec.write(w, name -> {
                    throw new AssertionError("no lookups expected, asked for " + name);
                }));
        assertThat(ours).isEqualTo(CAPTURED);
    }

    @Test
    void decodesTheRequest() {
        ByteBuf buf = GoldenBytes.load("golden/link/veth-create.hex").buffer(0);
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            assertThat(m.next()).isTrue();
            Link link = LinkCodec.decode(m);
            assertThat(link.name()).isEqualTo("veth1.1");
            assertThat(link.index()).isZero();
            assertThat(link.kind()).isEqualTo("veth");
            assertThat(link.linkInfo().data()).isNotNull();
            assertThat(link.unknown()).isEmpty();
            assertThat(m.next()).isFalse();
        } finally {
            buf.release();
        }
    }
}

package dev.jnetlink.codec.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A link dump reply as the 6.18 kernel sent it to {@code ip -s -d link show} (lo, a bridge br0,
 * and v0: a veth port of br0 whose peer is in another namespace, with an alias and an altname):
 * decodes to the expected values, and each message re-encodes to the same bytes.
 */
class LinkDumpGoldenTest {
    private static final GoldenBytes GOLDEN = GoldenBytes.load("golden/link/link-dump-reply.hex");
    private ByteBuf buf;

    @BeforeEach
    void load() {
        buf = GOLDEN.buffer(1);
    }

    @AfterEach
    void release() {
        buf.release();
    }

    private List<int[]> messages(List<Link> out) {
        List<int[]> spans = new ArrayList<>();
        MessageCursor m = new MessageCursor().reset(buf);
        while (m.next()) {
            assertThat(m.type()).isEqualTo(Rtm.NEWLINK);
            assertThat(m.flags() & NlMsg.F_MULTI).isNotZero();
            out.add(LinkCodec.decode(m));
            spans.add(new int[] {m.offset(), m.length()});
        }
        return spans;
    }

    @Test
    void decodesEveryLink() {
        List<Link> links = new ArrayList<>();
        messages(links);
        assertThat(links).extracting(Link::name).containsExactly("lo", "br0", "v0");

        Link lo = links.get(0);
        assertThat(lo.index()).isEqualTo(1);
        assertThat(lo.isUp()).isTrue();
        assertThat(lo.mtu()).isEqualTo(65536);
        assertThat(lo.deviceType()).isEqualTo(772);
        assertThat(lo.qdisc()).isEqualTo("noqueue");
        assertThat(lo.state()).isEqualTo(OperState.UNKNOWN);

        Link br0 = links.get(1);
        Link v0 = links.get(2);
        assertThat(br0.kind()).isEqualTo("bridge");
        assertThat(v0.kind()).isEqualTo("veth");
        assertThat(v0.slaveKind()).isEqualTo("bridge");
        assertThat(v0.master()).isEqualTo(br0.index());
        assertThat(v0.mtu()).isEqualTo(1400);
        assertThat(v0.alias()).isEqualTo("uplink to capd2");
        assertThat(v0.altNames()).containsExactly("v0-alt");
        assertThat(v0.linkNetnsid()).isZero();
        assertThat(v0.link()).isNotNull();
        assertThat(v0.stats64()).isNotNull();
        assertThat(v0.stats64().width()).isEqualTo(8);
        assertThat(v0.stats()).isNotNull();
        assertThat(v0.address().isEthernet()).isTrue();
        assertThat(v0.broadcast()).isEqualTo(dev.jnetlink.codec.MacAddress.BROADCAST);
        assertThat(v0.netnsImmutable()).isZero();
        assertThat(v0.headroom()).isNotNull();
        assertThat(v0.afSpec()).isNotNull();
        assertThat(links).allSatisfy(l -> assertThat(l.unknown()).isEmpty());
    }

    @Test
    void reencodesEachMessageToTheSameBytes() {
        List<Link> links = new ArrayList<>();
        List<int[]> spans = messages(links);
        for (int i = 0; i < links.size(); i++) {
            ByteBuf out = Unpooled.buffer();
            try {
                int seq = buf.getIntLE(spans.get(i)[0] + 8);
                int pid = buf.getIntLE(spans.get(i)[0] + 12);
                int flags = buf.getUnsignedShortLE(spans.get(i)[0] + 6);
                MessageWriter w = new MessageWriter(out);
                int mark = w.beginMessage(Rtm.NEWLINK, flags, seq, pid);
                LinkCodec.encode(w, links.get(i));
                w.endMessage(mark);
                assertThat(ByteBufUtil.hexDump(out))
                        .as("re-encoded %s", links.get(i).name())
                        .isEqualTo(ByteBufUtil.hexDump(buf, spans.get(i)[0], spans.get(i)[1]));
            } finally {
                out.release();
            }
        }
    }

    @Test
    void theDumpEndsWithDone() {
        ByteBuf done = GOLDEN.buffer(2);
        try {
            MessageCursor m = new MessageCursor().reset(done);
            assertThat(m.next()).isTrue();
            assertThat(m.type()).isEqualTo(NlMsg.DONE);
            assertThat(dev.jnetlink.codec.ErrorReply.decodeDone(m).isAck()).isTrue();
        } finally {
            done.release();
        }
    }
}

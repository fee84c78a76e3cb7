package dev.jnetlink.rtnl.view.tc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.tc.TcCodec;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.kind.HfscClassOptions;
import dev.jnetlink.codec.tc.kind.HfscCurve;
import dev.jnetlink.codec.tc.kind.HfscQdiscOptions;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Debian's 6.1 kernel answered to {@code tc -s -d class/qdisc show dev v0} on an hfsc tree
 * (golden files taken in the full-kernel VM) decodes to the curves that were set, re-encodes to
 * its own bytes, and prints through the views exactly as {@code tc} printed it for those bytes.
 */
class HfscReplyGoldenTest {
    private static final LinkNames LINKS = LinkNames.named(i -> i == 2 ? "v0" : null);

    private static List<TcObject> decodeAndReencode(String file) {
        GoldenBytes g = GoldenBytes.load("golden/tc/" + file + ".hex");
        List<TcObject> out = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            ByteBuf buf = g.buffer(i);
            try {
                MessageCursor m = new MessageCursor().reset(buf);
                while (m.next()) {
                    if (m.type() != Rtm.NEWQDISC && m.type() != Rtm.NEWTCLASS) {
                        continue;
                    }
                    TcObject o = TcCodec.decode(m);
                    int type = m.type();
                    byte[] again = Encoded.message(type, m.flags(), m.seq(), m.pid(), w -> TcCodec.encode(w, type, o));
                    assertThat(again).as(g.title(i)).isEqualTo(ByteBufUtil.getBytes(buf, m.offset(), m.length()));
                    out.add(o);
                }
            } finally {
                buf.release();
            }
        }
        return out;
    }

    @Test
    void classDumpDecodesToTheCurvesSetAndPrintsAsTc() {
        List<TcObject> classes = decodeAndReencode("class-hfsc-dump");
        assertThat(classes).extracting(c -> TcHandle.format(c.handle())).containsExactly("1:", "1:1", "1:10", "1:20");
        assertThat(classes.get(0).options(HfscClassOptions.class))
                .isEqualTo(new HfscClassOptions(null, null, null, List.of()));
        HfscClassOptions ten = classes.get(2).options(HfscClassOptions.class);
        assertThat(ten.realTime()).isEqualTo(new HfscCurve(0, 0, 1_250_000)).isEqualTo(ten.linkShare());
        assertThat(ten.upperLimit()).isEqualTo(new HfscCurve(0, 0, 2_500_000));
        HfscClassOptions twenty = classes.get(3).options(HfscClassOptions.class);
        assertThat(twenty.realTime()).isEqualTo(new HfscCurve(2_500_000, 10_000, 625_000));
        assertThat(twenty.linkShare()).isEqualTo(new HfscCurve(0, 0, 1_000_000));
        assertThat(twenty.upperLimit()).isEqualTo(new HfscCurve(0, 0, 3_750_000));
        assertThat(TcClassShow.format(classes, LINKS, true, true)).isEqualTo(
                "class hfsc 1: root \n"
                + " Sent 0 bytes 0 pkt (dropped 0, overlimits 0 requeues 0) \n"
                + " backlog 0b 0p requeues 0\n"
                + " period 0 level 2 \n"
                + "\n"
                + "class hfsc 1:1 parent 1: sc m1 0bit d 0us m2 100Mbit \n"
                + " Sent 0 bytes 0 pkt (dropped 0, overlimits 0 requeues 0) \n"
                + " backlog 0b 0p requeues 0\n"
                + " period 3 work 250 bytes level 1 \n"
                + "\n"
                + "class hfsc 1:10 parent 1:1 sc m1 0bit d 0us m2 10Mbit ul m1 0bit d 0us m2 20Mbit \n"
                + " Sent 250 bytes 3 pkt (dropped 0, overlimits 0 requeues 0) \n"
                + " backlog 0b 0p requeues 0\n"
                + " period 3 work 250 bytes rtwork 250 bytes level 0 \n"
                + "\n"
                + "class hfsc 1:20 parent 1:1 rt m1 20Mbit d 10ms m2 5Mbit ls m1 0bit d 0us m2 8Mbit ul m1 0bit d 0us m2 30Mbit \n"
                + " Sent 0 bytes 0 pkt (dropped 0, overlimits 0 requeues 0) \n"
                + " backlog 0b 0p requeues 0\n"
                + " period 0 level 0 \n"
                + "\n");
    }

    @Test
    void qdiscDumpDecodesItsDefaultClassAndPrintsAsTc() {
        // the kernel answers with every device's qdiscs; tc keeps those of the device asked for
        List<TcObject> qdiscs = decodeAndReencode("qdisc-hfsc-dump").stream().filter(q -> q.ifindex() == 2).toList();
        assertThat(qdiscs.get(0).options(HfscQdiscOptions.class).defaultClass()).isEqualTo(0x10);
        assertThat(TcQdiscShow.format(qdiscs, LINKS, true, true, true)).isEqualTo(
                "qdisc hfsc 1: root refcnt 3 default 10 \n"
                + " Sent 250 bytes 3 pkt (dropped 1, overlimits 0 requeues 0) \n"
                + " backlog 0b 0p requeues 0\n");
    }
}

package dev.jnetlink.rtnl.view.tc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.tc.TcCodec;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fq_codel, fq, sfq, fw, basic, matchall, flower, gact, police and skbedit views print, for
 * what Debian's 6.1 kernel answered to {@code tc -s -d qdisc/filter show} (the golden dumps), the
 * text iproute2 6.1 printed for that same answer ({@code views-*.txt}, taken in the full-kernel
 * VM together with the bytes), and without {@code -s} or {@code -d} what it printed then.
 */
class TcKindViewsTest {
    private static final LinkNames LINKS = LinkNames.named(i -> switch (i) {
        case 1 -> "lo";
        case 2 -> "v0";
        case 3 -> "v1p";
        case 4 -> "v1";
        case 5 -> "v2p";
        case 6 -> "v2";
        case 7 -> "v3p";
        case 8 -> "v3";
        default -> null;
    });

    @Test
    void qdiscsAsTcPrintedThem() {
        List<TcObject> qdiscs = dump("views-qdisc-dump.hex");
        assertThat(qdiscs).extracting(TcObject::kind).contains("sfq", "fq_codel", "fq");
        assertThat(TcQdiscShow.format(qdiscs, LINKS, false, true, true)).isEqualTo(text("views-qdisc-sd.txt"));
        assertThat(TcQdiscShow.format(qdiscs, LINKS, false, false, false)).isEqualTo(text("views-qdisc-plain.txt"));
        assertThat(TcQdiscShow.format(qdiscs, LINKS, false, true, false)).isEqualTo(text("views-qdisc-s.txt"));
        assertThat(TcQdiscShow.format(qdiscs, LINKS, false, false, true)).isEqualTo(text("views-qdisc-d.txt"));
    }

    @Test
    void fwBasicMatchallAndFlowerFiltersWithTheirActionsAsTcPrintedThem() {
        List<TcObject> filters = dump("views-filter-v3p-dump.hex");
        assertThat(filters).extracting(TcObject::kind).contains("fw", "basic", "matchall", "flower");
        assertThat(TcFilterShow.format(filters, LINKS, 0, true, true)).isEqualTo(text("views-filter-v3p-sd.txt"));
        assertThat(TcFilterShow.format(filters, LINKS, 0, false, false)).isEqualTo(text("views-filter-v3p-plain.txt"));
        assertThat(TcFilterShow.format(filters, LINKS, 0, false, true)).isEqualTo(text("views-filter-v3p-d.txt"));
    }

    @Test
    void clsactIngressFiltersWithACookieAsTcPrintedThem() {
        List<TcObject> filters = dump("views-filter-v0-dump.hex");
        int ingress = TcHandle.INGRESS_FILTERS;
        assertThat(TcFilterShow.format(filters, LINKS, ingress, true, true)).isEqualTo(text("views-filter-v0-sd.txt"));
        assertThat(TcFilterShow.format(filters, LINKS, ingress, false, false))
                .isEqualTo(text("views-filter-v0-plain.txt"));
        assertThat(TcFilterShow.format(filters, LINKS, ingress, false, true)).isEqualTo(text("views-filter-v0-d.txt"));
    }

    private static List<TcObject> dump(String name) {
        GoldenBytes file = GoldenBytes.load("golden/tc/" + name);
        List<TcObject> out = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            ByteBuf buf = Unpooled.wrappedBuffer(file.bytes(i));
            MessageCursor m = new MessageCursor().reset(buf);
            while (m.next()) {
                if (m.type() == Rtm.NEWQDISC || m.type() == Rtm.NEWTCLASS || m.type() == Rtm.NEWTFILTER) {
                    out.add(TcCodec.decode(m));
                }
            }
        }
        return out;
    }

    private static String text(String name) {
        try (InputStream in = TcKindViewsTest.class.getResourceAsStream("/golden/tc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("golden/tc/" + name, e);
        }
    }
}

package dev.jnetlink.rtnl.view.tc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.TcStats;
import dev.jnetlink.codec.tc.kind.HfscClassOptions;
import dev.jnetlink.codec.tc.kind.HfscCurve;
import dev.jnetlink.codec.tc.kind.HfscQdiscOptions;
import dev.jnetlink.rtnl.view.LinkNames;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * hfsc's lines as iproute2 6.1's {@code q_hfsc.c} prints them ({@code hfsc_print_opt},
 * {@code hfsc_print_class_opt}, {@code hfsc_print_xstats}); {@code HfscIT} compares the same
 * view with {@code tc} itself on the full kernel.
 */
class HfscViewTest {
    private static final LinkNames LINKS = LinkNames.named(i -> i == 2 ? "v0" : null);

    private static TcObject tcClass(String id, String parent, int leaf, TcOptions options, TcStats stats) {
        return new TcObject(new TcMsg(0, 2, TcHandle.parse(id), parent == null ? TcHandle.ROOT : TcHandle.parse(parent),
                leaf), "hfsc", null, null, null, options, null, stats, null, null, List.of());
    }

    @Test
    void qdiscPrintsItsDefaultClassInHex() {
        TcObject q = new TcObject(new TcMsg(0, 2, TcHandle.parse("1:"), TcHandle.ROOT, 2), "hfsc", null, null, null,
                new HfscQdiscOptions(0x10, Bytes.EMPTY), null, null, null, null, List.of());
        TcObject none = new TcObject(new TcMsg(0, 2, TcHandle.parse("2:"), TcHandle.parse("1:10"), 1), "hfsc",
                null, null, null, new HfscQdiscOptions(0, Bytes.EMPTY), null, null, null, null, List.of());
        assertThat(TcQdiscShow.format(List.of(q, none), LINKS, false, false, true)).isEqualTo(
                "qdisc hfsc 1: dev v0 root refcnt 2 default 10 \n"
                        + "qdisc hfsc 2: dev v0 parent 1:10 \n");
    }

    @Test
    void classesPrintScWhenRealTimeEqualsLinkShare() {
        HfscCurve ten = new HfscCurve(0, 0, 1_250_000);
        TcObject root = tcClass("1:", null, 0, new HfscClassOptions(null, null, null, List.of()), null);
        TcObject sc = tcClass("1:10", "1:", 0x100000, new HfscClassOptions(ten, ten,
                new HfscCurve(0, 0, 2_500_000), List.of()), null);
        TcObject curves = tcClass("1:20", "1:", 0, new HfscClassOptions(new HfscCurve(2_500_000, 10_000, 625_000),
                new HfscCurve(0, 0, 1_000_000), null, List.of()), null);
        assertThat(TcClassShow.format(List.of(root, sc, curves), LINKS, false, false)).isEqualTo(
                "class hfsc 1: root \n"
                        + "class hfsc 1:10 parent 1: leaf 10: sc m1 0bit d 0us m2 10Mbit ul m1 0bit d 0us m2 20Mbit \n"
                        + "class hfsc 1:20 parent 1: rt m1 20Mbit d 10ms m2 5Mbit ls m1 0bit d 0us m2 8Mbit \n");
    }

    @Test
    void classStatisticsPrintPeriodWorkAndLevel() {
        ByteBuffer x = ByteBuffer.allocate(24).order(ByteOrder.nativeOrder());
        x.putLong(3000).putLong(0).putInt(2).putInt(1);
        TcStats stats = new TcStats(new TcStats.Basic(3000, 2), null, null, null,
                new TcStats.Queue(0, 0, 0, 0, 0), Bytes.of(x.array()), null, List.of());
        TcObject c = tcClass("1:1", "1:", 0, new HfscClassOptions(null, new HfscCurve(0, 0, 125_000), null,
                List.of()), stats);
        assertThat(TcClassShow.format(List.of(c), LINKS, true, false)).isEqualTo(
                "class hfsc 1:1 parent 1: ls m1 0bit d 0us m2 1Mbit \n"
                        + " Sent 3000 bytes 2 pkt (dropped 0, overlimits 0 requeues 0) \n"
                        + " backlog 0b 0p requeues 0\n"
                        + " period 2 work 3000 bytes level 1 \n\n");
    }
}

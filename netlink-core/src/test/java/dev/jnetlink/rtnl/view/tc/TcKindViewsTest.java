package dev.jnetlink.rtnl.view.tc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.tc.TcCodec;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.kind.FlowerOptions;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fq_codel, fq, sfq, fw, basic, matchall, flower, gact, police and skbedit views print, for
 * what Debian's 6.1 kernel answered to {@code tc -s -d qdisc/filter show} (the golden dumps), the
 * text iproute2 6.1 printed for that same answer ({@code views-*.txt}, taken in the full-kernel
 * VM together with the bytes), and without {@code -s} or {@code -d} what it printed then; and
 * the parts those dumps do not reach (counters that are not zero, a flow's statistics, masks
 * that are not prefixes) against what the C code prints for them.
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

    @Test
    void fqCodelCountersOfTheQdiscAndOfAFlow() {
        // struct tc_fq_codel_xstats: type 0, then maxpacket, drop_overlimit, ecn_mark,
        // new_flow_count, new_flows_len, old_flows_len, ce_mark, memory_usage, drop_overmemory
        assertThat(xstats(new FqCodelView(), u32s(0, 1514, 1, 3, 4, 1, 2, 5, 1024, 6))).isEqualTo(
                "  maxpacket 1514 drop_overlimit 1 new_flow_count 4 ecn_mark 3 ce_mark 5 memory_used 1024"
                        + " drop_overmemory 6\n  new_flows_len 1 old_flows_len 2");
        // type 1: deficit, ldelay, count, lastcount, dropping, drop_next
        assertThat(xstats(new FqCodelView(), u32s(1, -20, 1500, 3, 2, 1, -2000))).isEqualTo(
                "  deficit -20 count 3 lastcount 2 ldelay 1.5ms dropping drop_next -2ms");
        // a kernel that sends less: the rest reads as 0
        assertThat(xstats(new FqCodelView(), u32s(0, 9))).isEqualTo(
                "  maxpacket 9 drop_overlimit 0 new_flow_count 0 ecn_mark 0\n  new_flows_len 0 old_flows_len 0");
    }

    @Test
    void fqCountersWithTheirOptionalParts() {
        ByteBuffer b = ByteBuffer.allocate(104).order(ByteOrder.nativeOrder());
        b.putLong(0, 7).putLong(8, 2).putLong(16, 3).putLong(24, 4).putLong(32, 5).putLong(40, 6);
        b.putLong(56, 1_500_000).putInt(64, 3).putInt(68, 1).putInt(72, 2).putInt(76, 800);
        b.putLong(80, 9).putLong(96, 11);
        assertThat(xstats(new FqView(), Bytes.of(b.array()))).isEqualTo(
                "  flows 3 (inactive 1 throttled 2) next_packet_delay 1.5ms\n"
                        + "  gc 7 highprio 2 retrans 3 throttled 4 latency 800ns ce_mark 9 flows_plimit 5\n"
                        + " pkts_too_long 6  horizon_caps 11");
    }

    @Test
    void sfqPrintsAFlowsAllotAmongItsClasses() {
        assertThat(xstats(new SfqView(), u32s(1514))).isEqualTo("  allot 1514");
    }

    @Test
    void flowerHardwareClassesMasksThatAreNotPrefixesAndOffloadCounts() {
        FlowerOptions o = new FlowerOptions(0xffff_ffe3, null, 0x0800, null, null, null, 17,
                IpAddresses.parse("10.1.0.3"), IpAddresses.parse("255.0.255.0"), IpAddresses.parse("10.0.0.0"),
                IpAddresses.parse("255.255.0.0"), null, null, null, null, null, null, null, null, null, null, 53,
                0xfff0, 4, 2, null, List.of());
        StringBuilder sb = new StringBuilder();
        new FlowerView().printFilter(1, o, new TcPrinter(sb, false, false, LINKS));
        assertThat(sb.toString()).isEqualTo("handle 0x1 hw_tc 3 \n  eth_type ipv4\n  ip_proto udp"
                + "\n  dst_ip 10.0.0.0/16\n  src_ip 10.1.0.3/255.0.255.0\n  dst_port 53/0xfff0\n  in_hw in_hw_count 2");
    }

    @Test
    void oldStatisticsWithARateAndABacklog() {
        ByteBuffer b = ByteBuffer.allocate(36).order(ByteOrder.nativeOrder());
        b.putLong(0, 3000).putInt(8, 2).putInt(12, 1).putInt(16, 0).putInt(20, 125_000).putInt(24, 0)
                .putInt(28, 4).putInt(32, 6000);
        StringBuilder sb = new StringBuilder();
        new TcPrinter(sb, false, true, LINKS).legacyStats(Bytes.of(b.array()), " ");
        assertThat(sb.toString()).isEqualTo(" Sent 3000 bytes 2 pkts (dropped 1, overlimits 0) \n rate 1Mbit backlog 6000b 4p ");
    }

    @Test
    void viewsPrintWhateverDecodesWithoutThrowing() {
        // bytes of the golden dumps changed at random: what still decodes, however odd (short
        // counters, flags, masks, actions of any kind), prints in every form without an exception
        Random random = new Random(21);
        int printed = 0;
        for (String name : List.of("views-qdisc-dump.hex", "views-filter-v3p-dump.hex", "views-filter-v0-dump.hex")) {
            GoldenBytes file = GoldenBytes.load("golden/tc/" + name);
            for (int i = 0; i < file.size(); i++) {
                byte[] original = file.bytes(i);
                for (int round = 0; round < 300; round++) {
                    byte[] b = original.clone();
                    for (int n = 0; n < 4; n++) {
                        int at = 16 + random.nextInt(Math.max(1, b.length - 16));
                        b[at] = (byte) random.nextInt(256);
                    }
                    List<TcObject> objects = new ArrayList<>();
                    ByteBuf buf = Unpooled.wrappedBuffer(b);
                    try {
                        MessageCursor m = new MessageCursor().reset(buf);
                        while (m.next()) {
                            if (m.type() == Rtm.NEWQDISC || m.type() == Rtm.NEWTFILTER) {
                                objects.add(TcCodec.decode(m));
                            }
                        }
                    } catch (DecodeException | IllegalArgumentException e) {
                        // refused by the codec: nothing to print
                    } finally {
                        buf.release();
                    }
                    for (boolean stats : new boolean[] {false, true}) {
                        for (boolean details : new boolean[] {false, true}) {
                            TcQdiscShow.format(objects.stream().filter(o -> o.kind() != null).toList(), LINKS, false,
                                    stats, details);
                            TcFilterShow.format(objects, LINKS, 0, stats, details);
                        }
                    }
                    printed += objects.size();
                }
            }
        }
        assertThat(printed).isGreaterThan(1000);
    }

    private static String xstats(TcKindView view, Bytes xstats) {
        StringBuilder sb = new StringBuilder();
        assertThat(view.printXstats(xstats, new TcPrinter(sb, false, true, LINKS))).isTrue();
        return sb.toString();
    }

    private static Bytes u32s(int... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.nativeOrder());
        for (int v : values) {
            b.putInt(v);
        }
        return Bytes.of(b.array());
    }

    private static List<TcObject> dump(String name) {
        GoldenBytes file = GoldenBytes.load("golden/tc/" + name);
        List<TcObject> out = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            ByteBuf buf = Unpooled.wrappedBuffer(file.bytes(i));
            try {
                MessageCursor m = new MessageCursor().reset(buf);
                while (m.next()) {
                    if (m.type() == Rtm.NEWQDISC || m.type() == Rtm.NEWTCLASS || m.type() == Rtm.NEWTFILTER) {
                        out.add(TcCodec.decode(m));
                    }
                }
            } finally {
                buf.release();
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

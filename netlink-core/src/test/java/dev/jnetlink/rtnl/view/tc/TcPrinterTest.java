package dev.jnetlink.rtnl.view.tc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.RawTcOptions;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.TcStats;
import dev.jnetlink.codec.tc.kind.FifoOptions;
import dev.jnetlink.codec.tc.kind.HtbGlob;
import dev.jnetlink.codec.tc.kind.HtbQdiscOptions;
import dev.jnetlink.rtnl.view.LinkNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The formats {@code tc} shares between its printers, against what iproute2 6.1 printed for the
 * same values (rates, sizes and times from {@code tc qdisc/class show} on this kernel; {@code %g}
 * against glibc's {@code printf}), and whole qdisc lines as {@code tc} printed them.
 */
class TcPrinterTest {
    @Test
    void ratesAsTcPrintsThem() {
        assertThat(TcPrinter.rate(125_000)).isEqualTo("1Mbit");
        assertThat(TcPrinter.rate(1_250_000)).isEqualTo("10Mbit");
        assertThat(TcPrinter.rate(625_000_000)).isEqualTo("5Gbit");
        assertThat(TcPrinter.rate(187_500)).isEqualTo("1500Kbit");
        assertThat(TcPrinter.rate(100)).isEqualTo("800bit");
        assertThat(TcPrinter.rate(0)).isEqualTo("0bit");
    }

    @Test
    void sizesAsTcPrintsThem() {
        assertThat(TcPrinter.size(15_360)).isEqualTo("15Kb");
        assertThat(TcPrinter.size(3000)).isEqualTo("3000b");
        assertThat(TcPrinter.size(1600)).isEqualTo("1600b");
        assertThat(TcPrinter.size(4096)).isEqualTo("4Kb");
        assertThat(TcPrinter.size(2 * 1024 * 1024)).isEqualTo("2Mb");
        assertThat(TcPrinter.size(0)).isEqualTo("0b");
    }

    @Test
    void timesAsTcPrintsThem() {
        assertThat(TcPrinter.time(400_000)).isEqualTo("400ms");
        assertThat(TcPrinter.time(1_500_000)).isEqualTo("1.5s");
        assertThat(TcPrinter.time(999)).isEqualTo("999us");
        assertThat(TcPrinter.time(12_345)).isEqualTo("12.3ms");
        assertThat(TcPrinter.time64(800)).isEqualTo("800ns");
        assertThat(TcPrinter.time64(1_000_000)).isEqualTo("1ms");
        assertThat(TcPrinter.tickToTime(1_562_500)).isEqualTo(100_000);
    }

    @Test
    void percentGAsGlibcPrintsIt() {
        assertThat(TcPrinter.g(0.1, 6)).isEqualTo("0.1");
        assertThat(TcPrinter.g(100000, 6)).isEqualTo("100000");
        assertThat(TcPrinter.g(1e6, 6)).isEqualTo("1e+06");
        assertThat(TcPrinter.g(100.0 / 3, 6)).isEqualTo("33.3333");
        assertThat(TcPrinter.g(0.0001, 6)).isEqualTo("0.0001");
        assertThat(TcPrinter.g(0.00001, 6)).isEqualTo("1e-05");
        assertThat(TcPrinter.g(1234, 3)).isEqualTo("1.23e+03");
        assertThat(TcPrinter.g(400, 3)).isEqualTo("400");
        assertThat(TcPrinter.percent(42949673)).isEqualTo("1");
        assertThat(TcPrinter.percent(0xffffffffL)).isEqualTo("100");
    }

    @Test
    void actionControlNames() {
        assertThat(TcPrinter.actionControl(4)).isEqualTo("stolen");
        assertThat(TcPrinter.actionControl(3)).isEqualTo("pipe");
        assertThat(TcPrinter.actionControl(-1)).isEqualTo("continue");
        assertThat(TcPrinter.actionControl(0x20000005)).isEqualTo("goto chain 5");
    }

    @Test
    void u32HandlesAsTcPrintsThem() {
        assertThat(U32View.handle(0x80000000)).isEqualTo("800:");
        assertThat(U32View.handle(0x80000800)).isEqualTo("800::800");
        assertThat(U32View.handle(0x00205800)).isEqualTo("2:5:800");
        assertThat(U32View.handle(0)).isEqualTo("none");
    }

    @Test
    void qdiscLinesAsTcPrintedThem() {
        LinkNames links = LinkNames.named(i -> i == 2 ? "va" : null);
        TcStats stats = new TcStats(new TcStats.Basic(86, 1), null, null, null,
                new TcStats.Queue(0, 0, 0, 0, 0), null, null, List.of());
        TcObject htb = new TcObject(new TcMsg(0, 2, TcHandle.parse("1:"), TcHandle.ROOT, 3), "htb", null, null,
                null, new HtbQdiscOptions(new HtbGlob(0x30011, 10, 0x10, 0, 0), 1000, null, List.of()), null, stats,
                null, null, List.of());
        TcObject pfifo = new TcObject(new TcMsg(0, 2, TcHandle.parse("20:"), TcHandle.parse("1:20"), 1), "pfifo",
                null, null, null, new FifoOptions(100), null, null, null, null, List.of());
        TcObject odd = new TcObject(new TcMsg(0, 7, 0, TcHandle.ROOT, 2), "weird", null, null, null,
                new RawTcOptions(Bytes.of((byte) 1, (byte) 2)), null, null, null, null, List.of());
        assertThat(TcQdiscShow.format(List.of(htb, pfifo, odd), links, false, true, true)).isEqualTo(
                "qdisc htb 1: dev va root refcnt 3 r2q 10 default 0x10 direct_packets_stat 0 ver 3.17"
                        + " direct_qlen 1000\n"
                        + " Sent 86 bytes 1 pkt (dropped 0, overlimits 0 requeues 0) \n"
                        + " backlog 0b 0p requeues 0\n"
                        + "qdisc pfifo 20: dev va parent 1:20 limit 100p\n"
                        + "qdisc weird 0: dev if7 root refcnt 2 [Unknown qdisc, optlen=2] \n");
    }
}

package dev.jnetlink.rtnl.tc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.tc.TcCodec;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The specs build {@code tc}'s requests byte for byte: each case is the command line in the
 * golden file's header (iproute2 6.1), captured with {@code tools/capture-golden}. In the
 * capture namespace v1 had index 2, v0 3 and ifb0 4.
 */
class TcRequestGoldenTest {
    private static final Map<String, Integer> INDEX = Map.of("v1", 2, "v0", 3, "ifb0", 4);

    private static byte[] request(String file, int type, String dev, int parent, int handle, int info,
            String kind, dev.jnetlink.codec.tc.TcOptions options) {
        byte[] captured = GoldenBytes.load("golden/tc/" + file + ".hex").first("sendmsg");
        TcObject o = TcObject.of(new TcMsg(0, INDEX.get(dev), handle, parent, info), kind, options);
        byte[] ours = Encoded.message(type, Encoded.flagsOf(captured), Encoded.seqOf(captured),
                w -> TcCodec.encode(w, type, o));
        assertThat(ours).as(file).isEqualTo(captured);
        return ours;
    }

    @Test
    void htbQdiscAsTcQdiscAddHtbDefault10() {
        // tc qdisc add dev v0 root handle 1: htb default 10
        QdiscSpec s = Htb.qdisc().defaultClass(0x10);
        request("qdisc-htb-add", Rtm.NEWQDISC, "v0", TcHandle.ROOT, TcHandle.parse("1:"), 0, s.kind(), s.options());
    }

    @Test
    void htbClassWithRateTablesAsTc() {
        // tc class add dev v0 parent 1: classid 1:10 htb rate 10mbit ceil 20mbit prio 1
        ClassSpec s = Htb.rate(10_000_000).ceil(20_000_000).prio(1);
        request("class-htb-add", Rtm.NEWTCLASS, "v0", TcHandle.parse("1:"), TcHandle.parse("1:10"), 0,
                s.kind(), s.options());
    }

    @Test
    void tbfWithLatencyAsTc() {
        // tc qdisc add dev v1 root handle 1: tbf rate 10mbit burst 32kbit latency 400ms
        QdiscSpec s = Tbf.latency(10_000_000, 4096, Duration.ofMillis(400));
        request("qdisc-tbf-add", Rtm.NEWQDISC, "v1", TcHandle.ROOT, TcHandle.parse("1:"), 0, s.kind(), s.options());
    }

    @Test
    void ingressAsTc() {
        // tc qdisc add dev v1 ingress
        request("qdisc-ingress-add", Rtm.NEWQDISC, "v1", TcHandle.INGRESS, TcHandle.INGRESS_QDISC, 0,
                "ingress", Ingress.ingress().options());
    }

    @Test
    void pfifoAsTc() {
        // tc qdisc add dev v0 parent 1:10 handle 20: pfifo limit 100
        QdiscSpec s = Fifo.pfifo(100);
        request("qdisc-pfifo-add", Rtm.NEWQDISC, "v0", TcHandle.parse("1:10"), TcHandle.parse("20:"), 0,
                s.kind(), s.options());
    }

    @Test
    void prioAsTc() {
        // tc qdisc add dev ifb0 root handle 2: prio bands 3 (refused by the host kernel, sent all the same)
        QdiscSpec s = Prio.bands(3);
        request("qdisc-prio-add", Rtm.NEWQDISC, "ifb0", TcHandle.ROOT, TcHandle.parse("2:"), 0, s.kind(), s.options());
    }

    @Test
    void netemDelayJitterLossAsTc() {
        // tc qdisc add dev ifb0 root handle 3: netem delay 100ms 10ms loss 1%
        QdiscSpec s = Netem.builder().delay(Duration.ofMillis(100), Duration.ofMillis(10)).loss(1).build();
        request("qdisc-netem-add", Rtm.NEWQDISC, "ifb0", TcHandle.ROOT, TcHandle.parse("3:"), 0, s.kind(), s.options());
    }

    @Test
    void netemEverythingAfterTheStructureUnnestedAsTc() {
        // tc qdisc add dev ifb0 root handle 3: netem limit 2000 delay 100ms 10ms 25% loss gemodel
        // 1% 10% 70% 0.1% duplicate 1% corrupt 0.1% reorder 25% 50% gap 5 rate 1gbit 20 100 ecn
        // slot 800us 1ms packets 10
        QdiscSpec s = Netem.builder().limit(2000)
                .delay(Duration.ofMillis(100), Duration.ofMillis(10), 25)
                .lossGilbertElliott(1, 10, 70, 0.1)
                .duplicate(1).corrupt(0.1).reorder(25, 50, 5)
                .rate(1_000_000_000L, 20, 100, 0).ecn()
                .slot(Duration.ofNanos(800_000), Duration.ofMillis(1), 10, 0)
                .build();
        request("qdisc-netem-full-add", Rtm.NEWQDISC, "ifb0", TcHandle.ROOT, TcHandle.parse("3:"), 0,
                s.kind(), s.options());
    }

    @Test
    void u32MatchIpDstFlowidAsTc() {
        // tc filter add dev v0 parent 1: protocol ip prio 1 u32 match ip dst 10.0.0.2/32 flowid 1:10
        FilterSpec s = U32.match().ipDst("10.0.0.2/32").flowid("1:10");
        request("filter-u32-add", Rtm.NEWTFILTER, "v0", TcHandle.parse("1:"), 0,
                TcMsg.filterInfo(1, Filters.IP), s.kind(), s.options(INDEX::get));
    }

    @Test
    void u32WithMirredRedirectAsTc() {
        // tc filter add dev v1 parent ffff: protocol all prio 1 u32 match u32 0 0 action mirred
        // egress redirect dev ifb0
        FilterSpec s = U32.match().u32(0, 0, 0).action(Mirred.egressRedirect("ifb0"));
        request("filter-mirred-add", Rtm.NEWTFILTER, "v1", TcHandle.INGRESS_QDISC, 0,
                TcMsg.filterInfo(1, Filters.ALL), s.kind(), s.options(INDEX::get));
    }
}

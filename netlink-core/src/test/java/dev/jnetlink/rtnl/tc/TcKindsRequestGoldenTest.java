package dev.jnetlink.rtnl.tc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.tc.ActionControl;
import dev.jnetlink.codec.tc.TcCodec;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.NetemDistribution;
import dev.jnetlink.codec.tc.kind.SkbeditOptions;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The specs of fq_codel, fq, sfq, netem's distributions, matchall, fw, flower, basic, gact,
 * police and skbedit build {@code tc}'s requests byte for byte, and the captured request decodes
 * to the spec's options: each case is the command line in the golden file's header (iproute2
 * 6.1, sent to a kernel without these modules, which refused them after the capture). In the
 * capture namespace v1 had index 2, v0 3 and ifb0 4.
 */
class TcKindsRequestGoldenTest {
    private static final Map<String, Integer> INDEX = Map.of("v1", 2, "v0", 3, "ifb0", 4);

    private static void request(String file, int type, String dev, int parent, int handle, int info,
            String kind, TcOptions options) {
        request(file, type, INDEX.get(dev), parent, handle, info, kind, options);
    }

    /**
     * Asserts that a request built from these values is the golden file's first
     * {@code sendmsg}, and that the captured request decodes to {@code options}.
     */
    static void request(String file, int type, int ifindex, int parent, int handle, int info,
            String kind, TcOptions options) {
        byte[] captured = GoldenBytes.load("golden/tc/" + file + ".hex").first("sendmsg");
        TcObject o = TcObject.of(new TcMsg(0, ifindex, handle, parent, info), kind, options);
        byte[] ours = Encoded.message(type, Encoded.flagsOf(captured), Encoded.seqOf(captured),
                w -> TcCodec.encode(w, type, o));
        assertThat(ours).as(file).isEqualTo(captured);
        MessageCursor m = new MessageCursor().reset(Unpooled.wrappedBuffer(captured));
        assertThat(m.next()).isTrue();
        assertThat(TcCodec.decode(m).options()).as(file + " decoded").isEqualTo(options);
    }

    private static void qdisc(String file, QdiscSpec s) {
        request(file, Rtm.NEWQDISC, "v0", TcHandle.ROOT, TcHandle.parse("1:"), 0, s.kind(), s.options());
    }

    private static void filter(String file, String dev, String parent, int prio, int protocol, FilterSpec s) {
        request(file, Rtm.NEWTFILTER, dev, TcHandle.parse(parent), s.handle(), TcMsg.filterInfo(prio, protocol),
                s.kind(), s.options(INDEX::get));
    }

    @Test
    void fqCodelAsTc() {
        // tc qdisc add dev v0 root handle 1: fq_codel limit 2000 flows 512 quantum 1000 target 10ms
        // interval 200ms ecn ce_threshold 2ms memory_limit 16777216 drop_batch 32
        qdisc("qdisc-fq_codel-add", FqCodel.builder().limit(2000).flows(512).quantum(1000)
                .target(Duration.ofMillis(10)).interval(Duration.ofMillis(200)).ecn(true)
                .ceThreshold(Duration.ofMillis(2)).memoryLimit(16_777_216).dropBatch(32).build());
    }

    @Test
    void fqAsTc() {
        // tc qdisc add dev v0 root handle 1: fq limit 5000 flow_limit 50 quantum 3028
        // initial_quantum 15140 maxrate 100mbit buckets 2048 refill_delay 40ms nopacing
        qdisc("qdisc-fq-add", Fq.builder().limit(5000).flowLimit(50).quantum(3028).initialQuantum(15140)
                .maxRate(100_000_000).buckets(2048).refillDelay(Duration.ofMillis(40)).pacing(false).build());
    }

    @Test
    void sfqAsTc() {
        // tc qdisc add dev v0 root handle 1: sfq perturb 10 quantum 1514 limit 127 flows 128
        // divisor 1024 depth 64 headdrop
        qdisc("qdisc-sfq-add", Sfq.builder().perturb(10).quantum(1514).limit(127).flows(128).divisor(1024)
                .depth(64).headdrop().build());
    }

    @Test
    void sfqWithRedPerFlowAsTc() {
        // tc qdisc add dev v0 root handle 1: sfq limit 100 depth 20 headdrop redflowlimit 40000
        // min 8000 max 20000 probability 0.2 ecn harddrop
        qdisc("qdisc-sfq-red-add", Sfq.builder().limit(100).depth(20).headdrop().redFlowLimit(40_000)
                .redThresholds(8000, 20_000).redProbability(0.2).ecn().harddrop().build());
        // tc qdisc add dev v0 root handle 1: sfq redflowlimit 100000 avpkt 1500 ecn: the
        // thresholds, the EWMA and the probability's logarithm worked out as tc works them out
        qdisc("qdisc-sfq-red-defaults-add", Sfq.builder().redFlowLimit(100_000).redAvpkt(1500).ecn().build());
    }

    @Test
    void matchallWithMirredAsTc() {
        // tc filter add dev v1 parent ffff: protocol all prio 1 matchall skip_hw action mirred
        // egress redirect dev ifb0
        filter("filter-matchall-add", "v1", "ffff:", 1, Filters.ALL,
                Matchall.all().skipHw().action(Mirred.egressRedirect("ifb0")));
    }

    @Test
    void gactDropWithADeterministicPassAsTc() {
        // tc filter add dev v1 parent ffff: protocol all prio 2 matchall action gact drop random
        // determ ok 10
        filter("filter-gact-add", "v1", "ffff:", 2, Filters.ALL,
                Matchall.all().action(Gact.of(ActionControl.DROP).everyNth(ActionControl.PASS, 10)));
    }

    @Test
    void policeWithItsRateTableAsTc() {
        // tc filter add dev v1 parent ffff: protocol ip prio 3 matchall action police rate 1mbit
        // burst 10k mtu 2k conform-exceed drop/ok
        filter("filter-police-add", "v1", "ffff:", 3, Filters.IP, Matchall.all().action(
                Police.rate(1_000_000, 10 * 1024).mtu(2048).conformExceed(ActionControl.DROP, ActionControl.PASS)));
    }

    @Test
    void policeAbove32BitsOfBytesPerSecondAsTc() {
        // tc filter add dev v1 parent ffff: protocol ip prio 3 matchall action police rate 50gbit
        // burst 1m conform-exceed drop/pipe
        filter("filter-police64-add", "v1", "ffff:", 3, Filters.IP, Matchall.all().action(
                Police.rate(50_000_000_000L, 1024 * 1024).conformExceed(ActionControl.DROP, ActionControl.PIPE)));
    }

    @Test
    void fwWithMaskAsTc() {
        // tc filter add dev v0 parent 1: protocol ip prio 4 handle 5/0xff fw classid 1:10
        filter("filter-fw-add", "v0", "1:", 4, Filters.IP, Fw.mark(5, 0xff).classid("1:10"));
    }

    @Test
    void skbeditAsTc() {
        // tc filter add dev v1 parent ffff: protocol all prio 5 matchall action skbedit priority
        // 1:10 mark 5/0xff queue_mapping 2 ptype host
        filter("filter-skbedit-add", "v1", "ffff:", 5, Filters.ALL, Matchall.all().action(Skbedit.set()
                .priority("1:10").mark(5, 0xff).queueMapping(2).ptype(SkbeditOptions.PACKET_HOST)));
    }

    @Test
    void netemWithAGeneratedParetonormalTableAsTc() {
        // tc qdisc add dev ifb0 root handle 3: netem delay 100ms 10ms distribution paretonormal
        // (tc read /usr/lib/x86_64-linux-gnu/tc/paretonormal.dist; the spec computes it)
        QdiscSpec s = Netem.builder().delay(Duration.ofMillis(100), Duration.ofMillis(10))
                .distribution(NetemDistribution.PARETONORMAL).build();
        request("qdisc-netem-dist-add", Rtm.NEWQDISC, "ifb0", TcHandle.ROOT, TcHandle.parse("3:"), 0, s.kind(),
                s.options());
    }

    @Test
    void flowerIpv4KeysWithMasksAsTc() {
        // tc filter add dev v1 parent ffff: protocol ip prio 6 flower classid 1:10 ip_proto tcp
        // dst_ip 10.0.0.0/24 src_ip 10.1.2.3 dst_port 80 src_port 1234 skip_hw action gact drop
        filter("filter-flower-add", "v1", "ffff:", 6, Filters.IP, Flower.ip().classid("1:10").ipProto(Flower.TCP)
                .dstIp("10.0.0.0/24").srcIp("10.1.2.3").dstPort(80).srcPort(1234).skipHw()
                .action(Gact.of(ActionControl.DROP)));
    }

    @Test
    void flowerVlanIdAsTc() {
        // tc filter add dev v1 parent ffff: protocol 802.1Q prio 7 flower vlan_id 10 action gact drop
        filter("filter-flower-vlan-add", "v1", "ffff:", 7, Flower.VLAN, Flower.vlan().vlanId(10)
                .action(Gact.of(ActionControl.DROP)));
    }

    @Test
    void flowerIpv6AndUdpAsTc() {
        // tc filter add dev v1 parent ffff: protocol ipv6 prio 8 flower ip_proto udp dst_ip
        // 2001:db8::/64 dst_port 53 action gact pass
        filter("filter-flower-ipv6-add", "v1", "ffff:", 8, Filters.IPV6, Flower.ipv6().ipProto(Flower.UDP)
                .dstIp("2001:db8::/64").dstPort(53).action(Gact.of(ActionControl.PASS)));
    }

    @Test
    void basicAsTc() {
        // tc filter add dev v0 parent 1: protocol ip prio 9 basic classid 1:10 action gact pass
        filter("filter-basic-add", "v0", "1:", 9, Filters.IP, Basic.all().classid("1:10")
                .action(Gact.of(ActionControl.PASS)));
    }
}

package dev.jnetlink.rtnl.tc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.tc.ActionControl;
import dev.jnetlink.codec.tc.kind.NetemDistribution;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The new kinds' specs refuse what {@code tc} or the kernel would, with the reason, before any request. */
class TcKindsValidationTest {
    private static void refused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void qdiscs() {
        refused(() -> FqCodel.builder().flows(0), "fq_codel flows must be 1 to 65536, got 0");
        refused(() -> FqCodel.builder().quantum(2 << 20), "fq_codel quantum must be 1 to 1048576 bytes, got 2097152");
        refused(() -> FqCodel.builder().target(Duration.ZERO), "fq_codel target must be 1us to 4294967295us, got PT0S");
        refused(() -> FqCodel.builder().limit(0), "fq_codel limit must be 1 to 4294967295, got 0");
        refused(() -> Fq.builder().buckets(1000), "fq buckets must be a power of two from 2 to 262144, got 1000");
        refused(() -> Fq.builder().maxRate(0), "fq maxrate must be above 0 bit/s, got 0");
        refused(() -> Fq.builder().maxRate(40_000_000_000L),
                "fq maxrate in bytes per second must be 1 to 4294967295, got 5000000000");
        refused(() -> Sfq.builder().limit(1), "sfq limit must be 2 to 4294967295, got 1");
        refused(() -> Sfq.builder().divisor(1000), "sfq divisor must be a power of two up to 65536, got 1000");
        refused(() -> Sfq.builder().depth(128), "sfq depth must be 1 to 127, got 128");
        refused(() -> Sfq.builder().ecn().build(), "sfq RED needs redflowlimit");
        refused(() -> Sfq.builder().redFlowLimit(10_000).redThresholds(0, 20_000).build(),
                "sfq max 20000 is larger than redflowlimit 10000");
        refused(() -> Sfq.builder().redFlowLimit(40_000).redThresholds(9000, 9000).build(),
                "sfq min 9000 is not smaller than max 9000");
        refused(() -> Sfq.builder().redProbability(1.5), "sfq probability must be above 0 and at most 1, got 1.5");
        refused(() -> Netem.builder().distribution(NetemDistribution.NORMAL).build(),
                "netem distribution needs a delay and a jitter");
        refused(() -> Netem.builder().delay(Duration.ofMillis(10)).distribution(NetemDistribution.NORMAL).build(),
                "netem distribution needs a delay and a jitter");
    }

    @Test
    void filters() {
        refused(() -> Matchall.all().skipHw().skipSw(), "matchall skip_hw and skip_sw are mutually exclusive");
        refused(() -> Fw.mark(0), "fw needs a mark other than 0 (handle MARK fw)");
        refused(() -> Fw.mark(0x100, 0xff), "fw mark 0x100 has bits outside its mask 0xff");
        refused(() -> Flower.ip().dstIp("2001:db8::1"),
                "flower dst_ip 2001:db8::1 is not an IPv4 address, as protocol ip needs");
        refused(() -> Flower.ipv6().srcIp("10.0.0.1/8"),
                "flower src_ip 10.0.0.1/8 is not an IPv6 address, as protocol ipv6 needs");
        refused(() -> Flower.ip().dstIp("10.0.0.0/33"), "flower dst_ip: prefix length must be 0 to 32 in \"10.0.0.0/33\"");
        refused(() -> Flower.ip().dstPort(80), "flower dst_port needs ip_proto tcp or udp first");
        refused(() -> Flower.ip().ipProto(1).srcPort(80), "flower src_port needs ip_proto tcp or udp first");
        refused(() -> Flower.ip().vlanId(10), "flower vlan_id needs protocol 802.1Q or 802.1ad, not 0x800");
        refused(() -> Flower.vlan().vlanId(4096), "flower vlan_id must be 0 to 4095, got 4096");
        refused(() -> Flower.vlan().ipProto(6), "flower ip_proto needs protocol ip or ipv6, not 0x8100");
        refused(() -> Flower.ip().skipSw().skipHw(), "flower skip_hw and skip_sw are mutually exclusive");
        refused(() -> Fw.mark(5).classid("1:2:3"), "tc handle \"1:2:3\": \"2:3\" is not hexadecimal");
        // addresses are literals, never resolved
        refused(() -> Flower.ip().dstIp("localhost/8"), "flower dst_ip: not an IP address: \"localhost\"");
        refused(() -> U32.match().ipDst("localhost"), "not an IPv4 address: \"localhost\"");
        refused(() -> U32.match().ipSrc("10.0.0.256/32"), "not an IPv4 address: \"10.0.0.256\"");
        refused(() -> U32.match().ipSrc("::1/32"), "not an IPv4 address: \"::1\"");
    }

    @Test
    void actions() {
        refused(() -> Gact.of(ActionControl.DROP).everyNth(ActionControl.PASS, 10001),
                "gact random value must be 1 to 10000, got 10001");
        refused(() -> Gact.of(ActionControl.DROP).randomly(ActionControl.PASS, 0),
                "gact random value must be 1 to 10000, got 0");
        refused(() -> Police.rate(0, 1000), "police rate must be above 0 bit/s, got 0");
        refused(() -> Police.rate(1_000_000, 0), "police burst must be 1 to 4294967295, got 0");
        refused(() -> Police.rate(1_000_000, 1000).peakRate(2_000_000).options(dev -> 0),
                "police peakrate needs an mtu");
        refused(() -> Skbedit.set().options(dev -> 0), "skbedit needs queue_mapping, priority, mark or ptype");
        refused(() -> Skbedit.set().queueMapping(65536), "skbedit queue_mapping must be 0 to 65535, got 65536");
        refused(() -> Skbedit.set().mark(0x100, 0xff), "skbedit mark 0x100 has bits outside its mask 0xff");
        refused(() -> Skbedit.set().ptype(4),
                "skbedit ptype must be host (0), broadcast (1), multicast (2) or otherhost (3), got 4");
    }
}

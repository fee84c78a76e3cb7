package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.bridge.codec.BridgePortInfo;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Options and specs are checked against the kernel's ranges when built, before any request. */
class OptionsTest {

    private static void refused(Runnable build, String message) {
        assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void bridgeTimersOutOfTheKernelsRanges() {
        refused(() -> BridgeOptions.builder().helloTime(Duration.ofMillis(990)).build(),
                "hello time must be 1 s to 10 s, got 0.99 s");
        refused(() -> BridgeOptions.builder().helloTime(Duration.ofSeconds(11)).build(),
                "hello time must be 1 s to 10 s, got 11 s");
        refused(() -> BridgeOptions.builder().maxAge(Duration.ofSeconds(5)).build(),
                "max age must be 6 s to 40 s, got 5 s");
        refused(() -> BridgeOptions.builder().maxAge(Duration.ofSeconds(41)).build(),
                "max age must be 6 s to 40 s, got 41 s");
        refused(() -> BridgeOptions.builder().stp(true).forwardDelay(Duration.ofSeconds(1)).build(),
                "forward delay (with STP on) must be 2 s to 30 s, got 1 s");
        refused(() -> BridgeOptions.builder().stp(true).forwardDelay(Duration.ofSeconds(31)).build(),
                "forward delay (with STP on) must be 2 s to 30 s, got 31 s");
        // Without STP the kernel takes any forward delay (docker sets 0).
        assertThat(BridgeOptions.builder().forwardDelay(Duration.ZERO).build().forwardDelay())
                .isZero();
        refused(() -> BridgeOptions.builder().ageingTime(Duration.ofMillis(1005)).build(),
                "ageing time PT1.005S is not a whole number of centiseconds (the kernel keeps"
                        + " bridge timers in 1/100 s)");
        refused(() -> BridgeOptions.builder().ageingTime(Duration.ofSeconds(-1)).build(),
                "ageing time must not be negative, got PT-1S");
        refused(() -> BridgeOptions.builder().ageingTime(Duration.ofDays(500)).build(),
                "ageing time PT12000H exceeds the kernel's limit of 4294967295 centiseconds");
    }

    @Test
    void bridgeNumbersOutOfRange() {
        refused(() -> BridgeOptions.builder().priority(65536).build(),
                "bridge priority must be 0..65535, got 65536");
        refused(() -> BridgeOptions.builder().defaultPvid(-1).build(),
                "default PVID must be 0 (none) or a VLAN id 1..4094, got -1");
        refused(() -> BridgeOptions.builder().groupForwardMask(0x1).build(),
                "group forward mask 0x1 has bits 0..2 set; the kernel never forwards STP"
                        + " (01:80:c2:00:00:00), pause (:01) or LACP (:02) frames");
        refused(() -> BridgeOptions.builder().groupForwardMask(0x10000).build(),
                "group forward mask is 16 bits, got 0x10000");
    }

    @Test
    void bridgeOptionsSendOnlyWhatIsSet() {
        BridgeOptions o = BridgeOptions.builder()
                .stp(true)
                .forwardDelay(Duration.ofSeconds(4))
                .ageingTime(Duration.ofMillis(12_340))
                .vlanProtocol(VlanProtocol.DOT1AD)
                .multicastQuerier(false)
                .build();
        BridgeInfo info = o.toInfo();
        assertThat(info.stpState()).isEqualTo(1);
        assertThat(info.forwardDelay()).isEqualTo(Duration.ofSeconds(4));
        assertThat(info.ageingTime()).isEqualTo(Duration.ofMillis(12_340));
        assertThat(info.vlanProtocol()).isEqualTo(0x88a8);
        assertThat(info.mcastQuerier()).isFalse();
        assertThat(info.helloTime()).isNull();
        assertThat(info.priority()).isNull();
        assertThat(o.usesVlanFiltering()).isTrue();
        assertThat(o.isEmpty()).isFalse();
        assertThat(BridgeOptions.builder().build().isEmpty()).isTrue();
        assertThat(o.toString()).isEqualTo("bridge stp_state 1 forward_delay 400 ageing_time 1234"
                + " vlan_protocol 802.1ad mcast_querier 0");
        assertThat(o.newBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(Bridge.named("br0").options(o).build().toString())
                .isEqualTo("bridge br0 stp_state 1 forward_delay 400 ageing_time 1234"
                        + " vlan_protocol 802.1ad mcast_querier 0");
    }

    @Test
    void portOptions() {
        refused(() -> PortOptions.builder().cost(0).build(), "port path cost must be 1..65535, got 0");
        refused(() -> PortOptions.builder().cost(65536).build(),
                "port path cost must be 1..65535, got 65536");
        refused(() -> PortOptions.builder().priority(-1).build(), "port priority must be 0..63, got -1");
        PortOptions p = PortOptions.builder().cost(5).learning(false).state(PortState.DISABLED)
                .multicastRouter(MulticastRouter.TEMP).build();
        BridgePortInfo info = p.toInfo();
        assertThat(info.cost()).isEqualTo(5);
        assertThat(info.learning()).isFalse();
        assertThat(info.state()).isZero();
        assertThat(info.multicastRouter()).isEqualTo(3);
        assertThat(info.priority()).isNull();
        assertThat(p.toString()).isEqualTo("cost 5 state 0 learning off mcast_router 3");
        assertThat(p.newBuilder().build()).isEqualTo(p);
        assertThat(PortOptions.builder().build().isEmpty()).isTrue();
        assertThat(PortState.of(3)).isEqualTo(PortState.FORWARDING);
        assertThat(PortState.FORWARDING.toString()).isEqualTo("forwarding");
        refused(() -> PortState.of(5), "port state must be 0..4, got 5");
    }

    @Test
    void vlanSpecs() {
        refused(() -> VlanSpec.of(0), "VLAN id 0 is out of range: 802.1Q ids are 1..4094 (0 and"
                + " 4095 are reserved)");
        refused(() -> VlanSpec.range(1, 4095), "VLAN id 4095 is out of range: 802.1Q ids are"
                + " 1..4094 (0 and 4095 are reserved)");
        assertThat(VlanSpec.of(10).withPvid().withUntagged().toString()).isEqualTo("vid 10 pvid untagged");
        assertThat(VlanSpec.range(20, 30).toString()).isEqualTo("vid 20-30");
        assertThat(VlanSpec.range(20, 20).isRange()).isFalse();
    }

    @Test
    void fdbSpecs() throws Exception {
        refused(() -> FdbSpec.builder("02:00:00:00:00:aa", "v0").master().port(0).build(),
                "UDP port must be 1..65535, got 0");
        refused(() -> FdbSpec.builder("02:00:00:00:00:aa", "v0").self().vni(1 << 24).build(),
                "vni must be 0..16777215, got 16777216");
        refused(() -> FdbSpec.builder("02:00:00:00:00:aa", "this-name-is-too-long").master().build(),
                "interface name \"this-name-is-too-long\" is 21 bytes; the kernel allows at most 15");
        FdbSpec vx = FdbSpec.builder("00:00:00:00:00:00", "vx0").self().state(FdbState.PERMANENT)
                .dst(InetAddress.getByName("10.0.0.2")).port(4790).vni(43).via("eth0").build();
        assertThat(vx.toString()).isEqualTo("00:00:00:00:00:00 dev vx0 self permanent dst"
                + " 10.0.0.2 port 4790 vni 43 via eth0");
        assertThat(FdbState.STATIC.nud()).isEqualTo(0x42);
        assertThat(FdbState.PERMANENT.nud()).isEqualTo(0xc0);
        assertThat(FdbState.DYNAMIC.nud()).isEqualTo(0x02);
    }
}

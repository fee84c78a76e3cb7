package dev.jnetlink.bridge.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.codec.link.LinkKinds;
import dev.jnetlink.testing.GoldenBytes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Core's link dump golden ({@code golden/link/link-dump-reply.hex}: lo, a bridge br0 and its
 * port v0, as Linux 6.18 sent them to {@code ip -s -d link show}), decoded with this module on
 * the class path: the bridge kind is found through {@link java.util.ServiceLoader}, br0's
 * {@code IFLA_INFO_DATA} decodes to {@link BridgeInfo}, v0's {@code IFLA_INFO_SLAVE_DATA} to
 * {@link BridgePortInfo}, and every message re-encodes to the captured bytes (so the tables
 * hold the kernel's attribute order).
 */
class BridgeKindGoldenTest {
    private static final GoldenBytes GOLDEN = GoldenBytes.load("golden/link/link-dump-reply.hex");

    /** @return lo, br0 and v0, each checked to re-encode to the captured bytes */
    private static List<Link> links() {
        return RoundTrip.check(GOLDEN, 1, LinkCodec::decode, LinkCodec::encode);
    }

    @Test
    void theKindIsRegisteredThroughServiceLoader() {
        assertThat(LinkKinds.get("bridge")).isInstanceOf(BridgeKind.class);
    }

    @Test
    void decodesTheBridgeSettings() {
        Link br0 = links().get(1);
        assertThat(br0.name()).isEqualTo("br0");
        BridgeInfo info = br0.data(BridgeInfo.class);
        assertThat(info).isNotNull();
        assertThat(info.forwardDelay()).isEqualTo(Duration.ofSeconds(15));
        assertThat(info.helloTime()).isEqualTo(Duration.ofSeconds(2));
        assertThat(info.maxAge()).isEqualTo(Duration.ofSeconds(20));
        assertThat(info.ageingTime()).isEqualTo(Duration.ofSeconds(300));
        assertThat(info.stpState()).isZero();
        assertThat(info.stpEnabled()).isFalse();
        assertThat(info.priority()).isEqualTo(0x8000);
        assertThat(info.vlanFiltering()).isFalse();
        assertThat(info.groupFwdMask()).isZero();
        BridgeId id = new BridgeId(0x8000, MacAddress.parse("82:9d:39:97:7d:c6"));
        assertThat(info.bridgeId()).isEqualTo(id);
        assertThat(info.rootId()).isEqualTo(id);
        assertThat(info.isRoot()).isTrue();
        assertThat(info.bridgeId().toBrctlString()).isEqualTo("8000.829d39977dc6");
        assertThat(info.bridgeId().toIpString()).isEqualTo("8000.82:9d:39:97:7d:c6");
        assertThat(info.groupAddr()).isEqualTo(MacAddress.parse("01:80:c2:00:00:00"));
        assertThat(info.multiBoolopt()).isEqualTo(new BoolOpts(0, 0x1f));
        assertThat(info.multiBoolopt().isOn(BoolOpts.NO_LL_LEARN)).isFalse();
        assertThat(info.fdbNLearned()).isZero();
        assertThat(info.fdbMaxLearned()).isZero();
        // This kernel has no CONFIG_BRIDGE_VLAN_FILTERING: the VLAN block is not sent.
        assertThat(info.vlanProtocol()).isNull();
        assertThat(info.vlanDefaultPvid()).isNull();
        assertThat(info.mcastRouter()).isEqualTo(1);
        assertThat(info.mcastSnooping()).isTrue();
        assertThat(info.mcastQuerier()).isFalse();
        assertThat(info.mcastHashElasticity()).isEqualTo(16);
        assertThat(info.mcastHashMax()).isEqualTo(4096);
        assertThat(info.mcastIgmpVersion()).isEqualTo(2);
        assertThat(info.mcastMldVersion()).isEqualTo(1);
        assertThat(info.mcastLastMemberIntvl()).isEqualTo(Duration.ofSeconds(1));
        assertThat(info.mcastMembershipIntvl()).isEqualTo(Duration.ofSeconds(260));
        assertThat(info.mcastQuerierIntvl()).isEqualTo(Duration.ofSeconds(255));
        assertThat(info.mcastQueryIntvl()).isEqualTo(Duration.ofSeconds(125));
        assertThat(info.mcastQueryResponseIntvl()).isEqualTo(Duration.ofSeconds(10));
        assertThat(info.mcastStartupQueryIntvl()).isEqualTo(Duration.ofMillis(31_240)); // 3124 cs: HZ rounding
        assertThat(info.nfCallIptables()).isFalse();
        assertThat(info.helloTimer()).isEqualTo(Duration.ZERO);
        assertThat(info.fdbFlush()).isNull();
        assertThat(info.unknown()).isEmpty();
    }

    @Test
    void decodesThePortSettings() {
        List<Link> links = links();
        Link br0 = links.get(1);
        Link v0 = links.get(2);
        BridgePortInfo port = v0.slaveData(BridgePortInfo.class);
        assertThat(port).isNotNull();
        assertThat(port.state()).isZero();
        assertThat(port.stateName()).isEqualTo("disabled");
        assertThat(port.priority()).isEqualTo(32);
        assertThat(port.cost()).isEqualTo(2);
        assertThat(port.hairpin()).isFalse();
        assertThat(port.guard()).isFalse();
        assertThat(port.rootBlock()).isFalse();
        assertThat(port.learning()).isTrue();
        assertThat(port.unicastFlood()).isTrue();
        assertThat(port.mcastFlood()).isTrue();
        assertThat(port.bcastFlood()).isTrue();
        assertThat(port.proxyArp()).isFalse();
        assertThat(port.isolated()).isFalse();
        assertThat(port.neighSuppress()).isFalse();
        assertThat(port.rootId()).isEqualTo(br0.data(BridgeInfo.class).bridgeId());
        assertThat(port.designatedPort()).isEqualTo(0x8001);
        assertThat(port.id()).isEqualTo(0x8001);
        assertThat(port.no()).isEqualTo(1);
        assertThat(port.locked()).isFalse();
        assertThat(port.mab()).isFalse();
        assertThat(port.neighVlanSuppress()).isFalse();
        assertThat(port.multicastRouter()).isEqualTo(1);
        assertThat(port.mcastEhtHostsLimit()).isEqualTo(512);
        assertThat(port.mcastMaxGroups()).isZero();
        assertThat(port.backupPort()).isNull();
        assertThat(port.unknown()).isEmpty();
    }

    @Test
    void reencodesEveryMessageToTheCapturedBytes() {
        assertThat(links()).extracting(Link::name).containsExactly("lo", "br0", "v0");
    }
}

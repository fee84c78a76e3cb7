package dev.jnetlink.bridge.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.IflaInfo;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kernel replies this module decodes, from captures of iproute2 (Linux 6.18 host; the VLAN
 * ones from the Debian 6.1 VM): each decodes to the expected values and every message
 * re-encodes to the captured bytes.
 */
class ReplyGoldenTest {

    @Test
    void bridgePortDump() {
        GoldenBytes g = GoldenBytes.load("golden/bridge/bridge-link-dump.hex");
        List<BridgeLink> ports = RoundTrip.check(g, 1, BridgeLinkCodec::decode,
                BridgeLinkCodec::encode);
        assertThat(ports).hasSize(1);
        BridgeLink v0 = ports.get(0);
        assertThat(v0.header().family()).isEqualTo(BridgeLinkCodec.AF_BRIDGE);
        assertThat(v0.name()).isEqualTo("v0");
        assertThat(v0.isBridge()).isFalse();
        assertThat(v0.mtu()).isEqualTo(1500);
        assertThat(v0.link()).isNotNull();
        assertThat(v0.afSpec()).isNull();
        BridgePortInfo p = v0.protinfo();
        assertThat(p.state()).isZero(); // br0 is down: its ports are disabled
        assertThat(p.priority()).isEqualTo(32);
        assertThat(p.cost()).isEqualTo(2);
        assertThat(p.learning()).isFalse();
        assertThat(p.unicastFlood()).isTrue();
        assertThat(p.unknown()).isEmpty();
        assertThat(v0.unknown()).isEmpty();
    }

    @Test
    void fdbDump() throws Exception {
        GoldenBytes g = GoldenBytes.load("golden/bridge/fdb-dump.hex");
        List<FdbEntry> entries = RoundTrip.check(g, 0, FdbCodec::decode, FdbCodec::encode);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.header().family()).isEqualTo(7);
            assertThat(e.unknown()).isEmpty();
        });
        FdbEntry local = entries.stream()
                .filter(e -> e.lladdr().equals(MacAddress.parse("02:00:00:00:00:aa")))
                .findFirst().orElseThrow();
        assertThat(local.master()).isNotNull();
        assertThat(local.stateName()).isEqualTo("static");
        assertThat(local.flagNames()).isEmpty();
        assertThat(local.flagsExt()).isZero();
        assertThat(local.cacheInfo()).isNotNull();
        assertThat(local.vlan()).isNull();

        List<FdbEntry> self = entries.stream().filter(e -> e.isSelf() && e.dst() == null).toList();
        assertThat(self).isNotEmpty().allSatisfy(e -> {
            assertThat(e.master()).isNull();
            assertThat(e.cacheInfo()).isNull();
            assertThat(e.stateName()).isEqualTo("permanent");
            assertThat(e.flagNames()).containsExactly("self");
        });

        List<FdbEntry> vxlan = entries.stream().filter(e -> e.dst() != null).toList();
        assertThat(vxlan).hasSize(2);
        assertThat(vxlan.get(0).dst()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(vxlan.get(0).lladdr().isZero()).isTrue();
        assertThat(vxlan.get(0).port()).isNull();
        FdbEntry full = vxlan.get(1);
        assertThat(full.dst()).isEqualTo(InetAddress.getByName("10.0.0.3"));
        assertThat(full.port()).isEqualTo(4790);
        assertThat(full.vni()).isEqualTo(43);
        assertThat(full.ifindex()).isNotNull();
        assertThat(full.stateName()).isEqualTo("permanent");
    }

    /**
     * On Linux 6.1 the top-level IFLA_* order differs from the 6.18 one core's link table
     * follows (IFLA_QDISC, IFLA_MAP come earlier), so this checks the bridge's own part:
     * IFLA_INFO_DATA re-encodes to the captured bytes.
     */
    @Test
    void bridgeOnLinux61WithVlanFiltering() {
        ByteBuf buf = GoldenBytes.load("golden/bridge/bridge-dump-6.1.hex").buffer(0);
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            assertThat(m.next()).isTrue();
            Link br0 = LinkCodec.decode(m);
            BridgeInfo info = br0.data(BridgeInfo.class);
            assertThat(info.vlanFiltering()).isTrue();
            assertThat(info.vlanProtocol()).isEqualTo(0x88a8);
            assertThat(info.vlanDefaultPvid()).isEqualTo(1);
            assertThat(info.vlanStatsEnabled()).isFalse();
            assertThat(info.vlanStatsPerPort()).isFalse();
            assertThat(info.fdbNLearned()).isNull();
            assertThat(info.fdbMaxLearned()).isNull();
            // 802.1ad moves the STP group address to the provider bridge group.
            assertThat(info.groupAddr()).isEqualTo(MacAddress.parse("01:80:c2:00:00:08"));
            assertThat(info.unknown()).isEmpty();

            AttributeCursor top = m.attributes(IfInfoMsg.SIZE, Ifla.SPACE);
            String captured = null;
            while (top.next()) {
                if (top.type() == Ifla.LINKINFO) {
                    AttributeCursor in = top.enter();
                    while (in.next()) {
                        if (in.type() == IflaInfo.DATA) {
                            captured = ByteBufUtil.hexDump(buf, in.valueIndex(), in.length());
                        }
                    }
                }
            }
            ByteBuf again = Unpooled.buffer();
            try {
                BridgeInfo.CODEC.encode(new MessageWriter(again), info);
                assertThat(ByteBufUtil.hexDump(again)).isEqualTo(captured);
            } finally {
                again.release();
            }
        } finally {
            buf.release();
        }
    }

    @Test
    void fdbDumpWithVlans() {
        GoldenBytes g = GoldenBytes.load("golden/bridge/fdb-dump-vlan.hex");
        List<FdbEntry> entries = RoundTrip.check(g, 0, FdbCodec::decode, FdbCodec::encode);
        FdbEntry added = entries.stream()
                .filter(e -> e.lladdr().equals(MacAddress.parse("02:00:00:00:00:aa")))
                .findFirst().orElseThrow();
        assertThat(added.vlan()).isEqualTo(10);
        assertThat(added.stateName()).isEqualTo("static");
        assertThat(entries.stream().filter(e -> e.vlan() != null).map(FdbEntry::vlan))
                .contains(1, 10, 20, 30);
        assertThat(entries).allSatisfy(e -> assertThat(e.unknown()).isEmpty());
    }

    @Test
    void vlanDumpWithRanges() {
        GoldenBytes g = GoldenBytes.load("golden/bridge/vlan-dump.hex");
        List<BridgeLink> links = RoundTrip.check(g, 1, BridgeLinkCodec::decode,
                BridgeLinkCodec::encode);
        assertThat(links).extracting(BridgeLink::name).containsExactly("br0", "v0");
        BridgeLink br0 = links.get(0);
        assertThat(br0.isBridge()).isTrue();
        assertThat(br0.protinfo()).isNull();
        assertThat(br0.vlans()).containsExactly(
                new BridgeVlanInfo(BridgeVlanInfo.PVID | BridgeVlanInfo.UNTAGGED, 7),
                new BridgeVlanInfo(0, 10));
        BridgeLink v0 = links.get(1);
        assertThat(v0.isBridge()).isFalse();
        assertThat(v0.protinfo()).isNotNull();
        assertThat(v0.vlans()).containsExactly(
                new BridgeVlanInfo(BridgeVlanInfo.UNTAGGED, 7),
                new BridgeVlanInfo(BridgeVlanInfo.PVID | BridgeVlanInfo.UNTAGGED, 10),
                new BridgeVlanInfo(BridgeVlanInfo.RANGE_BEGIN, 20),
                new BridgeVlanInfo(BridgeVlanInfo.RANGE_END, 30));
        assertThat(v0.afSpec().flags()).isNull();
        assertThat(v0.afSpec().unknown()).isEmpty();
    }
}

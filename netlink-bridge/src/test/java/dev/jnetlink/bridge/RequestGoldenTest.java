package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.bridge.codec.BridgeLink;
import dev.jnetlink.bridge.codec.BridgeLinkCodec;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.socket.Request;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every request this module sends, byte for byte against what iproute2 sent for the same
 * command (golden files under {@code golden/bridge/}, captured with
 * {@code tools/capture-golden}; each file says how). Indexes that differ per capture (the
 * port's, the bridge's) are read from the captured bytes.
 */
class RequestGoldenTest {

    static byte[] golden(String name) {
        GoldenBytes g = GoldenBytes.load("golden/bridge/" + name + ".hex");
        return g.bytes(0);
    }

    static int le32(byte[] b, int offset) {
        return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8 | (b[offset + 2] & 0xff) << 16
                | (b[offset + 3] & 0xff) << 24;
    }

    /** @return the {@code ifi_index} / {@code ndm_ifindex} of a captured request */
    static int index(byte[] captured) {
        return le32(captured, 20);
    }

    static byte[] encode(Request r, byte[] captured) {
        return Encoded.message(r.type(), Encoded.flagsOf(captured), Encoded.seqOf(captured),
                w -> r.body().write(w));
    }

    static byte[] encodeCreate(Bridge spec, byte[] captured) {
        return Encoded.message(Rtm.NEWLINK, Encoded.flagsOf(captured), Encoded.seqOf(captured),
                w -> spec.write(w, name -> {
                    throw new AssertionError("no lookups expected, asked for " + name);
                }));
    }

    @Test
    void createWithOptions() {
        byte[] captured = golden("bridge-create");
        Bridge spec = Bridge.named("br0").options(BridgeOptions.builder()
                .forwardDelay(Duration.ofSeconds(4))
                .helloTime(Duration.ofSeconds(3))
                .maxAge(Duration.ofSeconds(25))
                .ageingTime(Duration.ofSeconds(600))
                .stp(true)
                .priority(0x1000)
                .groupForwardMask(8)
                .multicastSnooping(false)
                .multicastQuerier(true)
                .build()).build();
        assertThat(encodeCreate(spec, captured)).isEqualTo(captured);
    }

    @Test
    void createWithVlanOptions() {
        byte[] captured = golden("bridge-create-vlan");
        Bridge spec = Bridge.named("br0").options(BridgeOptions.builder()
                .vlanFiltering(true)
                .vlanProtocol(VlanProtocol.DOT1AD)
                .defaultPvid(7)
                .build()).build();
        assertThat(encodeCreate(spec, captured)).isEqualTo(captured);
    }

    @Test
    void changeOptions() {
        byte[] captured = golden("bridge-change");
        BridgeOptions change = BridgeOptions.builder().stp(false).priority(0x2000).build();
        assertThat(encode(BridgeRequests.changeBridge("br0", index(captured), change.toInfo()),
                captured)).isEqualTo(captured);
    }

    @Test
    void portOption() {
        byte[] captured = golden("port-set");
        PortOptions opts = PortOptions.builder().cost(10).build();
        assertThat(encode(BridgeRequests.changePort("v0", index(captured), opts.toInfo()), captured))
                .isEqualTo(captured);
    }

    /**
     * {@code bridge} writes IFLA_BRPORT_* in an order of its own, not the kernel's; the port
     * options are written through {@link BridgePortInfo}'s table in that order, so the bytes
     * are the tool's, and the captured request decodes to the options' record.
     */
    @Test
    void manyPortOptionsAreWrittenInBridgeLinkSetsOrder() {
        byte[] captured = golden("port-set-all");
        PortOptions opts = PortOptions.builder()
                .state(PortState.DISABLED)
                .priority(5)
                .cost(10)
                .hairpin(true)
                .guard(true)
                .rootBlock(true)
                .learning(false)
                .unicastFlood(false)
                .multicastFlood(false)
                .broadcastFlood(false)
                .neighSuppress(true)
                .isolated(true)
                .multicastRouter(MulticastRouter.PERMANENT)
                .build();
        assertThat(encode(BridgeRequests.changePort("v0", index(captured), opts.toInfo()), captured))
                .isEqualTo(captured);
        assertThat(decodeBridgeLink(captured).protinfo()).isEqualTo(opts.toInfo());
    }

    static BridgeLink decodeBridgeLink(byte[] message) {
        ByteBuf buf = Unpooled.wrappedBuffer(message);
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            assertThat(m.next()).isTrue();
            return BridgeLinkCodec.decode(m);
        } finally {
            buf.release();
        }
    }

    @Test
    void fdbAddStaticToTheBridge() {
        byte[] captured = golden("fdb-add");
        FdbSpec spec = FdbSpec.builder("02:00:00:00:00:aa", "v0").master()
                .state(FdbState.STATIC).build();
        Request r = BridgeRequests.fdb(Rtm.NEWNEIGH, 0, spec.toEntry(index(captured), null), "x");
        assertThat(encode(r, captured)).isEqualTo(captured);
    }

    @Test
    void fdbAppendVxlanDestination() throws Exception {
        byte[] captured = golden("fdb-append-vxlan");
        FdbSpec spec = FdbSpec.builder("00:00:00:00:00:00", "vx0").self()
                .state(FdbState.PERMANENT).dst(InetAddress.getByName("10.0.0.2")).build();
        Request r = BridgeRequests.fdb(Rtm.NEWNEIGH, 0, spec.toEntry(index(captured), null), "x");
        assertThat(encode(r, captured)).isEqualTo(captured);
    }

    @Test
    void fdbAddWithVlan() {
        byte[] captured = golden("fdb-add-vlan");
        FdbSpec spec = FdbSpec.builder("02:00:00:00:00:aa", "v0").master()
                .state(FdbState.STATIC).vlan(10).build();
        Request r = BridgeRequests.fdb(Rtm.NEWNEIGH, 0, spec.toEntry(index(captured), null), "x");
        assertThat(encode(r, captured)).isEqualTo(captured);
    }

    @Test
    void vlanAddPvidUntagged() {
        byte[] captured = golden("vlan-add");
        Request r = BridgeRequests.vlans(Rtm.SETLINK, "v0", index(captured), false,
                VlanSpec.of(10).withPvid().withUntagged());
        assertThat(encode(r, captured)).isEqualTo(captured);
    }

    @Test
    void vlanAddRange() {
        byte[] captured = golden("vlan-add-range");
        Request r = BridgeRequests.vlans(Rtm.SETLINK, "v0", index(captured), false,
                VlanSpec.range(20, 30));
        assertThat(encode(r, captured)).isEqualTo(captured);
    }

    @Test
    void vlanAddToTheBridgeItself() {
        byte[] captured = golden("vlan-add-self");
        Request r = BridgeRequests.vlans(Rtm.SETLINK, "br0", index(captured), true,
                VlanSpec.of(10));
        assertThat(encode(r, captured)).isEqualTo(captured);
    }

    @Test
    void vlanDeleteRange() {
        byte[] captured = golden("vlan-del-range");
        Request r = BridgeRequests.vlans(Rtm.DELLINK, "v0", index(captured), false,
                VlanSpec.range(20, 30));
        assertThat(encode(r, captured)).isEqualTo(captured);
    }

    @Test
    void vlanDumpRequest() {
        byte[] captured = golden("vlan-dump");
        Request r = BridgeRequests.linkDump(
                dev.jnetlink.bridge.codec.BridgeLinkCodec.RTEXT_FILTER_BRVLAN_COMPRESSED, "x");
        assertThat(encode(r, captured)).isEqualTo(captured);
    }

    @Test
    void portDumpRequest() {
        byte[] captured = golden("bridge-link-dump");
        assertThat(encode(BridgeRequests.linkDump(0, "x"), captured)).isEqualTo(captured);
    }
}

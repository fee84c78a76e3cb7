package dev.jnetlink.bridge.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.bridge.codec.BridgeId;
import dev.jnetlink.bridge.codec.BridgeLink;
import dev.jnetlink.bridge.codec.BridgeLinkCodec;
import dev.jnetlink.bridge.codec.FdbEntry;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.NeighbourFlags;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.GoldenMessages;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bridge views from values built by hand, pinning corner cases the integration tests may
 * not meet: {@code brctl show} without bridges and with a portless one, and
 * {@code bridge fdb show} lines of every field (an IPv6 destination compressed, the trailing
 * blank of a dynamic entry, a state iproute2 has no name for).
 */
class ViewsTest {
    @Test
    void brctlShow() {
        assertThat(BrctlShow.format(List.of())).isEmpty();
        assertThat(BrctlShow.format(List.of(
                new BrctlShow.Entry("docker0", new BridgeId(0x8000, MacAddress.parse("02:42:ac:11:00:01")),
                        false, List.of("veth1", "veth2")),
                new BrctlShow.Entry("br1", new BridgeId(0x1000, MacAddress.parse("02:00:00:00:00:01")),
                        true, List.of()))))
                .isEqualTo("bridge name\tbridge id\t\tSTP enabled\tinterfaces\n"
                        + "docker0\t\t8000.0242ac110001\tno\t\tveth1\n"
                        + "\t\t\t\t\t\t\tveth2\n"
                        + "br1\t\t1000.020000000001\tyes\t\t\n");
    }

    @Test
    void bridgeLinkOfAPortWhosePeerIsElsewhere() {
        // captured from a port of a down br0 whose veth peer is in another namespace: bridge
        // finds no link of the peer's index here, prints it as ifN and adds no M-DOWN
        BridgeLink v0 = GoldenMessages.decode(GoldenMessages.of(
                GoldenBytes.load("golden/bridge/bridge-link-dump.hex"), Rtm.NEWLINK).get(0), BridgeLinkCodec::decode);
        StringBuilder sb = new StringBuilder();
        BridgeLinkShow.line(v0, LinkNames.named(i -> i == v0.index() ? "v0" : null), sb);
        assertThat(sb.toString()).isEqualTo(v0.index() + ": v0@if" + v0.link()
                + ": <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master if" + v0.master()
                + " state disabled priority 32 cost 2 \n");
    }

    private static String line(FdbEntry e, boolean withDev) {
        List<String> names = List.of("", "lo", "br0", "v1", "v0", "", "", "", "", "vx0");
        StringBuilder sb = new StringBuilder();
        BridgeFdbShow.line(e, LinkNames.named(i -> i < names.size() ? names.get(i) : null), withDev, sb);
        return sb.toString();
    }

    @Test
    void fdbLines() throws Exception {
        FdbEntry bridgeEntry = new FdbEntry(new NdMsg(7, 4, 0x40, 0, 0),
                MacAddress.parse("02:00:00:00:00:aa"), 2, null, null, null, null, null, null, null,
                0, null, 10, null, List.of());
        FdbEntry dynamic = new FdbEntry(new NdMsg(7, 4, 0x02, NeighbourFlags.STICKY, 0),
                MacAddress.parse("02:00:00:00:00:bb"), 2, null, null, null, null, null, null, null,
                FdbEntry.NTF_EXT_LOCKED, null, null, null, List.of());
        FdbEntry vxlan = new FdbEntry(new NdMsg(7, 9, 0xc0, NeighbourFlags.SELF, 1), MacAddress.parse("00:00:00:00:00:00"),
                null, null, InetAddress.getByName("fd00:99:0:0:0:0:0:2"), 4790, 43, null, 3, null, null, null,
                null, null, List.of());
        FdbEntry odd = new FdbEntry(new NdMsg(7, 12, 0x01, 0, 0), MacAddress.parse("02:00:00:00:00:cc"),
                null, null, null, null, null, null, null, null, null, null, null, null, List.of());
        assertThat(line(bridgeEntry, true)).isEqualTo("02:00:00:00:00:aa dev v0 vlan 10 master br0 static\n");
        // iproute2 6.1 prints no "locked"; a dynamic entry's empty state leaves the last blank
        assertThat(line(dynamic, true)).isEqualTo("02:00:00:00:00:bb dev v0 sticky master br0 \n");
        assertThat(line(vxlan, true))
                .isEqualTo("00:00:00:00:00:00 dev vx0 dst fd00:99::2 port 4790 vni 43 via v1 self permanent\n");
        assertThat(line(vxlan, false))
                .isEqualTo("00:00:00:00:00:00 dst fd00:99::2 port 4790 vni 43 via v1 self permanent\n");
        assertThat(line(odd, true)).isEqualTo("02:00:00:00:00:cc dev if12 state=0x1\n");
    }
}

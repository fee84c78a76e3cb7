package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.codec.link.kind.TunInfo;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.view.IpLinkShow;
import dev.jnetlink.testing.Ip;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * tun and tap devices made elsewhere ({@code ip tuntap add}) decode with their
 * {@code IFLA_TUN_*} details: field by field as {@code ip -j -d link show} prints them, and
 * as text as {@code ip -d link show} does.
 */
@NetlinkTest
class TunTapParityIT {
    @Scratch(value = "tun", named = true)
    private NetNs ns;
    @Scratch("tun")
    private Rtnl rtnl;

    @Test
    void tunAndTapDevicesDecodeAsIpShowsThem() {
        Ip.ip(ns.name(), "tuntap", "add", "dev", "tun0", "mode", "tun", "user", "0", "group", "0");
        Ip.ip(ns.name(), "tuntap", "add", "dev", "tap0", "mode", "tap", "multi_queue", "vnet_hdr");
        Ip.ip(ns.name(), "tuntap", "add", "dev", "tap1", "mode", "tap", "pi", "one_queue");
        for (String dev : new String[] {"tun0", "tap0", "tap1"}) {
            assertThat(IpLinkShow.of(rtnl).details().dev(dev).text()).as("ip -d link show dev " + dev)
                    .isEqualTo(Ip.ip(ns.name(), "-d", "link", "show", "dev", dev));
            TunInfo t = rtnl.links().get(dev).data(TunInfo.class);
            assertThat(t).as(dev).isNotNull();
            JsonNode data = Ip.json(ns.name(), "-d", "link", "show", "dev", dev).get(0)
                    .get("linkinfo").get("info_data");
            Map<String, Object> ours = new LinkedHashMap<>();
            ours.put("type", t.type() == TunInfo.TUN ? "tun" : "tap");
            ours.put("pi", t.pi() != 0);
            ours.put("vnet_hdr", t.vnetHdr() != 0);
            ours.put("multi_queue", t.multiQueue() != null && t.multiQueue() != 0);
            ours.put("numqueues", t.numQueues());
            ours.put("numdisabled", t.numDisabledQueues());
            ours.put("persist", t.persist() != 0);
            ours.put("user", t.owner() == null ? null : t.owner() == 0 ? "root" : t.owner());
            ours.put("group", t.group() == null ? null : t.group() == 0 ? "root" : t.group());
            int compared = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                assertThat(ours).as(dev + ": ip prints " + f.getKey()).containsKey(f.getKey());
                assertThat(f.getValue().asText()).as(dev + ": " + f.getKey())
                        .isEqualTo(String.valueOf(ours.get(f.getKey())));
                compared++;
            }
            assertThat(compared).as(dev + ": fields compared").isGreaterThanOrEqualTo(5);
        }
        assertThat(rtnl.links().get("tap0").data(TunInfo.class).multiQueue()).isEqualTo(1);
        assertThat(rtnl.links().get("tap0").data(TunInfo.class).vnetHdr()).isEqualTo(1);
        assertThat(rtnl.links().get("tap1").data(TunInfo.class).pi()).isEqualTo(1);
        assertThat(rtnl.links().get("tun0").data(TunInfo.class).owner()).isZero();
    }
}

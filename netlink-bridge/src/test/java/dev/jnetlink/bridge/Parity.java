package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.bridge.codec.BoolOpts;
import dev.jnetlink.bridge.codec.BridgeId;
import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.bridge.codec.BridgeLink;
import dev.jnetlink.bridge.codec.BridgePortInfo;
import dev.jnetlink.bridge.codec.FdbEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Field-by-field comparison of what this library decodes with what iproute2 prints as JSON
 * ({@code ip -j -d link show}, {@code bridge -j link/fdb/vlan show}). Every field iproute2
 * prints must be checked here or explicitly listed as skipped, so a field nobody compares
 * fails the test instead of passing silently.
 */
final class Parity {
    /** Timers count down between our dump and iproute2's: present on both sides is enough. */
    private static final Set<String> TIMERS = Set.of("hello_timer", "tcn_timer",
            "topology_change_timer", "gc_timer", "hold_timer", "message_age_timer",
            "forward_delay_timer");

    private Parity() {
    }

    private static long cs(Duration d) {
        return d.toMillis() / 10;
    }

    /** @return what C's {@code printf("%#x")} prints: {@code 0}, {@code 0x8} */
    private static String hashX(int v) {
        return v == 0 ? "0" : "0x" + Integer.toHexString(v);
    }

    private static int bit(Boolean b) {
        return Boolean.TRUE.equals(b) ? 1 : 0;
    }

    /**
     * @param info what we decoded for a bridge
     * @param json its {@code linkinfo.info_data} from {@code ip -j -d link show}
     */
    static void bridge(BridgeInfo info, JsonNode json) {
        Map<String, Function<BridgeInfo, Object>> expect = new java.util.HashMap<>();
        expect.put("forward_delay", i -> cs(i.forwardDelay()));
        expect.put("hello_time", i -> cs(i.helloTime()));
        expect.put("max_age", i -> cs(i.maxAge()));
        expect.put("ageing_time", i -> cs(i.ageingTime()));
        expect.put("stp_state", BridgeInfo::stpState);
        expect.put("priority", BridgeInfo::priority);
        expect.put("vlan_filtering", i -> bit(i.vlanFiltering()));
        expect.put("vlan_protocol", i -> VlanProtocol.of(i.vlanProtocol()).toString());
        expect.put("bridge_id", i -> i.bridgeId().toIpString());
        expect.put("root_id", i -> i.rootId().toIpString());
        expect.put("root_port", BridgeInfo::rootPort);
        expect.put("root_path_cost", BridgeInfo::rootPathCost);
        expect.put("topology_change", i -> bit(i.topologyChange()));
        expect.put("topology_change_detected", i -> bit(i.topologyChangeDetected()));
        expect.put("group_fwd_mask", i -> hashX(i.groupFwdMask()));
        expect.put("group_addr", i -> i.groupAddr().toString());
        expect.put("mcast_snooping", i -> bit(i.mcastSnooping()));
        expect.put("no_linklocal_learn", i -> bit(i.multiBoolopt().isOn(BoolOpts.NO_LL_LEARN)));
        expect.put("mcast_vlan_snooping",
                i -> bit(i.multiBoolopt().isOn(BoolOpts.MCAST_VLAN_SNOOPING)));
        expect.put("mst_enabled", i -> bit(i.multiBoolopt().isOn(BoolOpts.MST_ENABLE)));
        expect.put("mcast_router", BridgeInfo::mcastRouter);
        expect.put("mcast_query_use_ifaddr", i -> bit(i.mcastQueryUseIfaddr()));
        expect.put("mcast_querier", i -> bit(i.mcastQuerier()));
        expect.put("mcast_hash_elasticity", BridgeInfo::mcastHashElasticity);
        expect.put("mcast_hash_max", BridgeInfo::mcastHashMax);
        expect.put("mcast_last_member_cnt", BridgeInfo::mcastLastMemberCnt);
        expect.put("mcast_startup_query_cnt", BridgeInfo::mcastStartupQueryCnt);
        expect.put("mcast_last_member_intvl", i -> cs(i.mcastLastMemberIntvl()));
        expect.put("mcast_membership_intvl", i -> cs(i.mcastMembershipIntvl()));
        expect.put("mcast_querier_intvl", i -> cs(i.mcastQuerierIntvl()));
        expect.put("mcast_query_intvl", i -> cs(i.mcastQueryIntvl()));
        expect.put("mcast_query_response_intvl", i -> cs(i.mcastQueryResponseIntvl()));
        expect.put("mcast_startup_query_intvl", i -> cs(i.mcastStartupQueryIntvl()));
        expect.put("mcast_stats_enabled", i -> bit(i.mcastStatsEnabled()));
        expect.put("mcast_igmp_version", BridgeInfo::mcastIgmpVersion);
        expect.put("mcast_mld_version", BridgeInfo::mcastMldVersion);
        expect.put("nf_call_iptables", i -> bit(i.nfCallIptables()));
        expect.put("nf_call_ip6tables", i -> bit(i.nfCallIp6tables()));
        expect.put("nf_call_arptables", i -> bit(i.nfCallArptables()));
        expect.put("vlan_default_pvid", BridgeInfo::vlanDefaultPvid);
        expect.put("vlan_stats_enabled", i -> bit(i.vlanStatsEnabled()));
        expect.put("vlan_stats_per_port", i -> bit(i.vlanStatsPerPort()));
        expect.put("fdb_n_learned", BridgeInfo::fdbNLearned);
        expect.put("fdb_max_learned", BridgeInfo::fdbMaxLearned);
        compare("bridge", info, json, expect);
    }

    /**
     * @param port what we decoded for a port (slave data or protinfo)
     * @param json its {@code linkinfo.info_slave_data} from {@code ip -j -d link show}
     */
    static void port(BridgePortInfo port, JsonNode json) {
        Map<String, Function<BridgePortInfo, Object>> expect = new java.util.HashMap<>();
        expect.put("state", BridgePortInfo::stateName);
        expect.put("priority", BridgePortInfo::priority);
        expect.put("cost", BridgePortInfo::cost);
        expect.put("hairpin", BridgePortInfo::hairpin);
        expect.put("guard", BridgePortInfo::guard);
        expect.put("root_block", BridgePortInfo::rootBlock);
        expect.put("fastleave", BridgePortInfo::fastLeave);
        expect.put("learning", BridgePortInfo::learning);
        expect.put("flood", BridgePortInfo::unicastFlood);
        expect.put("id", p -> "0x" + Integer.toHexString(p.id()));
        expect.put("no", p -> "0x" + Integer.toHexString(p.no()));
        expect.put("designated_port", BridgePortInfo::designatedPort);
        expect.put("designated_cost", BridgePortInfo::designatedCost);
        expect.put("bridge_id", p -> p.bridgeId().toIpString());
        expect.put("root_id", p -> p.rootId().toIpString());
        expect.put("topology_change_ack", p -> bit(p.topologyChangeAck()));
        expect.put("config_pending", p -> bit(p.configPending()));
        expect.put("proxy_arp", BridgePortInfo::proxyArp);
        expect.put("proxy_arp_wifi", BridgePortInfo::proxyArpWifi);
        expect.put("multicast_router", BridgePortInfo::multicastRouter);
        expect.put("mcast_flood", BridgePortInfo::mcastFlood);
        expect.put("bcast_flood", BridgePortInfo::bcastFlood);
        expect.put("mcast_to_unicast", BridgePortInfo::mcastToUcast);
        expect.put("neigh_suppress", BridgePortInfo::neighSuppress);
        expect.put("group_fwd_mask", p -> hashX(p.groupFwdMask()));
        expect.put("group_fwd_mask_str", p -> "0x" + Integer.toHexString(p.groupFwdMask()));
        expect.put("vlan_tunnel", BridgePortInfo::vlanTunnel);
        expect.put("isolated", BridgePortInfo::isolated);
        expect.put("locked", BridgePortInfo::locked);
        expect.put("mab", BridgePortInfo::mab);
        expect.put("mcast_eht_hosts_limit", BridgePortInfo::mcastEhtHostsLimit);
        expect.put("mcast_eht_hosts_cnt", BridgePortInfo::mcastEhtHostsCnt);
        compare("port", port, json, expect);
    }

    /**
     * @param link a port as {@link Bridges#ports()} decoded it
     * @param json its entry in {@code bridge -j -d link show}
     * @param names index to name in the namespace
     */
    static void bridgeLink(BridgeLink link, JsonNode json, IntFunction<String> names) {
        BridgePortInfo p = link.protinfo();
        Map<String, Function<BridgeLink, Object>> expect = new java.util.HashMap<>();
        expect.put("ifindex", BridgeLink::index);
        expect.put("ifname", BridgeLink::name);
        expect.put("link", l -> names.apply(l.link()));
        expect.put("flags", l -> dev.jnetlink.codec.link.LinkFlags.names(l.header().flags()));
        expect.put("mtu", BridgeLink::mtu);
        expect.put("master", l -> names.apply(l.master()));
        expect.put("state", l -> p.stateName());
        expect.put("priority", l -> p.priority());
        expect.put("cost", l -> p.cost());
        expect.put("hairpin", l -> p.hairpin());
        expect.put("guard", l -> p.guard());
        expect.put("root_block", l -> p.rootBlock());
        expect.put("fastleave", l -> p.fastLeave());
        expect.put("learning", l -> p.learning());
        expect.put("flood", l -> p.unicastFlood());
        expect.put("mcast_flood", l -> p.mcastFlood());
        expect.put("bcast_flood", l -> p.bcastFlood());
        expect.put("mcast_router", l -> p.multicastRouter());
        expect.put("mcast_to_unicast", l -> p.mcastToUcast());
        expect.put("neigh_suppress", l -> p.neighSuppress());
        expect.put("vlan_tunnel", l -> p.vlanTunnel());
        expect.put("isolated", l -> p.isolated());
        expect.put("locked", l -> p.locked());
        expect.put("mab", l -> p.mab());
        compare("bridge link " + link.name(), link, json, expect);
    }

    /**
     * @param e an FDB entry we decoded
     * @param json its entry in {@code bridge -j fdb show}
     * @param names index to name in the namespace
     */
    static void fdb(FdbEntry e, JsonNode json, IntFunction<String> names) {
        Map<String, Function<FdbEntry, Object>> expect = new java.util.HashMap<>();
        expect.put("mac", x -> x.lladdr().toString());
        expect.put("ifname", x -> names.apply(x.index()));
        expect.put("vlan", FdbEntry::vlan);
        expect.put("dst", x -> x.dst().getHostAddress());
        expect.put("port", FdbEntry::port);
        expect.put("vni", FdbEntry::vni);
        expect.put("src_vni", FdbEntry::srcVni);
        expect.put("viaIf", x -> names.apply(x.ifindex()));
        expect.put("flags", FdbEntry::flagNames);
        expect.put("master", x -> names.apply(x.master()));
        expect.put("state", FdbEntry::stateName);
        compare("fdb " + e.lladdr(), e, json, expect);
    }

    /**
     * @param vlans what {@link Vlans#list()} returned for a link
     * @param json its entry in {@code bridge -compressvlans -j vlan show}
     */
    static void vlans(PortVlans vlans, JsonNode json) {
        assertThat(json.get("ifname").asText()).isEqualTo(vlans.name());
        List<String> theirs = new ArrayList<>();
        for (JsonNode v : json.get("vlans")) {
            StringBuilder sb = new StringBuilder().append(v.get("vlan").asInt());
            if (v.has("vlanEnd")) {
                sb.append('-').append(v.get("vlanEnd").asInt());
            }
            if (v.has("flags")) {
                for (JsonNode f : v.get("flags")) {
                    sb.append(' ').append(f.asText());
                }
            }
            theirs.add(sb.toString());
        }
        assertThat(vlans.vlans()).extracting(BridgeVlan::toString).as("VLANs of %s", vlans.name())
                .containsExactlyElementsOf(theirs);
    }

    private static <T> void compare(String what, T ours, JsonNode json,
            Map<String, Function<T, Object>> expect) {
        Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
        int compared = 0;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = f.getKey();
            if (TIMERS.contains(key)) {
                continue;
            }
            Function<T, Object> getter = expect.get(key);
            assertThat(getter).as("%s: iproute2 prints %s, which this test does not compare",
                    what, key).isNotNull();
            Object value = getter.apply(ours);
            assertThat(normalize(value)).as("%s: %s", what, key).isEqualTo(normalize(f.getValue()));
            compared++;
        }
        assertThat(compared).as("%s: fields compared", what).isPositive();
    }

    private static Object normalize(Object v) {
        if (v instanceof JsonNode n) {
            if (n.isArray()) {
                List<String> out = new ArrayList<>();
                n.forEach(x -> out.add(x.asText()));
                return out;
            }
            if (n.isBoolean()) {
                return n.asBoolean();
            }
            if (n.isIntegralNumber()) {
                return n.asLong();
            }
            return n.asText();
        }
        if (v instanceof Number num) {
            return num.longValue();
        }
        if (v instanceof BridgeId id) {
            return id.toIpString();
        }
        return v;
    }
}

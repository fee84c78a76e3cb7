package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.codec.link.kind.IpvlanInfo;
import dev.jnetlink.codec.link.kind.IpvlanMode;
import dev.jnetlink.codec.link.kind.MacvlanInfo;
import dev.jnetlink.codec.link.kind.MacvlanMode;
import dev.jnetlink.codec.link.kind.QosMapping;
import dev.jnetlink.codec.link.kind.VlanInfo;
import dev.jnetlink.codec.link.kind.VxlanInfo;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.junit.StrictMode;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Dummy;
import dev.jnetlink.rtnl.link.GenericLink;
import dev.jnetlink.rtnl.link.Ipvlan;
import dev.jnetlink.rtnl.link.LinkSpec;
import dev.jnetlink.rtnl.link.Macvlan;
import dev.jnetlink.rtnl.link.Macvtap;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.link.Vlan;
import dev.jnetlink.rtnl.link.Vxlan;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.testing.Ip;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Proof against the real peer: a topology of every kind this kernel has, in a named scratch
 * namespace, listed by the library and by {@code ip -j -d link show}, compared field by
 * field. Every field {@code ip} prints must have a comparison here, or be listed in
 * {@link #NOT_DECODED}; an unknown field fails the test.
 */
@NetlinkTest
class LinkParityIT {
    /** Fields {@code ip -j -d link show} prints that this library does not decode, and why. */
    static final Map<String, String> NOT_DECODED = Map.of(
            "linkinfo.info_data@bridge", "IFLA_BR_*: the bridge kind is netlink-bridge's issue",
            "linkinfo.info_slave_data@bridge", "IFLA_BRPORT_*: netlink-bridge's issue");

    @Scratch
    private ScratchNamespaces scratch;
    @Scratch(value = "par", named = true)
    private NetNs ns;
    @Scratch("par")
    private Rtnl rtnl;
    private final List<String> skippedKinds = new ArrayList<>();

    private void addIfKernelHas(LinkSpec.Builder<?> spec) {
        try {
            rtnl.links().add(spec);
        } catch (KernelLacksFeatureException e) {
            if (StrictMode.isOn()) {
                throw e;
            }
            skippedKinds.add(e.feature());
        }
    }

    private void buildTopology() {
        Links links = rtnl.links();
        NetNs other = scratch.anonymous();
        links.add(Veth.pair("a0", "a1").alias("end a, with an alias").mtu(1400).txqlen(300).group(5));
        Ip.ip(ns.name(), "link", "property", "add", "dev", "a0", "altname", "a0-alternative");
        links.add(Veth.pair("x0", "x1").peerNetns(other).mac("02:00:00:00:0a:01"));
        links.add(GenericLink.of("bridge", "br0").up());
        links.setMaster("a1", "br0");
        links.setUp("a1");
        links.add(Macvlan.on("a0", "mv0").mode(MacvlanMode.BRIDGE));
        links.add(Macvlan.on("a0", "mvs").mode(MacvlanMode.SOURCE)
                .sourceMacs("02:00:00:00:00:01", "02:00:00:00:00:02").bcQueueLen(300));
        links.add(Macvtap.on("x0", "mt0").mode(MacvlanMode.PASSTHRU).noPromisc());
        links.add(Vxlan.withVni("vx4", 4).remote("10.0.0.2").local("10.0.0.1").dev("a0")
                .dstPort(4789).srcPortRange(1000, 2000).ttl(9).tos(0x10).learning(false)
                .proxy(true).rsc(true).l2miss(true).l3miss(true).ageing(600).maxAddress(99)
                .udpCsum(false));
        links.add(Vxlan.withVni("vx6", 6).group("ff05::6").local("fd00::1").dev("a0").dstPort(4789)
                .flowLabel(0x12345).udp6ZeroCsumTx(true).udp6ZeroCsumRx(true));
        links.add(Vxlan.external("vxe").gbp().dstPort(4790));
        links.add(GenericLink.of("ifb", "ifb0"));
        links.setUp("a0");
        addIfKernelHas(Vlan.on("a0", "a0.20", 20).dot1ad().reorderHdr(false).gvrp(true)
                .looseBinding(true).ingressQos(1, 2).ingressQos(2, 3).egressQos(4, 5));
        addIfKernelHas(Vlan.on("x0", "x0.30", 30));
        // ipvlans need a parent of their own: one with macvlans is busy (EBUSY); the mode is the
        // parent's, so all three report the last one set
        links.add(Veth.pair("i0", "i1"));
        addIfKernelHas(Ipvlan.on("i0", "ipv0").mode(IpvlanMode.L3).isolation(Ipvlan.Isolation.PRIVATE));
        addIfKernelHas(Ipvlan.on("i0", "ipv1").mode(IpvlanMode.L2));
        addIfKernelHas(Ipvlan.on("i0", "ipv2").mode(IpvlanMode.L3S).isolation(Ipvlan.Isolation.VEPA));
        addIfKernelHas(Dummy.named("d0").mtu(9000).up());
        addIfKernelHas(GenericLink.of("nlmon", "nl0").up());
    }

    @Test
    void everyFieldIpPrintsMatchesWhatWeDecoded() {
        buildTopology();
        // Operational state settles asynchronously (linkwatch defers it up to a second): take
        // ip's listing between two of ours that agree on it, so both saw the same state.
        List<Link> ours = null;
        JsonNode theirs = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            List<Link> first = rtnl.links().list();
            theirs = Ip.json(ns.name(), "-d", "link", "show");
            ours = rtnl.links().list();
            if (dynamicState(first).equals(dynamicState(ours))) {
                break;
            }
            sleep(250);
        }
        Map<Integer, Link> byIndex = new HashMap<>();
        for (Link l : ours) {
            byIndex.put(l.index(), l);
        }
        assertThat(theirs.size()).as("links listed by ip and by us").isEqualTo(ours.size());
        Set<String> notDecoded = new TreeSet<>();
        int compared = 0;
        for (JsonNode link : theirs) {
            Link l = byIndex.get(link.get("ifindex").asInt());
            assertThat(l).as("ip lists ifindex %s", link.get("ifindex")).isNotNull();
            compared += compare(l.name(), link, topLevel(l, byIndex), notDecoded, "");
        }
        System.out.println("[parity] " + ours.size() + " links, " + compared
                + " fields compared; not decoded: " + notDecoded
                + (skippedKinds.isEmpty() ? "" : "; kernel lacks " + skippedKinds));
        assertThat(notDecoded).as("fields ip prints that we do not decode")
                .isSubsetOf(NOT_DECODED.keySet());
    }

    private static List<String> dynamicState(List<Link> links) {
        return links.stream().map(l -> l.index() + ":" + l.flags() + ":" + l.operState() + ":"
                + l.carrier()).toList();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What we expect for each key; a function returning SKIP means "decoded elsewhere". */
    private static Map<String, Function<JsonNode, Object>> topLevel(Link l, Map<Integer, Link> byIndex) {
        Map<String, Function<JsonNode, Object>> m = new LinkedHashMap<>();
        m.put("ifindex", j -> l.index());
        m.put("ifname", j -> l.name());
        m.put("link", j -> l.link() == 0 ? null : byIndex.get(l.link()).name());
        m.put("link_index", j -> l.link());
        m.put("link_netnsid", j -> l.linkNetnsid());
        m.put("flags", j -> {
            List<String> f = new ArrayList<>(LinkFlags.names(l.flags()));
            Link lower = l.link() == null || l.linkNetnsid() != null ? null : byIndex.get(l.link());
            if (lower != null && !lower.isUp()) {
                f.add("M-DOWN");
            }
            return f;
        });
        m.put("mtu", j -> l.mtu());
        m.put("qdisc", j -> l.qdisc());
        m.put("master", j -> byIndex.get(l.master()).name());
        m.put("operstate", j -> l.state().name());
        m.put("linkmode", j -> l.linkMode() == 1 ? "DORMANT" : "DEFAULT");
        m.put("group", j -> l.group() == 0 ? "default" : Integer.toUnsignedString(l.group()));
        m.put("txqlen", j -> l.txqlen());
        m.put("link_type", j -> l.deviceTypeName());
        m.put("address", j -> l.address().toString());
        m.put("broadcast", j -> l.broadcast().toString());
        m.put("promiscuity", j -> l.promiscuity());
        m.put("allmulti", j -> l.allmulti());
        m.put("min_mtu", j -> l.minMtu());
        m.put("max_mtu", j -> l.maxMtu());
        m.put("inet6_addr_gen_mode", j -> l.inet6AddrGenModeName());
        m.put("num_tx_queues", j -> l.numTxQueues());
        m.put("num_rx_queues", j -> l.numRxQueues());
        m.put("gso_max_size", j -> l.offload().gsoMaxSize());
        m.put("gso_max_segs", j -> l.offload().gsoMaxSegs());
        m.put("tso_max_size", j -> l.offload().tsoMaxSize());
        m.put("tso_max_segs", j -> l.offload().tsoMaxSegs());
        m.put("gro_max_size", j -> l.offload().groMaxSize());
        m.put("gso_ipv4_max_size", j -> l.offload().gsoIpv4MaxSize());
        m.put("gro_ipv4_max_size", j -> l.offload().groIpv4MaxSize());
        m.put("ifalias", j -> l.alias());
        m.put("altnames", j -> l.altNames());
        m.put("proto_down", j -> l.protoDown() != null && l.protoDown() != 0);
        m.put("parentbus", j -> l.parentDevBusName());
        m.put("parentdev", j -> l.parentDevName());
        m.put("permaddr", j -> l.permAddress().toString());
        m.put("linkinfo", j -> new Nested(linkInfo(l, byIndex)));
        return m;
    }

    /** A nested object to compare with its own table. */
    record Nested(Map<String, Function<JsonNode, Object>> table) {
    }

    private static Map<String, Function<JsonNode, Object>> linkInfo(Link l, Map<Integer, Link> byIndex) {
        Map<String, Function<JsonNode, Object>> m = new LinkedHashMap<>();
        m.put("info_kind", j -> l.kind());
        m.put("info_slave_kind", j -> l.slaveKind());
        Map<String, Function<JsonNode, Object>> data = infoData(l, byIndex);
        if (data != null) {
            m.put("info_data", j -> new Nested(data));
        }
        return m;
    }

    private static Map<String, Function<JsonNode, Object>> infoData(Link l, Map<Integer, Link> byIndex) {
        Map<String, Function<JsonNode, Object>> m = new LinkedHashMap<>();
        MacvlanInfo mac = l.data(MacvlanInfo.class);
        if (mac != null) {
            m.put("mode", j -> mac.macvlanMode().ipName());
            m.put("nopromisc", j -> mac.noPromisc());
            m.put("nodst", j -> mac.noDst());
            m.put("flags", j -> mac.flags());
            m.put("bcqueuelen", j -> mac.bcQueueLen());
            m.put("usedbcqueuelen", j -> mac.bcQueueLenUsed());
            m.put("bc_cutoff", j -> mac.bcCutoff());
            m.put("macaddr_count", j -> mac.macaddrCount());
            m.put("macaddr_data", j -> mac.macaddrData().stream().map(Object::toString).toList());
            return m;
        }
        VxlanInfo vx = l.data(VxlanInfo.class);
        if (vx != null) {
            m.put("external", j -> vx.isExternal());
            m.put("vnifilter", j -> vx.vnifilter() != null && vx.vnifilter() != 0);
            m.put("id", j -> vx.id());
            m.put("remote", j -> vx.group());
            m.put("group", j -> vx.group());
            m.put("remote6", j -> vx.group6());
            m.put("group6", j -> vx.group6());
            m.put("local", j -> vx.local());
            m.put("local6", j -> vx.local6());
            m.put("link", j -> byIndex.get(vx.link()).name());
            m.put("port_range", j -> new Nested(Map.of(
                    "low", x -> vx.portRange().low(), "high", x -> vx.portRange().high())));
            m.put("port", j -> vx.port());
            m.put("learning", j -> vx.isLearning());
            m.put("proxy", j -> vx.proxy() != null && vx.proxy() != 0);
            m.put("rsc", j -> vx.rsc() != null && vx.rsc() != 0);
            m.put("l2miss", j -> vx.l2miss() != null && vx.l2miss() != 0);
            m.put("l3miss", j -> vx.l3miss() != null && vx.l3miss() != 0);
            m.put("tos", j -> "0x" + Integer.toHexString(vx.tos()));
            m.put("ttl", j -> vx.ttl());
            m.put("ttl_inherit", j -> vx.ttlInherit() != null && vx.ttlInherit() != 0);
            m.put("df", j -> switch (vx.df()) {
                case 0 -> "unset";
                case 1 -> "set";
                case 2 -> "inherit";
                default -> String.valueOf(vx.df());
            });
            m.put("label", j -> "0x" + Integer.toHexString(vx.label()));
            m.put("ageing", j -> vx.ageing());
            m.put("limit", j -> vx.limit());
            m.put("udp_csum", j -> vx.udpCsum() != 0);
            m.put("udp_zero_csum6_tx", j -> vx.udpZeroCsum6Tx() != 0);
            m.put("udp_zero_csum6_rx", j -> vx.udpZeroCsum6Rx() != 0);
            m.put("remcsum_tx", j -> vx.remcsumTx() != 0);
            m.put("remcsum_rx", j -> vx.remcsumRx() != 0);
            m.put("localbypass", j -> vx.localBypass() != 0);
            m.put("gbp", j -> Boolean.TRUE.equals(vx.gbp()));
            m.put("gpe", j -> Boolean.TRUE.equals(vx.gpe()));
            m.put("remcsum_nopartial", j -> Boolean.TRUE.equals(vx.remcsumNoPartial()));
            return m;
        }
        VlanInfo vlan = l.data(VlanInfo.class);
        if (vlan != null) {
            m.put("protocol", j -> vlan.protocolName());
            m.put("id", j -> vlan.id());
            m.put("flags", j -> vlan.flags().names());
            m.put("ingress_qos", j -> qos(vlan.ingressQos()));
            m.put("egress_qos", j -> qos(vlan.egressQos()));
            return m;
        }
        IpvlanInfo ipv = l.data(IpvlanInfo.class);
        if (ipv != null) {
            m.put("mode", j -> ipv.ipvlanMode().ipName());
            m.put("flags", j -> ipv.flagsName());
            m.put("private", j -> (ipv.flags() & IpvlanInfo.FLAG_PRIVATE) != 0);
            m.put("vepa", j -> (ipv.flags() & IpvlanInfo.FLAG_VEPA) != 0);
            m.put("bridge", j -> ipv.flags() == 0);
            return m;
        }
        return null;
    }

    private static List<Nested> qos(List<QosMapping> map) {
        return map.stream().map(q -> new Nested(Map.<String, Function<JsonNode, Object>>of(
                "from", x -> q.from(), "to", x -> q.to()))).toList();
    }

    /** Compares one JSON object with a table; returns the number of fields compared. */
    static int compare(String link, JsonNode json, Map<String, Function<JsonNode, Object>> table,
            Set<String> notDecoded, String path) {
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = path + f.getKey();
            Function<JsonNode, Object> expect = table.get(f.getKey());
            if (expect == null) {
                String kind = json.has("info_kind") ? json.get("info_kind").asText()
                        : json.has("info_slave_kind") ? json.get("info_slave_kind").asText() : null;
                notDecoded.add(kind != null && f.getKey().startsWith("info_")
                        ? key + "@" + (f.getKey().startsWith("info_slave") ? json.get("info_slave_kind").asText() : kind)
                        : key + " (" + link + ")");
                continue;
            }
            n += compareValue(link + ": " + key, f.getValue(), expect.apply(f.getValue()), notDecoded,
                    key + ".");
        }
        return n;
    }

    private static int compareValue(String what, JsonNode node, Object expected, Set<String> notDecoded,
            String path) {
        if (expected instanceof Nested nested) {
            assertThat(node.isObject()).as(what + " is an object").isTrue();
            return compare(what, node, nested.table(), notDecoded, path);
        }
        if (expected instanceof List<?> list) {
            assertThat(node.isArray()).as(what + " is a list: " + node).isTrue();
            assertThat(node.size()).as(what + " length").isEqualTo(list.size());
            int n = 0;
            for (int i = 0; i < list.size(); i++) {
                n += compareValue(what + "[" + i + "]", node.get(i), list.get(i), notDecoded, path);
            }
            return n;
        }
        if (expected == null) {
            assertThat(node.isNull()).as(what + ": ip printed " + node + ", we decoded nothing")
                    .isTrue();
        } else if (expected instanceof Boolean b) {
            assertThat(node.asBoolean()).as(what + " (ip: " + node + ")").isEqualTo(b);
        } else if (expected instanceof Number num) {
            assertThat(node.isNumber()).as(what + " is a number: " + node).isTrue();
            assertThat(node.asLong()).as(what).isEqualTo(Integer.toUnsignedLong(num.intValue()));
        } else if (expected instanceof InetAddress a) {
            try {
                // ip prints literals; getByName parses them without a lookup
                assertThat(InetAddress.getByName(node.asText())).as(what).isEqualTo(a);
            } catch (java.net.UnknownHostException e) {
                throw new AssertionError(what + ": ip printed " + node + ", not an address", e);
            }
        } else {
            assertThat(node.asText()).as(what).isEqualTo(expected.toString());
        }
        return 1;
    }
}

package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.kind.BondInfo;
import dev.jnetlink.codec.link.kind.BondSlaveInfo;
import dev.jnetlink.codec.link.kind.VrfInfo;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.rule.Rule;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Bond;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.link.Vrf;
import dev.jnetlink.rtnl.view.IpLinkShow;
import dev.jnetlink.rtnl.view.IpRuleShow;
import dev.jnetlink.rtnl.view.ProcNetBonding;
import dev.jnetlink.testing.Ip;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bond and VRF on a live kernel, against {@code ip}: every bond mode, the options of
 * {@code ip link add ... type bond}, changing them, enslaving and releasing ports, the ports'
 * {@code bond_slave} data; a VRF with its table, a port, the {@code l3mdev} rule, a route in
 * its table and a lookup through it. Each compared field by field with {@code ip -j -d link
 * show} and as text with {@code ip -d link show}. The 6.18 host has neither kind: these skip
 * there and run in the full-kernel VM pass.
 */
@NetlinkTest
class BondVrfIT {
    @Scratch(value = "bnd", named = true)
    private NetNs ns;
    @Scratch("bnd")
    private Rtnl rtnl;
    private Links links;

    @BeforeEach
    void setUp() {
        links = rtnl.links();
        links.add(Veth.pair("p0", "p1").mac("02:00:00:00:0b:00"));
        links.add(Veth.pair("p2", "p3").mac("02:00:00:00:0b:02"));
    }

    @Test
    void everyModeCreatesABondOfThatMode() {
        for (int mode = 0; mode < BondInfo.MODES.size(); mode++) {
            String name = "bm" + mode;
            links.add(Bond.named(name).mode(BondInfo.MODES.get(mode)).miimon(100));
            BondInfo d = links.get(name).data(BondInfo.class);
            assertThat(d.mode()).as(name).isEqualTo(mode);
            assertThat(d.modeName()).isEqualTo(BondInfo.MODES.get(mode));
            assertThat(d.miimon()).isEqualTo(100);
            assertSameAsIp(name);
            links.delete(name);
        }
    }

    @Test
    void an8023adBondWithItsOptions() {
        Bond spec = Bond.named("bond0").mode("802.3ad").miimon(100).updelay(200).downdelay(300)
                .peerNotifyDelay(400).useCarrier(true).xmitHashPolicy("layer3+4")
                .resendIgmp(2).numPeerNotif(3).allSlavesActive(true).minLinks(1).lpInterval(2)
                .lacpRate("fast").lacpActive("on")
                .adSelect("bandwidth").adUserPortKey(5).adActorSysPrio(100)
                .adActorSystem("02:00:00:00:00:aa").build();
        links.add(spec);
        BondInfo d = links.get("bond0").data(BondInfo.class);
        BondInfo asked = spec.toInfo(name -> 0);
        assertThat(d.mode()).isEqualTo(BondInfo.MODE_8023AD);
        assertThat(d.miimon()).isEqualTo(asked.miimon());
        assertThat(d.updelay()).isEqualTo(asked.updelay());
        assertThat(d.downdelay()).isEqualTo(asked.downdelay());
        assertThat(d.peerNotifyDelay()).isEqualTo(asked.peerNotifyDelay());
        assertThat(d.xmitHashPolicy()).isEqualTo(BondInfo.XMIT_HASH_POLICY.indexOf("layer3+4"));
        assertThat(d.resendIgmp()).isEqualTo(2);
        assertThat(d.numPeerNotif()).isEqualTo(3);
        assertThat(d.allSlavesActive()).isEqualTo(1);
        assertThat(d.minLinks()).isEqualTo(1);
        assertThat(d.lpInterval()).isEqualTo(2);
        assertThat(d.lacpRate()).isEqualTo(1);
        assertThat(d.lacpActive()).isEqualTo(1);
        assertThat(d.adSelect()).isEqualTo(1);
        assertThat(d.adUserPortKey()).isEqualTo(5);
        assertThat(d.adActorSysPrio()).isEqualTo(100);
        assertThat(d.adActorSystem()).isEqualTo(MacAddress.parse("02:00:00:00:00:aa"));
        assertThat(d.unknown()).isEmpty();
        assertSameAsIp("bond0");
    }

    @Test
    void anActiveBackupBondWithArpMonitoringAndAPrimary() throws Exception {
        links.add(Bond.named("bond1").mode("active-backup").arpInterval(100).arpValidate("all")
                .arpAllTargets("all").missedMax(3).arpIpTarget("10.0.0.1", "10.0.0.2")
                .nsIp6Target("fd00::1").primary("p0").primaryReselect("better")
                .failOverMac("active"));
        BondInfo d = links.get("bond1").data(BondInfo.class);
        assertThat(d.arpInterval()).isEqualTo(100);
        assertThat(d.arpIpTarget()).containsExactly(InetAddress.getByName("10.0.0.1"),
                InetAddress.getByName("10.0.0.2"));
        assertThat(d.nsIp6Target()).containsExactly(IpAddresses.parse("fd00::1"));
        assertThat(d.arpValidate()).isEqualTo(3);
        assertThat(d.arpAllTargets()).isEqualTo(1);
        assertThat(d.missedMax()).isEqualTo(3);
        assertThat(d.primaryReselect()).isEqualTo(1);
        assertThat(d.failOverMac()).isEqualTo(1);
        assertSameAsIp("bond1");
    }

    @Test
    void optionsOfAnExistingBondChange() {
        links.add(Bond.named("bond2").mode("balance-xor").miimon(100));
        links.change(Bond.named("bond2").miimon(250).xmitHashPolicy("layer2+3").minLinks(2)
                .build());
        BondInfo d = links.get("bond2").data(BondInfo.class);
        assertThat(d.miimon()).isEqualTo(250);
        assertThat(d.xmitHashPolicy()).isEqualTo(BondInfo.XMIT_HASH_POLICY.indexOf("layer2+3"));
        assertThat(d.minLinks()).isEqualTo(2);
        assertThat(d.modeName()).isEqualTo("balance-xor");
        assertThatThrownBy(() -> links.change(Bond.named("p0").miimon(1).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p0 is a veth, not a bond; its bond options cannot be changed");
    }

    @Test
    void portsAreEnslavedDecodedAndReleased() {
        links.add(Bond.named("bond3").mode("active-backup").miimon(100).primary("p0"));
        links.setUp("p0");
        try {
            links.setMaster("p0", "bond3");
        } catch (LinkStateException e) {
            // kernels that refuse an up port say so through us
            assertThat(e.getMessage()).contains("p0 must be down to be enslaved to bond3");
            links.setDown("p0");
            links.setMaster("p0", "bond3");
        }
        links.setMaster("p2", "bond3");
        links.setUp("bond3");
        links.setUp("p1");
        links.setUp("p3");
        Link p0 = links.get("p0");
        assertThat(p0.master()).isEqualTo(links.indexOf("bond3"));
        assertThat(p0.slaveKind()).isEqualTo("bond");
        BondSlaveInfo s = p0.slaveData(BondSlaveInfo.class);
        assertThat(s).isNotNull();
        assertThat(s.permHwaddr()).isEqualTo(MacAddress.parse("02:00:00:00:0b:00"));
        assertThat(s.queueId()).isZero();
        assertThat(links.listByMaster("bond3")).extracting(Link::name)
                .containsExactlyInAnyOrder("p0", "p2");
        // the primary becomes the active port once its link is up
        BondInfo d = waitFor(() -> links.get("bond3").data(BondInfo.class),
                b -> b.activeSlave() != null && b.activeSlave() == links.indexOf("p0"));
        assertThat(d.primary()).isEqualTo(links.indexOf("p0"));
        assertThat(waitFor(() -> links.get("p0").slaveData(BondSlaveInfo.class),
                BondSlaveInfo::isActive).miiStatus()).isZero();
        assertSameAsIp("p0");
        assertSameAsIp("p2");
        assertSameAsIp("bond3");
        String text = ProcNetBonding.of(rtnl, "bond3").text();
        assertThat(text).contains("Bonding Mode: fault-tolerance (active-backup)\n",
                "Primary Slave: p0 (primary_reselect always)\n",
                "Currently Active Slave: p0\n", "MII Polling Interval (ms): 100\n",
                "\nSlave Interface: p0\nMII Status: up\n",
                "Permanent HW addr: 02:00:00:00:0b:00\n", "\nSlave Interface: p2\n");
        links.setNoMaster("p2");
        assertThat(links.get("p2").master()).isNull();
        assertThat(links.get("p2").slaveKind()).isNull();
    }

    @Test
    void aVrfWithAPortItsRuleARouteAndALookup() {
        links.add(Vrf.named("vrf10", 10).up());
        Link vrf = links.get("vrf10");
        assertThat(vrf.data(VrfInfo.class).table()).isEqualTo(10);
        links.setMaster("p0", "vrf10");
        links.setUp("p0");
        links.setUp("p1");
        Link p0 = links.get("p0");
        assertThat(p0.slaveKind()).isEqualTo("vrf");
        assertThat(p0.slaveData(VrfInfo.Port.class).table()).isEqualTo(10);
        assertSameAsIp("vrf10");
        assertSameAsIp("p0");
        // the kernel's l3mdev rule, as ip prints it
        List<Rule> l3mdev = rtnl.rules().list().stream()
                .filter(r -> r.l3mdev() != null && r.l3mdev() != 0).toList();
        assertThat(l3mdev).isNotEmpty();
        assertThat(IpRuleShow.of(rtnl).text()).contains("1000:\tfrom all lookup [l3mdev-table]")
                .isEqualTo(Ip.ip(ns.name(), "rule", "show"));
        rtnl.addresses().add("p0", "10.20.0.1/24");
        rtnl.routes().add(RouteSpec.to("10.30.0.0/16").via("10.20.0.2").dev("p0").table(10));
        Route found = rtnl.routes().get(RouteQuery.to("10.30.1.1").oif("vrf10"));
        assertThat(found.tableId()).isEqualTo(10);
        assertThat(found.oif()).isEqualTo(p0.index());
        assertThatThrownBy(() -> rtnl.routes().get(RouteQuery.to("10.30.1.1")))
                .as("outside the VRF there is no route there")
                .hasMessageContaining("ENETUNREACH");
    }

    // ------------------------------------------------------------------ parity with ip

    /** ip -d link show dev NAME as text, and ip -j -d, field by field, for bond and vrf data. */
    private void assertSameAsIp(String name) {
        assertThat(IpLinkShow.of(rtnl).details().dev(name).text()).as("ip -d link show dev " + name)
                .isEqualTo(Ip.ip(ns.name(), "-d", "link", "show", "dev", name));
        JsonNode json = Ip.json(ns.name(), "-d", "link", "show", "dev", name).get(0);
        Link l = links.get(name);
        JsonNode info = json.get("linkinfo");
        if (l.data(BondInfo.class) != null) {
            compare(name, info.get("info_data"), bondFields(l.data(BondInfo.class)));
        }
        if (l.data(VrfInfo.class) != null) {
            compare(name, info.get("info_data"), Map.of("table", l.data(VrfInfo.class).table()));
        }
        if (l.slaveData(BondSlaveInfo.class) != null) {
            compare(name, info.get("info_slave_data"), portFields(l.slaveData(BondSlaveInfo.class)));
        }
        if (l.slaveData(VrfInfo.Port.class) != null) {
            compare(name, info.get("info_slave_data"),
                    Map.of("table", l.slaveData(VrfInfo.Port.class).table()));
        }
    }

    private Map<String, Object> bondFields(BondInfo b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", b.modeName());
        m.put("active_slave", b.activeSlave() == null ? null : links.get(b.activeSlave()).name());
        m.put("miimon", b.miimon());
        m.put("updelay", b.updelay());
        m.put("downdelay", b.downdelay());
        m.put("peer_notify_delay", b.peerNotifyDelay());
        m.put("use_carrier", b.useCarrier());
        m.put("arp_interval", b.arpInterval());
        m.put("arp_missed_max", b.missedMax());
        m.put("arp_ip_target", b.arpIpTarget() == null ? null
                : b.arpIpTarget().stream().map(IpAddresses::format).toList());
        m.put("ns_ip6_target", b.nsIp6Target() == null ? null
                : b.nsIp6Target().stream().map(IpAddresses::format).toList());
        m.put("arp_validate", b.arpValidate() == null || b.arpValidate() == 0 ? null
                : BondInfo.name(BondInfo.ARP_VALIDATE, b.arpValidate()));
        m.put("arp_all_targets", BondInfo.name(BondInfo.ARP_ALL_TARGETS, b.arpAllTargets()));
        m.put("primary", b.primary() == null ? null : links.get(b.primary()).name());
        m.put("primary_reselect", BondInfo.name(BondInfo.PRIMARY_RESELECT, b.primaryReselect()));
        m.put("fail_over_mac", BondInfo.name(BondInfo.FAIL_OVER_MAC, b.failOverMac()));
        m.put("xmit_hash_policy", BondInfo.name(BondInfo.XMIT_HASH_POLICY, b.xmitHashPolicy()));
        m.put("resend_igmp", b.resendIgmp());
        m.put("num_peer_notif", b.numPeerNotif());
        m.put("all_slaves_active", b.allSlavesActive());
        m.put("min_links", b.minLinks());
        m.put("lp_interval", b.lpInterval());
        m.put("packets_per_slave", b.packetsPerSlave());
        m.put("ad_lacp_active", BondInfo.name(BondInfo.LACP_ACTIVE, b.lacpActive()));
        m.put("ad_lacp_rate", BondInfo.name(BondInfo.LACP_RATE, b.lacpRate()));
        m.put("ad_select", BondInfo.name(BondInfo.AD_SELECT, b.adSelect()));
        if (b.adInfo() != null) {
            BondInfo.AdInfo ad = b.adInfo();
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("aggregator", ad.aggregator());
            a.put("num_ports", ad.numPorts());
            a.put("actor_key", ad.actorKey());
            a.put("partner_key", ad.partnerKey());
            a.put("partner_mac", ad.partnerMac() == null ? null : ad.partnerMac().toString());
            m.put("ad_info", a);
        }
        m.put("ad_actor_sys_prio", b.adActorSysPrio());
        m.put("ad_user_port_key", b.adUserPortKey());
        m.put("ad_actor_system", b.adActorSystem() == null ? null : b.adActorSystem().toString());
        m.put("tlb_dynamic_lb", b.tlbDynamicLb());
        return m;
    }

    private static Map<String, Object> portFields(BondSlaveInfo s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", BondInfo.name(BondSlaveInfo.STATES, s.state()));
        m.put("mii_status", BondInfo.name(BondSlaveInfo.MII_STATUS, s.miiStatus()));
        m.put("link_failure_count", s.linkFailureCount());
        m.put("perm_hwaddr", s.permHwaddr() == null ? null : s.permHwaddr().toString());
        m.put("queue_id", s.queueId());
        m.put("prio", s.prio());
        m.put("ad_aggregator_id", s.adAggregatorId());
        m.put("ad_actor_oper_port_state", s.adActorOperPortState());
        m.put("ad_actor_oper_port_state_str", lacpNames(s.adActorOperPortState()));
        m.put("ad_partner_oper_port_state", s.adPartnerOperPortState());
        m.put("ad_partner_oper_port_state_str", lacpNames(s.adPartnerOperPortState()));
        return m;
    }

    private static List<String> lacpNames(Integer state) {
        if (state == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < BondSlaveInfo.LACP_STATE_BITS.size(); i++) {
            if ((state & (1 << i)) != 0) {
                names.add(BondSlaveInfo.LACP_STATE_BITS.get(i));
            }
        }
        return names;
    }

    /** Every field ip printed has our value; a field we have no entry for fails. */
    @SuppressWarnings("unchecked")
    private static void compare(String link, JsonNode json, Map<String, Object> ours) {
        assertThat(json).as(link + ": ip printed the kind's data").isNotNull();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String what = link + ": " + f.getKey();
            assertThat(ours).as(what + " is a field we compare").containsKey(f.getKey());
            Object expected = ours.get(f.getKey());
            JsonNode node = f.getValue();
            if (expected instanceof Map<?, ?> nested) {
                compare(link, node, (Map<String, Object>) nested);
            } else if (expected instanceof List<?> list) {
                List<String> theirs = new ArrayList<>();
                node.forEach(n -> theirs.add(n.asText()));
                assertThat(theirs).as(what).isEqualTo(list);
            } else if (expected == null) {
                assertThat(node.isNull()).as(what + ": ip printed " + node + ", we decoded nothing")
                        .isTrue();
            } else if (expected instanceof Integer n) {
                assertThat(node.asLong()).as(what).isEqualTo(Integer.toUnsignedLong(n));
            } else {
                assertThat(node.asText()).as(what).isEqualTo(expected.toString());
            }
        }
    }

    private static <T> T waitFor(Supplier<T> read, java.util.function.Predicate<T> done) {
        T value = read.get();
        for (int i = 0; i < 80 && !done.test(value); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = read.get();
        }
        assertThat(done.test(value)).as("state reached: " + value).isTrue();
        return value;
    }
}

package dev.jnetlink.rtnl.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.kind.BondInfo;
import dev.jnetlink.codec.link.kind.VrfInfo;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.LinkGolden;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ip link add ... type bond|vrf} requests as iproute2 6.1 sends them (captured with
 * strace: the bytes do not depend on the kernel, which lacked both kinds there), what the
 * captured requests decode to, and what the bond and VRF builders refuse before any syscall.
 */
class BondVrfSpecTest {
    private static void refused(LinkSpec.Builder<?> b, String message) {
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void an8023adBondWithEveryOptionOfItsMode() {
        // ip link add name bond0 type bond mode 802.3ad miimon 100 updelay 200 downdelay 300
        //   peer_notify_delay 400 use_carrier 1 xmit_hash_policy layer3+4 resend_igmp 2
        //   num_grat_arp 3 all_slaves_active 1 min_links 1 lp_interval 2 lacp_rate fast
        //   lacp_active on ad_select bandwidth
        //   ad_user_port_key 5 ad_actor_sys_prio 100 ad_actor_system 02:00:00:00:00:aa
        Bond spec = Bond.named("bond0").mode("802.3ad").miimon(100).updelay(200).downdelay(300)
                .peerNotifyDelay(400).useCarrier(true).xmitHashPolicy("layer3+4").resendIgmp(2)
                .numPeerNotif(3).allSlavesActive(true).minLinks(1).lpInterval(2)
                .lacpRate("fast").lacpActive("on")
                .adSelect("bandwidth").adUserPortKey(5).adActorSysPrio(100)
                .adActorSystem("02:00:00:00:00:aa").build();
        Link bond = KindRequestGoldenTest.check("bond-create.hex", spec);
        BondInfo d = bond.data(BondInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(name -> 0));
        assertThat(d.mode()).isEqualTo(BondInfo.MODE_8023AD);
        assertThat(d.xmitHashPolicy()).isEqualTo(1);
        assertThat(d.adSelect()).isEqualTo(1);
        assertThat(d.adActorSystem()).isEqualTo(MacAddress.parse("02:00:00:00:00:aa"));
    }

    @Test
    void anActiveBackupBondWithArpMonitoringAndAPrimary() {
        // ip link add name bond1 type bond mode active-backup arp_interval 100 arp_validate all
        //   arp_all_targets all arp_missed_max 3 arp_ip_target 10.0.0.1,10.0.0.2
        //   ns_ip6_target fd00::1 primary p0 primary_reselect better fail_over_mac active
        Bond spec = Bond.named("bond1").mode("active-backup").arpInterval(100)
                .arpValidate("all").arpAllTargets("all").missedMax(3)
                .arpIpTarget("10.0.0.1", "10.0.0.2").nsIp6Target("fd00::1").primary("p0")
                .primaryReselect("better").failOverMac("active").build();
        Link bond = KindRequestGoldenTest.check("bond-arp-create.hex", spec);
        BondInfo d = bond.data(BondInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(name -> 3));
        assertThat(d.primary()).isEqualTo(3);
        assertThat(d.arpIpTarget()).containsExactly(IpAddresses.parse("10.0.0.1"),
                IpAddresses.parse("10.0.0.2"));
        assertThat(d.nsIp6Target()).containsExactly(IpAddresses.parse("fd00::1"));
        assertThat(spec.references()).extracting(LinkRef::name).containsExactly("p0");
    }

    @Test
    void aVrfWithItsTable() {
        // ip link add name vrf10 type vrf table 10
        Vrf spec = Vrf.named("vrf10", 10).build();
        Link vrf = KindRequestGoldenTest.check("vrf-create.hex", spec);
        assertThat(vrf.data(VrfInfo.class)).isEqualTo(spec.toInfo());
        assertThat(vrf.data(VrfInfo.class).table()).isEqualTo(10);
    }

    @Test
    void changingABondSendsWhatIpLinkSetSends() {
        // ip link set dev bond1 type bond miimon 250 (bond1 is index 6)
        byte[] captured = GoldenBytes.load("golden/link/bond-change.hex").bytes(0);
        Bond spec = Bond.named("bond1").miimon(250).build();
        byte[] ours = Encoded.message(Rtm.NEWLINK, Encoded.flagsOf(captured),
                Encoded.seqOf(captured), w -> spec.writeChange(w, 6, name -> {
                    throw new AssertionError("unexpected lookup of " + name);
                }));
        LinkGolden.assertSameBytes("bond-change.hex", captured, ours);
    }

    @Test
    void aBondWithoutOptionsSendsNoData() {
        Bond spec = Bond.named("bond9").build();
        assertThat(spec.toInfo(name -> 0)).isEqualTo(BondInfo.builder().build());
        assertThat(spec.newBuilder().miimon(5).build().miimon()).isEqualTo(5);
    }

    @Test
    void bondOptionsRefusedBeforeAnySyscall() {
        refused(Bond.named("b0").mode("round-robin"), "bond b0: unknown mode \"round-robin\";"
                + " one of balance-rr, active-backup, balance-xor, broadcast, 802.3ad,"
                + " balance-tlb, balance-alb");
        refused(Bond.named("b0").miimon(-1), "bond b0: miimon -1 is outside 0..2147483647");
        refused(Bond.named("b0").xmitHashPolicy("layer4"), "bond b0: unknown xmit_hash_policy"
                + " \"layer4\"; one of layer2, layer3+4, layer2+3, encap2+3, encap3+4,"
                + " vlan+srcmac");
        refused(Bond.named("b0").lacpRate("medium"), "bond b0: unknown lacp_rate \"medium\";"
                + " one of slow, fast");
        refused(Bond.named("b0").numPeerNotif(256), "bond b0: num_grat_arp 256 is outside 0..255");
        refused(Bond.named("b0").missedMax(0), "bond b0: arp_missed_max 0 is outside 1..255");
        refused(Bond.named("b0").adUserPortKey(1024),
                "bond b0: ad_user_port_key 1024 is outside 0..1023");
        refused(Bond.named("b0").adActorSysPrio(0),
                "bond b0: ad_actor_sys_prio 0 is outside 1..65535");
        refused(Bond.named("b0").lpInterval(0), "bond b0: lp_interval 0 is outside 1..2147483647");
        refused(Bond.named("b0").arpIpTarget("fd00::1"),
                "bond b0: arp_ip_target fd00::1 is not an IPv4 address");
        refused(Bond.named("b0").nsIp6Target("10.0.0.1"),
                "bond b0: ns_ip6_target 10.0.0.1 is not an IPv6 address");
        refused(Bond.named("b0").arpIpTarget("255.255.255.255"),
                "bond b0: arp_ip_target 255.255.255.255 is not a unicast address");
        refused(Bond.named("b0").arpIpTarget("10.0.0.1", "10.0.0.1"),
                "bond b0: arp_ip_target lists 10.0.0.1 twice");
        String[] seventeen = new String[17];
        for (int i = 0; i < 17; i++) {
            seventeen[i] = "10.0.0." + (i + 1);
        }
        refused(Bond.named("b0").arpIpTarget(seventeen),
                "bond b0: arp_ip_target: 17 targets, at most 16");
        refused(Bond.named("b0").mode("802.3ad").arpInterval(100), "bond b0: arp_interval"
                + " (ARP monitoring) cannot be used in mode 802.3ad; use miimon");
        refused(Bond.named("b0").mode("802.3ad").tlbDynamicLb(true), "bond b0: tlb_dynamic_lb is"
                + " not supported in mode 802.3ad (only in balance-tlb, balance-alb)");
        refused(Bond.named("b0").mode("active-backup").packetsPerSlave(2), "bond b0:"
                + " packets_per_slave is not supported in mode active-backup (only in balance-rr)");
        refused(Bond.named("b0").mode("balance-xor").lacpRate("fast"), "bond b0: lacp_rate is"
                + " not supported in mode balance-xor (only in 802.3ad)");
        refused(Bond.named("b0").adActorSystem("01:00:00:00:00:01"),
                "MAC address 01:00:00:00:00:01 is a multicast address (lowest bit of the first"
                        + " byte set)");
        assertThat(Bond.named("b0").arpIpTarget(List.of()).build()
                .arpIpTarget()).isEmpty();
    }

    @Test
    void vrfTableZeroIsRefused() {
        refused(Vrf.named("v0", 0), "vrf v0: table 0 is not a routing table (RT_TABLE_UNSPEC);"
                + " give the VRF a table id, 1 to 4294967295");
        assertThat(Vrf.named("v0", 10).build().newBuilder().table(-1).build().toString())
                .isEqualTo("vrf v0 table 4294967295");
    }
}

package dev.jnetlink.rtnl.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.kind.BondInfo;
import dev.jnetlink.codec.link.kind.BondSlaveInfo;
import dev.jnetlink.codec.link.kind.VrfInfo;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.LinkGolden;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Linux 6.1 replies to {@code ip -d link show dev X} for a bond, a bond port, a VRF and a VRF
 * port (captured in the full-kernel VM): each decodes to what its command line set, encodes
 * back, and prints as {@code ip -d link show} printed it there (the text in each file's
 * header; a port's state, which was still settling, as the captured reply has it).
 */
class BondVrfReplyGoldenTest {
    private static final LinkNames NAMES = LinkNames.named(
            Map.of(3, "p0", 5, "p2", 6, "bond1", 7, "vrf10", 9, "p4", 2, "p1", 4, "p3", 10, "p5")::get);

    private static Link decode(String file) {
        byte[] captured = GoldenBytes.load("golden/link/" + file).bytes(0);
        Link link = LinkGolden.decode(captured);
        assertThat(LinkGolden.reencode(link)).isEqualTo(link);
        assertThat(link.unknown()).as("unknown IFLA attributes in " + file).isEmpty();
        return link;
    }

    /** The kind's IFLA_LINKINFO comes back byte for byte. */
    private static Link roundTrip(String file) {
        Link link = decode(file);
        byte[] captured = GoldenBytes.load("golden/link/" + file).bytes(0);
        LinkGolden.assertSameBytes("re-encoded IFLA_LINKINFO of " + file,
                LinkGolden.attribute(captured, 18), LinkGolden.encodeLinkInfo(link.linkInfo()));
        return link;
    }

    private static String details(Link link) {
        StringBuilder sb = new StringBuilder();
        new LinkPrinter(NAMES, Map::of).print(link, true, true, true, sb);
        return sb.toString();
    }

    @Test
    void anActiveBackupBondWithArpTargets() {
        // By value: the kernel flags IFLA_BOND_NS_IP6_TARGET NLA_F_NESTED, ip's request (and so
        // the table) does not; every other attribute is compared by the round trip of decode().
        Link bond = decode("bond-ab-show.hex");
        BondInfo d = bond.data(BondInfo.class);
        assertThat(d.modeName()).isEqualTo("active-backup");
        assertThat(d.arpInterval()).isEqualTo(100);
        assertThat(d.missedMax()).isEqualTo(3);
        assertThat(d.arpIpTarget()).containsExactly(IpAddresses.parse("10.0.0.1"),
                IpAddresses.parse("10.0.0.2"));
        assertThat(d.nsIp6Target()).containsExactly(IpAddresses.parse("fd00::1"));
        assertThat(d.primary()).isEqualTo(3);
        assertThat(d.primaryReselect()).isEqualTo(1);
        assertThat(d.failOverMac()).isEqualTo(1);
        assertThat(d.coupledControl()).as("sent by Debian's 6.1").isEqualTo(1);
        assertThat(d.unknown()).isEmpty();
        assertThat(details(bond)).contains("\n    bond mode active-backup miimon 0 updelay 0"
                + " downdelay 0 peer_notify_delay 0 use_carrier 1 arp_interval 100 arp_missed_max 3"
                + " arp_ip_target 10.0.0.1,10.0.0.2 ns_ip6_target fd00::1 arp_validate all"
                + " arp_all_targets all primary p0 primary_reselect better fail_over_mac active"
                + " xmit_hash_policy layer2 resend_igmp 1 num_grat_arp 1 all_slaves_active 0"
                + " min_links 0 lp_interval 1 packets_per_slave 1 lacp_active on lacp_rate slow"
                + " ad_select stable tlb_dynamic_lb 1 addrgenmode eui64 ");
    }

    @Test
    void aBondPort() {
        Link port = roundTrip("bond-port-show.hex");
        assertThat(port.slaveKind()).isEqualTo("bond");
        BondSlaveInfo s = port.slaveData(BondSlaveInfo.class);
        assertThat(s.state()).isEqualTo(BondSlaveInfo.STATE_ACTIVE);
        assertThat(s.miiStatus()).as("GOING_BACK").isEqualTo(3);
        assertThat(s.permHwaddr()).isEqualTo(MacAddress.parse("02:00:00:00:0b:00"));
        assertThat(s.queueId()).isZero();
        assertThat(s.prio()).isZero();
        assertThat(details(port)).contains("\n    veth \n    bond_slave state ACTIVE mii_status"
                + " GOING_BACK link_failure_count 0 perm_hwaddr 02:00:00:00:0b:00 queue_id 0 prio 0"
                + " addrgenmode eui64 ");
    }

    @Test
    void aVrfAndItsPort() {
        Link vrf = roundTrip("vrf-show.hex");
        assertThat(vrf.data(VrfInfo.class)).isEqualTo(new VrfInfo(10, List.of()));
        assertThat(details(vrf)).contains("\n    vrf table 10 addrgenmode eui64 ");
        Link port = roundTrip("vrf-port-show.hex");
        assertThat(port.slaveData(VrfInfo.Port.class)).isEqualTo(new VrfInfo.Port(10, List.of()));
        assertThat(details(port)).contains("\n    veth \n    vrf_slave table 10 addrgenmode eui64 ");
    }

    @Test
    void procNetBondingFromTheSameReplies() {
        Link bond = decode("bond-ab-show.hex");
        Link p0 = decode("bond-port-show.hex");
        // /proc/net/bonding/bond1 in the VM, less its driver line, and each port's Speed and
        // Duplex (ethtool's, not netlink's); p2 left out
        assertThat(ProcNetBonding.format(bond, bond.data(BondInfo.class), List.of(p0), NAMES))
                .isEqualTo(String.join("\n",
                        "Bonding Mode: fault-tolerance (active-backup) (fail_over_mac active)",
                        "Primary Slave: p0 (primary_reselect better)",
                        "Currently Active Slave: None",
                        "MII Status: down",
                        "MII Polling Interval (ms): 0",
                        "Up Delay (ms): 0",
                        "Down Delay (ms): 0",
                        "Peer Notification Delay (ms): 0",
                        "ARP Polling Interval (ms): 100",
                        "ARP Missed Max: 3",
                        "ARP IP target/s (n.n.n.n form): 10.0.0.1, 10.0.0.2",
                        "NS IPv6 target/s (xx::xx form): fd00::1",
                        "",
                        "Slave Interface: p0",
                        "MII Status: going back",
                        "Link Failure Count: 0",
                        "Permanent HW addr: 02:00:00:00:0b:00",
                        "Slave queue ID: 0",
                        ""));
    }
}

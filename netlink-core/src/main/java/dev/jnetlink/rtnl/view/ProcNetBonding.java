package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.kind.BondInfo;
import dev.jnetlink.codec.link.kind.BondSlaveInfo;
import dev.jnetlink.rtnl.Rtnl;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * The text of {@code /proc/net/bonding/BOND} ({@code bond_info_show_master} and
 * {@code bond_info_show_slave} of Linux 6.1's {@code bond_procfs.c}), built from netlink: the
 * bond's {@code IFLA_BOND_*} and its ports' {@code IFLA_BOND_SLAVE_*}, with no file read.
 *
 * <p>What only {@code /proc} has is left out: the driver's version line at the top, a port's
 * {@code Speed} and {@code Duplex} (ethtool's), and in 802.3ad mode the churn states and
 * counts and the per-port LACPDU details (actor and partner port keys, priorities, numbers and
 * system MACs), which netlink does not carry.
 *
 * <pre>{@code
 * System.out.print(ProcNetBonding.of(rtnl, "bond0").text());
 * // Bonding Mode: fault-tolerance (active-backup)
 * // Primary Slave: None
 * // Currently Active Slave: eth1
 * // MII Status: up
 * // ...
 * }</pre>
 */
public final class ProcNetBonding implements TextView {
    // bond_mode_name
    private static final List<String> MODE_NAMES = List.of("load balancing (round-robin)",
            "fault-tolerance (active-backup)", "load balancing (xor)",
            "fault-tolerance (broadcast)", "IEEE 802.3ad Dynamic link aggregation",
            "transmit load balancing", "adaptive load balancing");
    // bond_slave_link_status
    private static final List<String> LINK_STATUS = List.of("up", "going down", "down",
            "going back");
    private static final int ACTIVE_BACKUP = 1;
    private static final int XOR = 2;
    private static final int TLB = 5;
    private static final int ALB = 6;

    private final Rtnl rtnl;
    private final String bond;

    private ProcNetBonding(Rtnl rtnl, String bond) {
        this.rtnl = rtnl;
        this.bond = bond;
    }

    /**
     * Equivalent to {@code cat /proc/net/bonding/BOND}, less what only {@code /proc} has (see
     * the class comment).
     *
     * @param rtnl the client of the bond's namespace
     * @param bond the bond's name
     * @return the view
     */
    public static ProcNetBonding of(Rtnl rtnl, String bond) {
        return new ProcNetBonding(Objects.requireNonNull(rtnl, "rtnl"),
                Objects.requireNonNull(bond, "bond"));
    }

    @Override
    public String command() {
        return "cat /proc/net/bonding/" + bond;
    }

    @Override
    public String text() {
        Link master = rtnl.links().get(bond);
        BondInfo b = master.data(BondInfo.class);
        if (b == null) {
            throw new IllegalArgumentException(bond + " is not a bond (kind " + master.kind() + ")");
        }
        return format(master, b, rtnl.links().listByMaster(master.index()),
                LinkNames.of(rtnl.links().list()));
    }

    /**
     * @param master the bond's link
     * @param b its data
     * @param ports its ports, in the kernel's order
     * @param links names for indexes
     * @return the text
     */
    static String format(Link master, BondInfo b, List<Link> ports, LinkNames links) {
        StringBuilder out = new StringBuilder();
        int mode = b.mode() == null ? 0 : b.mode();
        out.append("Bonding Mode: ").append(mode < MODE_NAMES.size() ? MODE_NAMES.get(mode)
                : "unknown");
        if (mode == ACTIVE_BACKUP && b.failOverMac() != null && b.failOverMac() != 0) {
            out.append(" (fail_over_mac ")
                    .append(BondInfo.name(BondInfo.FAIL_OVER_MAC, b.failOverMac())).append(')');
        }
        out.append('\n');
        boolean tlbDynamic = b.tlbDynamicLb() == null || b.tlbDynamicLb() != 0;
        if (mode == XOR || mode == BondInfo.MODE_8023AD || mode == TLB && !tlbDynamic) {
            int policy = b.xmitHashPolicy() == null ? 0 : b.xmitHashPolicy();
            out.append("Transmit Hash Policy: ")
                    .append(BondInfo.name(BondInfo.XMIT_HASH_POLICY, policy))
                    .append(" (").append(policy).append(")\n");
        }
        if (mode == ACTIVE_BACKUP || mode == TLB || mode == ALB) {
            boolean hasPrimary = b.primary() != null && b.primary() != 0;
            out.append("Primary Slave: ").append(hasPrimary ? links.name(b.primary()) : "None");
            if (hasPrimary) {
                out.append(" (primary_reselect ")
                        .append(BondInfo.name(BondInfo.PRIMARY_RESELECT, b.primaryReselect()))
                        .append(')');
            }
            boolean hasActive = b.activeSlave() != null && b.activeSlave() != 0;
            out.append("\nCurrently Active Slave: ")
                    .append(hasActive ? links.name(b.activeSlave()) : "None").append('\n');
        }
        out.append("MII Status: ").append(master.carrier() != null && master.carrier() != 0
                ? "up" : "down").append('\n');
        out.append("MII Polling Interval (ms): ").append(n(b.miimon())).append('\n');
        out.append("Up Delay (ms): ").append(n(b.updelay())).append('\n');
        out.append("Down Delay (ms): ").append(n(b.downdelay())).append('\n');
        out.append("Peer Notification Delay (ms): ").append(n(b.peerNotifyDelay())).append('\n');
        if (b.arpInterval() != null && b.arpInterval() != 0) {
            out.append("ARP Polling Interval (ms): ").append(n(b.arpInterval())).append('\n');
            out.append("ARP Missed Max: ").append(n(b.missedMax())).append('\n');
            targets(out, "ARP IP target/s (n.n.n.n form):", b.arpIpTarget());
            targets(out, "NS IPv6 target/s (xx::xx form):", b.nsIp6Target());
        }
        if (mode == BondInfo.MODE_8023AD) {
            out.append("\n802.3ad info\n");
            out.append("LACP active: ").append(BondInfo.name(BondInfo.LACP_ACTIVE, b.lacpActive()))
                    .append('\n');
            out.append("LACP rate: ").append(BondInfo.name(BondInfo.LACP_RATE, b.lacpRate()))
                    .append('\n');
            out.append("Min links: ").append(n(b.minLinks())).append('\n');
            out.append("Aggregator selection policy (ad_select): ")
                    .append(BondInfo.name(BondInfo.AD_SELECT, b.adSelect())).append('\n');
            out.append("System priority: ").append(n(b.adActorSysPrio())).append('\n');
            out.append("System MAC address: ").append(b.adActorSystem()).append('\n');
            BondInfo.AdInfo ad = b.adInfo();
            if (ad == null) {
                out.append("bond ").append(master.name()).append(" has no active aggregator\n");
            } else {
                out.append("Active Aggregator Info:\n");
                out.append("\tAggregator ID: ").append(n(ad.aggregator())).append('\n');
                out.append("\tNumber of ports: ").append(n(ad.numPorts())).append('\n');
                out.append("\tActor Key: ").append(n(ad.actorKey())).append('\n');
                out.append("\tPartner Key: ").append(n(ad.partnerKey())).append('\n');
                out.append("\tPartner Mac Address: ").append(ad.partnerMac()).append('\n');
            }
        }
        for (Link port : ports) {
            BondSlaveInfo s = port.slaveData(BondSlaveInfo.class);
            out.append("\nSlave Interface: ").append(port.name()).append('\n');
            if (s == null) {
                continue;
            }
            int mii = s.miiStatus() == null ? 2 : s.miiStatus();
            out.append("MII Status: ").append(mii < LINK_STATUS.size() ? LINK_STATUS.get(mii)
                    : "unknown").append('\n');
            out.append("Link Failure Count: ").append(n(s.linkFailureCount())).append('\n');
            out.append("Permanent HW addr: ").append(s.permHwaddr()).append('\n');
            out.append("Slave queue ID: ").append(n(s.queueId())).append('\n');
            if (mode == BondInfo.MODE_8023AD && s.adAggregatorId() != null) {
                out.append("Aggregator ID: ").append(n(s.adAggregatorId())).append('\n');
            }
        }
        return out.toString();
    }

    private static void targets(StringBuilder out, String title, List<InetAddress> targets) {
        out.append(title);
        for (int i = 0; targets != null && i < targets.size(); i++) {
            out.append(i == 0 ? " " : ", ").append(IpAddresses.format(targets.get(i)));
        }
        out.append('\n');
    }

    private static String n(Integer v) {
        return v == null ? "0" : Integer.toUnsignedString(v);
    }
}

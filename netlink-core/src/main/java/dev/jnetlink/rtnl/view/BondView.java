package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.kind.BondInfo;
import dev.jnetlink.codec.link.kind.BondSlaveInfo;
import java.net.InetAddress;
import java.util.List;

/**
 * {@code ip -d link show} details of a bond, after {@code bond} ({@code mode active-backup
 * miimon 100 ...}, iproute2 6.1's {@code bond_print_opt}), and of a bond port, after
 * {@code bond_slave} ({@code state ACTIVE mii_status UP ...}, {@code bond_slave_print_opt}).
 */
public final class BondView implements KindView {
    @Override
    public List<String> kinds() {
        return List.of("bond", "bond_slave");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (data instanceof BondInfo b) {
            printBond(b, links, out);
        } else if (data instanceof BondSlaveInfo s) {
            printPort(s, out);
        }
    }

    private static void printBond(BondInfo b, LinkNames links, StringBuilder out) {
        named(out, "mode", BondInfo.MODES, b.mode());
        if (b.activeSlave() != null && b.activeSlave() != 0) {
            out.append("active_slave ").append(links.name(b.activeSlave())).append(' ');
        }
        u(out, "miimon", b.miimon());
        u(out, "updelay", b.updelay());
        u(out, "downdelay", b.downdelay());
        u(out, "peer_notify_delay", b.peerNotifyDelay());
        u(out, "use_carrier", b.useCarrier());
        u(out, "arp_interval", b.arpInterval());
        u(out, "arp_missed_max", b.missedMax());
        targets(out, "arp_ip_target", b.arpIpTarget());
        targets(out, "ns_ip6_target", b.nsIp6Target());
        named(out, "arp_validate", BondInfo.ARP_VALIDATE, b.arpValidate());
        named(out, "arp_all_targets", BondInfo.ARP_ALL_TARGETS, b.arpAllTargets());
        if (b.primary() != null && b.primary() != 0) {
            out.append("primary ").append(links.name(b.primary())).append(' ');
        }
        named(out, "primary_reselect", BondInfo.PRIMARY_RESELECT, b.primaryReselect());
        named(out, "fail_over_mac", BondInfo.FAIL_OVER_MAC, b.failOverMac());
        named(out, "xmit_hash_policy", BondInfo.XMIT_HASH_POLICY, b.xmitHashPolicy());
        u(out, "resend_igmp", b.resendIgmp());
        u(out, "num_grat_arp", b.numPeerNotif());
        u(out, "all_slaves_active", b.allSlavesActive());
        u(out, "min_links", b.minLinks());
        u(out, "lp_interval", b.lpInterval());
        u(out, "packets_per_slave", b.packetsPerSlave());
        named(out, "lacp_active", BondInfo.LACP_ACTIVE, b.lacpActive());
        named(out, "lacp_rate", BondInfo.LACP_RATE, b.lacpRate());
        named(out, "ad_select", BondInfo.AD_SELECT, b.adSelect());
        BondInfo.AdInfo ad = b.adInfo();
        if (ad != null) {
            u(out, "ad_aggregator", ad.aggregator());
            u(out, "ad_num_ports", ad.numPorts());
            u(out, "ad_actor_key", ad.actorKey());
            u(out, "ad_partner_key", ad.partnerKey());
            if (ad.partnerMac() != null) {
                out.append("ad_partner_mac ").append(ad.partnerMac()).append(' ');
            }
        }
        u(out, "ad_actor_sys_prio", b.adActorSysPrio());
        u(out, "ad_user_port_key", b.adUserPortKey());
        if (b.adActorSystem() != null) {
            out.append("ad_actor_system ").append(b.adActorSystem()).append(' ');
        }
        u(out, "tlb_dynamic_lb", b.tlbDynamicLb());
    }

    private static void printPort(BondSlaveInfo s, StringBuilder out) {
        if (s.state() != null) {
            out.append("state ").append(s.state() < BondSlaveInfo.STATES.size()
                    ? BondSlaveInfo.STATES.get(s.state()) : s.state().toString()).append(' ');
        }
        if (s.miiStatus() != null) {
            out.append("mii_status ").append(s.miiStatus() < BondSlaveInfo.MII_STATUS.size()
                    ? BondSlaveInfo.MII_STATUS.get(s.miiStatus()) : s.miiStatus().toString())
                    .append(' ');
        }
        // print_int of a u32: a count past 2^31 prints negative, as ip does
        if (s.linkFailureCount() != null) {
            out.append("link_failure_count ").append((int) s.linkFailureCount()).append(' ');
        }
        if (s.permHwaddr() != null) {
            out.append("perm_hwaddr ").append(s.permHwaddr()).append(' ');
        }
        u(out, "queue_id", s.queueId());
        if (s.prio() != null) {
            out.append("prio ").append((int) s.prio()).append(' ');
        }
        u(out, "ad_aggregator_id", s.adAggregatorId());
        portState(out, "ad_actor_oper_port_state", s.adActorOperPortState());
        portState(out, "ad_partner_oper_port_state", s.adPartnerOperPortState());
    }

    // print_slave_oper_state: the number, then the LACP_STATE_* names in <...>
    private static void portState(StringBuilder out, String what, Integer state) {
        if (state == null) {
            return;
        }
        int bits = state & 0xff;
        out.append(what).append(' ').append(bits).append(" <");
        for (int i = 0; i < BondSlaveInfo.LACP_STATE_BITS.size(); i++) {
            if ((bits & (1 << i)) != 0) {
                bits &= ~(1 << i);
                out.append(BondSlaveInfo.LACP_STATE_BITS.get(i)).append(bits != 0 ? "," : "");
            }
        }
        out.append("> ");
    }

    private static void targets(StringBuilder out, String what, List<InetAddress> targets) {
        if (targets == null || targets.isEmpty()) {
            return;
        }
        out.append(what).append(' ');
        for (int i = 0; i < targets.size(); i++) {
            out.append(i == 0 ? "" : ",").append(IpAddresses.format(targets.get(i)));
        }
        out.append(' ');
    }

    private static void named(StringBuilder out, String what, List<String> table, Integer v) {
        if (v != null) {
            out.append(what).append(' ').append(BondInfo.name(table, v)).append(' ');
        }
    }

    private static void u(StringBuilder out, String what, Integer v) {
        if (v != null) {
            out.append(what).append(' ').append(Integer.toUnsignedString(v)).append(' ');
        }
    }
}

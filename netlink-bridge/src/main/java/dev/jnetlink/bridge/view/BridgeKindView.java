package dev.jnetlink.bridge.view;

import dev.jnetlink.bridge.codec.BoolOpts;
import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.rtnl.view.Iproute2;
import dev.jnetlink.rtnl.view.KindView;
import dev.jnetlink.rtnl.view.LinkNames;
import java.time.Duration;
import java.util.List;

/**
 * {@code ip -d link show} details of a bridge: {@code forward_delay 1500 hello_time 200 ...
 * nf_call_arptables 0} ({@code bridge_print_opt} of iproute2 6.1, which prints the bridge id
 * again as {@code designated_root}).
 */
public final class BridgeKindView implements KindView {
    /** For {@link java.util.ServiceLoader}: core's {@code ip -d link show} finds it there. */
    public BridgeKindView() {
    }

    @Override
    public List<String> kinds() {
        return List.of("bridge");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (!(data instanceof BridgeInfo b)) {
            return;
        }
        centis(out, "forward_delay", b.forwardDelay());
        centis(out, "hello_time", b.helloTime());
        centis(out, "max_age", b.maxAge());
        centis(out, "ageing_time", b.ageingTime());
        u(out, "stp_state", b.stpState());
        u(out, "priority", b.priority());
        bool(out, "vlan_filtering", b.vlanFiltering());
        if (b.vlanProtocol() != null) {
            out.append("vlan_protocol ").append(Iproute2.etherTypeName(b.vlanProtocol())).append(' ');
        }
        if (b.bridgeId() != null) {
            out.append("bridge_id ").append(b.bridgeId().toIpString()).append(' ');
        }
        if (b.rootId() != null && b.bridgeId() != null) {
            // ip 6.1 formats IFLA_BR_BRIDGE_ID here, not IFLA_BR_ROOT_ID
            out.append("designated_root ").append(b.bridgeId().toIpString()).append(' ');
        }
        u(out, "root_port", b.rootPort());
        u(out, "root_path_cost", b.rootPathCost());
        bool(out, "topology_change", b.topologyChange());
        bool(out, "topology_change_detected", b.topologyChangeDetected());
        timer(out, "hello_timer", b.helloTimer());
        timer(out, "tcn_timer", b.tcnTimer());
        timer(out, "topology_change_timer", b.topologyChangeTimer());
        timer(out, "gc_timer", b.gcTimer());
        u(out, "vlan_default_pvid", b.vlanDefaultPvid());
        bool(out, "vlan_stats_enabled", b.vlanStatsEnabled());
        bool(out, "vlan_stats_per_port", b.vlanStatsPerPort());
        if (b.groupFwdMask() != null) {
            out.append("group_fwd_mask ").append(Iproute2.hex(b.groupFwdMask())).append(' ');
        }
        if (b.groupAddr() != null) {
            out.append("group_address ").append(b.groupAddr()).append(' ');
        }
        bool(out, "mcast_snooping", b.mcastSnooping());
        BoolOpts opts = b.multiBoolopt();
        if (opts != null) {
            optionIfMasked(out, "no_linklocal_learn", opts, BoolOpts.NO_LL_LEARN);
            optionIfMasked(out, "mcast_vlan_snooping", opts, BoolOpts.MCAST_VLAN_SNOOPING);
        }
        u(out, "mcast_router", b.mcastRouter());
        bool(out, "mcast_query_use_ifaddr", b.mcastQueryUseIfaddr());
        bool(out, "mcast_querier", b.mcastQuerier());
        u(out, "mcast_hash_elasticity", b.mcastHashElasticity());
        u(out, "mcast_hash_max", b.mcastHashMax());
        u(out, "mcast_last_member_count", b.mcastLastMemberCnt());
        u(out, "mcast_startup_query_count", b.mcastStartupQueryCnt());
        centis(out, "mcast_last_member_interval", b.mcastLastMemberIntvl());
        centis(out, "mcast_membership_interval", b.mcastMembershipIntvl());
        centis(out, "mcast_querier_interval", b.mcastQuerierIntvl());
        centis(out, "mcast_query_interval", b.mcastQueryIntvl());
        centis(out, "mcast_query_response_interval", b.mcastQueryResponseIntvl());
        centis(out, "mcast_startup_query_interval", b.mcastStartupQueryIntvl());
        bool(out, "mcast_stats_enabled", b.mcastStatsEnabled());
        u(out, "mcast_igmp_version", b.mcastIgmpVersion());
        u(out, "mcast_mld_version", b.mcastMldVersion());
        bool(out, "nf_call_iptables", b.nfCallIptables());
        bool(out, "nf_call_ip6tables", b.nfCallIp6tables());
        bool(out, "nf_call_arptables", b.nfCallArptables());
    }

    private static void optionIfMasked(StringBuilder out, String name, BoolOpts opts, int option) {
        if ((opts.mask() & (1 << option)) != 0) {
            out.append(name).append(' ').append(opts.isOn(option) ? 1 : 0).append(' ');
        }
    }

    static void u(StringBuilder out, String name, Integer value) {
        if (value != null) {
            out.append(name).append(' ').append(Integer.toUnsignedString(value)).append(' ');
        }
    }

    static void bool(StringBuilder out, String name, Boolean value) {
        if (value != null) {
            out.append(name).append(' ').append(value ? 1 : 0).append(' ');
        }
    }

    // the kernel's centisecond values, as the numbers it sent
    static void centis(StringBuilder out, String name, Duration value) {
        if (value != null) {
            out.append(name).append(' ').append(value.toMillis() / 10).append(' ');
        }
    }

    static void timer(StringBuilder out, String name, Duration value) {
        if (value != null) {
            out.append(name).append(' ').append(Iproute2.timer(value.toMillis() / 10)).append(' ');
        }
    }
}

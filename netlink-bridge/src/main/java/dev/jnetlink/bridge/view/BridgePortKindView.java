package dev.jnetlink.bridge.view;

import dev.jnetlink.bridge.codec.BridgePortInfo;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.rtnl.view.Iproute2;
import dev.jnetlink.rtnl.view.KindView;
import dev.jnetlink.rtnl.view.LinkNames;
import java.util.List;

/**
 * {@code ip -d link show} details of a bridge port, after {@code bridge_slave}:
 * {@code state forwarding priority 32 cost 2 hairpin off ... locked off}
 * ({@code bridge_slave_print_opt} of iproute2 6.1).
 */
public final class BridgePortKindView implements KindView {
    // fwd_mask_tbl: the group addresses 01:80:c2:00:00:0X with names
    private static final String[] FWD_MASK_NAMES = new String[16];

    static {
        FWD_MASK_NAMES[0] = "stp";
        FWD_MASK_NAMES[2] = "lacp";
        FWD_MASK_NAMES[14] = "lldp";
    }

    /** For {@link java.util.ServiceLoader}: core's {@code ip -d link show} finds it there. */
    public BridgePortKindView() {
    }

    @Override
    public List<String> kinds() {
        return List.of("bridge_slave");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (!(data instanceof BridgePortInfo p)) {
            return;
        }
        if (p.state() != null) {
            out.append(portState(p.state())).append(' ');
        }
        if (p.priority() != null) {
            out.append("priority ").append(p.priority()).append(' ');
        }
        if (p.cost() != null) {
            out.append("cost ").append(p.cost()).append(' ');
        }
        onOff(out, "hairpin", p.hairpin());
        onOff(out, "guard", p.guard());
        onOff(out, "root_block", p.rootBlock());
        onOff(out, "fastleave", p.fastLeave());
        onOff(out, "learning", p.learning());
        onOff(out, "flood", p.unicastFlood());
        if (p.id() != null) {
            out.append("port_id ").append(Iproute2.hex(p.id())).append(' ');
        }
        if (p.no() != null) {
            out.append("port_no ").append(Iproute2.hex(p.no())).append(' ');
        }
        BridgeKindView.u(out, "designated_port", p.designatedPort());
        BridgeKindView.u(out, "designated_cost", p.designatedCost());
        if (p.bridgeId() != null) {
            out.append("designated_bridge ").append(p.bridgeId().toIpString()).append(' ');
        }
        if (p.rootId() != null) {
            out.append("designated_root ").append(p.rootId().toIpString()).append(' ');
        }
        BridgeKindView.timer(out, "hold_timer", p.holdTimer());
        BridgeKindView.timer(out, "message_age_timer", p.messageAgeTimer());
        BridgeKindView.timer(out, "forward_delay_timer", p.forwardDelayTimer());
        BridgeKindView.bool(out, "topology_change_ack", p.topologyChangeAck());
        BridgeKindView.bool(out, "config_pending", p.configPending());
        onOff(out, "proxy_arp", p.proxyArp());
        onOff(out, "proxy_arp_wifi", p.proxyArpWifi());
        BridgeKindView.u(out, "mcast_router", p.multicastRouter());
        onOff(out, "mcast_fast_leave", p.fastLeave());
        onOff(out, "mcast_flood", p.mcastFlood());
        onOff(out, "bcast_flood", p.bcastFlood());
        onOff(out, "mcast_to_unicast", p.mcastToUcast());
        onOff(out, "neigh_suppress", p.neighSuppress());
        if (p.groupFwdMask() != null) {
            int mask = p.groupFwdMask();
            out.append("group_fwd_mask ").append(Iproute2.hex(mask)).append(' ')
               .append("group_fwd_mask_str ").append(fwdMaskNames(mask)).append(' ');
        }
        onOff(out, "vlan_tunnel", p.vlanTunnel());
        onOff(out, "isolated", p.isolated());
        onOff(out, "locked", p.locked());
        if (p.backupPort() != null) {
            out.append("backup_port ").append(links.name(p.backupPort())).append(' ');
        }
    }

    /**
     * @param state a {@code BR_STATE_*} value
     * @return {@code state forwarding}, or {@code state (N)} for a number past the known ones
     */
    static String portState(int state) {
        return state >= 0 && state <= 4 ? "state " + BridgePortInfo.stateName(state)
                : "state (" + state + ")";
    }

    // _bitmask2str
    private static String fwdMaskNames(int mask) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; mask != 0; i++, mask >>>= 1) {
            if ((mask & 1) != 0) {
                String name = i < 16 ? FWD_MASK_NAMES[i] : null;
                sb.append(sb.length() == 0 ? "" : ",")
                  .append(name != null ? name : "0x" + Integer.toHexString(1 << i));
            }
        }
        return sb.length() == 0 ? "0x0" : sb.toString();
    }

    private static void onOff(StringBuilder out, String name, Boolean value) {
        if (value != null) {
            out.append(name).append(' ').append(Iproute2.onOff(value)).append(' ');
        }
    }
}

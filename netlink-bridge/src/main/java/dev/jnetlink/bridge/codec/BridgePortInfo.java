package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import java.time.Duration;
import java.util.List;

/**
 * A bridge port's settings and spanning-tree state: the {@code IFLA_INFO_SLAVE_DATA} of a link
 * whose master is a bridge ({@code ip -d link show} prints it on the {@code bridge_slave}
 * line), and the {@code IFLA_PROTINFO} of {@code AF_BRIDGE} link messages ({@code bridge -d
 * link show}). Components are the {@code IFLA_BRPORT_*} attributes in the order the kernel
 * sends them ({@code br_port_fill_attrs}, Linux 6.18); an attribute not sent is null (older
 * kernels lack the newer ones). Attributes this library does not model are kept in
 * {@link #unknown()}.
 *
 * <p>The same record is the {@code IFLA_PROTINFO} of a request that changes port settings
 * ({@code bridge link set}); build those with {@code PortOptions}.
 *
 * @param state {@code IFLA_BRPORT_STATE}: 0 disabled, 1 listening, 2 learning, 3 forwarding,
 *     4 blocking
 * @param priority {@code IFLA_BRPORT_PRIORITY}: 0 to 63 ({@code brctl setportprio})
 * @param cost {@code IFLA_BRPORT_COST}: path cost, 1 to 65535 ({@code brctl setpathcost})
 * @param hairpin {@code IFLA_BRPORT_MODE}: hairpin mode, frames may go back out this port
 * @param guard {@code IFLA_BRPORT_GUARD}: BPDU guard
 * @param rootBlock {@code IFLA_BRPORT_PROTECT}: root port protection ({@code root_block})
 * @param fastLeave {@code IFLA_BRPORT_FAST_LEAVE}: multicast fast leave
 * @param mcastToUcast {@code IFLA_BRPORT_MCAST_TO_UCAST}
 * @param learning {@code IFLA_BRPORT_LEARNING}: learn source MACs into the FDB
 * @param unicastFlood {@code IFLA_BRPORT_UNICAST_FLOOD}: flood unknown unicast here
 *     ({@code flood})
 * @param mcastFlood {@code IFLA_BRPORT_MCAST_FLOOD}
 * @param bcastFlood {@code IFLA_BRPORT_BCAST_FLOOD}
 * @param proxyArp {@code IFLA_BRPORT_PROXYARP}
 * @param proxyArpWifi {@code IFLA_BRPORT_PROXYARP_WIFI}
 * @param rootId {@code IFLA_BRPORT_ROOT_ID}: designated root
 * @param bridgeId {@code IFLA_BRPORT_BRIDGE_ID}: designated bridge
 * @param designatedPort {@code IFLA_BRPORT_DESIGNATED_PORT}
 * @param designatedCost {@code IFLA_BRPORT_DESIGNATED_COST}
 * @param id {@code IFLA_BRPORT_ID}: port id (priority and number)
 * @param no {@code IFLA_BRPORT_NO}: port number
 * @param topologyChangeAck {@code IFLA_BRPORT_TOPOLOGY_CHANGE_ACK}
 * @param configPending {@code IFLA_BRPORT_CONFIG_PENDING}
 * @param vlanTunnel {@code IFLA_BRPORT_VLAN_TUNNEL}
 * @param groupFwdMask {@code IFLA_BRPORT_GROUP_FWD_MASK}
 * @param neighSuppress {@code IFLA_BRPORT_NEIGH_SUPPRESS}: ARP/ND suppression
 * @param mrpRingOpen {@code IFLA_BRPORT_MRP_RING_OPEN}
 * @param mrpInOpen {@code IFLA_BRPORT_MRP_IN_OPEN}
 * @param isolated {@code IFLA_BRPORT_ISOLATED}: talks only to non-isolated ports
 * @param locked {@code IFLA_BRPORT_LOCKED} (Linux 5.18+)
 * @param mab {@code IFLA_BRPORT_MAB} (Linux 6.2+)
 * @param neighVlanSuppress {@code IFLA_BRPORT_NEIGH_VLAN_SUPPRESS} (Linux 6.7+)
 * @param messageAgeTimer {@code IFLA_BRPORT_MESSAGE_AGE_TIMER}
 * @param forwardDelayTimer {@code IFLA_BRPORT_FORWARD_DELAY_TIMER}
 * @param holdTimer {@code IFLA_BRPORT_HOLD_TIMER}
 * @param multicastRouter {@code IFLA_BRPORT_MULTICAST_ROUTER}: 0 disabled, 1 automatic,
 *     2 permanent, 3 temporary
 * @param mcastEhtHostsLimit {@code IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT}
 * @param mcastEhtHostsCnt {@code IFLA_BRPORT_MCAST_EHT_HOSTS_CNT}
 * @param mcastNGroups {@code IFLA_BRPORT_MCAST_N_GROUPS} (Linux 6.3+)
 * @param mcastMaxGroups {@code IFLA_BRPORT_MCAST_MAX_GROUPS} (Linux 6.3+)
 * @param backupPort {@code IFLA_BRPORT_BACKUP_PORT}: index of the backup port, if any
 * @param backupNhid {@code IFLA_BRPORT_BACKUP_NHID}, if any
 * @param unknown attributes this library does not model, as received
 */
public record BridgePortInfo(
        Integer state,
        Integer priority,
        Integer cost,
        Boolean hairpin,
        Boolean guard,
        Boolean rootBlock,
        Boolean fastLeave,
        Boolean mcastToUcast,
        Boolean learning,
        Boolean unicastFlood,
        Boolean mcastFlood,
        Boolean bcastFlood,
        Boolean proxyArp,
        Boolean proxyArpWifi,
        BridgeId rootId,
        BridgeId bridgeId,
        Integer designatedPort,
        Integer designatedCost,
        Integer id,
        Integer no,
        Boolean topologyChangeAck,
        Boolean configPending,
        Boolean vlanTunnel,
        Integer groupFwdMask,
        Boolean neighSuppress,
        Boolean mrpRingOpen,
        Boolean mrpInOpen,
        Boolean isolated,
        Boolean locked,
        Boolean mab,
        Boolean neighVlanSuppress,
        Duration messageAgeTimer,
        Duration forwardDelayTimer,
        Duration holdTimer,
        Integer multicastRouter,
        Integer mcastEhtHostsLimit,
        Integer mcastEhtHostsCnt,
        Integer mcastNGroups,
        Integer mcastMaxGroups,
        Integer backupPort,
        Integer backupNhid,
        List<RawAttribute> unknown) implements LinkInfoData {

    /** The {@code IFLA_BRPORT_*} table, in the kernel's emission order. */
    public static final AttributeSetCodec<BridgePortInfo> CODEC = AttributeSetCodec
            .builder(BridgePortInfo.class, IflaBrport.SPACE)
            .u8("state", IflaBrport.STATE)
            .u16("priority", IflaBrport.PRIORITY)
            .u32("cost", IflaBrport.COST)
            .attr("hairpin", IflaBrport.MODE, BridgeCodecs.BOOL)
            .attr("guard", IflaBrport.GUARD, BridgeCodecs.BOOL)
            .attr("rootBlock", IflaBrport.PROTECT, BridgeCodecs.BOOL)
            .attr("fastLeave", IflaBrport.FAST_LEAVE, BridgeCodecs.BOOL)
            .attr("mcastToUcast", IflaBrport.MCAST_TO_UCAST, BridgeCodecs.BOOL)
            .attr("learning", IflaBrport.LEARNING, BridgeCodecs.BOOL)
            .attr("unicastFlood", IflaBrport.UNICAST_FLOOD, BridgeCodecs.BOOL)
            .attr("mcastFlood", IflaBrport.MCAST_FLOOD, BridgeCodecs.BOOL)
            .attr("bcastFlood", IflaBrport.BCAST_FLOOD, BridgeCodecs.BOOL)
            .attr("proxyArp", IflaBrport.PROXYARP, BridgeCodecs.BOOL)
            .attr("proxyArpWifi", IflaBrport.PROXYARP_WIFI, BridgeCodecs.BOOL)
            .attr("rootId", IflaBrport.ROOT_ID, BridgeCodecs.BRIDGE_ID)
            .attr("bridgeId", IflaBrport.BRIDGE_ID, BridgeCodecs.BRIDGE_ID)
            .u16("designatedPort", IflaBrport.DESIGNATED_PORT)
            .u16("designatedCost", IflaBrport.DESIGNATED_COST)
            .u16("id", IflaBrport.ID)
            .u16("no", IflaBrport.NO)
            .attr("topologyChangeAck", IflaBrport.TOPOLOGY_CHANGE_ACK, BridgeCodecs.BOOL)
            .attr("configPending", IflaBrport.CONFIG_PENDING, BridgeCodecs.BOOL)
            .attr("vlanTunnel", IflaBrport.VLAN_TUNNEL, BridgeCodecs.BOOL)
            .u16("groupFwdMask", IflaBrport.GROUP_FWD_MASK)
            .attr("neighSuppress", IflaBrport.NEIGH_SUPPRESS, BridgeCodecs.BOOL)
            .attr("mrpRingOpen", IflaBrport.MRP_RING_OPEN, BridgeCodecs.BOOL)
            .attr("mrpInOpen", IflaBrport.MRP_IN_OPEN, BridgeCodecs.BOOL)
            .attr("isolated", IflaBrport.ISOLATED, BridgeCodecs.BOOL)
            .attr("locked", IflaBrport.LOCKED, BridgeCodecs.BOOL)
            .attr("mab", IflaBrport.MAB, BridgeCodecs.BOOL)
            .attr("neighVlanSuppress", IflaBrport.NEIGH_VLAN_SUPPRESS, BridgeCodecs.BOOL)
            .attr("messageAgeTimer", IflaBrport.MESSAGE_AGE_TIMER, BridgeCodecs.CENTIS_U64)
            .attr("forwardDelayTimer", IflaBrport.FORWARD_DELAY_TIMER, BridgeCodecs.CENTIS_U64)
            .attr("holdTimer", IflaBrport.HOLD_TIMER, BridgeCodecs.CENTIS_U64)
            .u8("multicastRouter", IflaBrport.MULTICAST_ROUTER)
            .u32("mcastEhtHostsLimit", IflaBrport.MCAST_EHT_HOSTS_LIMIT)
            .u32("mcastEhtHostsCnt", IflaBrport.MCAST_EHT_HOSTS_CNT)
            .u32("mcastNGroups", IflaBrport.MCAST_N_GROUPS)
            .u32("mcastMaxGroups", IflaBrport.MCAST_MAX_GROUPS)
            .u32("backupPort", IflaBrport.BACKUP_PORT)
            .u32("backupNhid", IflaBrport.BACKUP_NHID)
            .unknown("unknown")
            .build(v -> new BridgePortInfo(v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next()));

    /** @return the spanning-tree state's name as {@code bridge link show} prints it */
    public String stateName() {
        return state == null ? null : stateName(state);
    }

    /**
     * @param state a {@code BR_STATE_*} value
     * @return {@code disabled}, {@code listening}, {@code learning}, {@code forwarding},
     *     {@code blocking}, or the number
     */
    public static String stateName(int state) {
        return switch (state) {
            case 0 -> "disabled";
            case 1 -> "listening";
            case 2 -> "learning";
            case 3 -> "forwarding";
            case 4 -> "blocking";
            default -> Integer.toString(state);
        };
    }
}

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

    /** @return a builder with every component absent (null) and no unknown attributes */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link BridgePortInfo} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private Integer state;
        private Integer priority;
        private Integer cost;
        private Boolean hairpin;
        private Boolean guard;
        private Boolean rootBlock;
        private Boolean fastLeave;
        private Boolean mcastToUcast;
        private Boolean learning;
        private Boolean unicastFlood;
        private Boolean mcastFlood;
        private Boolean bcastFlood;
        private Boolean proxyArp;
        private Boolean proxyArpWifi;
        private BridgeId rootId;
        private BridgeId bridgeId;
        private Integer designatedPort;
        private Integer designatedCost;
        private Integer id;
        private Integer no;
        private Boolean topologyChangeAck;
        private Boolean configPending;
        private Boolean vlanTunnel;
        private Integer groupFwdMask;
        private Boolean neighSuppress;
        private Boolean mrpRingOpen;
        private Boolean mrpInOpen;
        private Boolean isolated;
        private Boolean locked;
        private Boolean mab;
        private Boolean neighVlanSuppress;
        private Duration messageAgeTimer;
        private Duration forwardDelayTimer;
        private Duration holdTimer;
        private Integer multicastRouter;
        private Integer mcastEhtHostsLimit;
        private Integer mcastEhtHostsCnt;
        private Integer mcastNGroups;
        private Integer mcastMaxGroups;
        private Integer backupPort;
        private Integer backupNhid;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(BridgePortInfo r) {
            state = r.state;
            priority = r.priority;
            cost = r.cost;
            hairpin = r.hairpin;
            guard = r.guard;
            rootBlock = r.rootBlock;
            fastLeave = r.fastLeave;
            mcastToUcast = r.mcastToUcast;
            learning = r.learning;
            unicastFlood = r.unicastFlood;
            mcastFlood = r.mcastFlood;
            bcastFlood = r.bcastFlood;
            proxyArp = r.proxyArp;
            proxyArpWifi = r.proxyArpWifi;
            rootId = r.rootId;
            bridgeId = r.bridgeId;
            designatedPort = r.designatedPort;
            designatedCost = r.designatedCost;
            id = r.id;
            no = r.no;
            topologyChangeAck = r.topologyChangeAck;
            configPending = r.configPending;
            vlanTunnel = r.vlanTunnel;
            groupFwdMask = r.groupFwdMask;
            neighSuppress = r.neighSuppress;
            mrpRingOpen = r.mrpRingOpen;
            mrpInOpen = r.mrpInOpen;
            isolated = r.isolated;
            locked = r.locked;
            mab = r.mab;
            neighVlanSuppress = r.neighVlanSuppress;
            messageAgeTimer = r.messageAgeTimer;
            forwardDelayTimer = r.forwardDelayTimer;
            holdTimer = r.holdTimer;
            multicastRouter = r.multicastRouter;
            mcastEhtHostsLimit = r.mcastEhtHostsLimit;
            mcastEhtHostsCnt = r.mcastEhtHostsCnt;
            mcastNGroups = r.mcastNGroups;
            mcastMaxGroups = r.mcastMaxGroups;
            backupPort = r.backupPort;
            backupNhid = r.backupNhid;
            unknown = r.unknown;
        }

        /**
         * @param state {@code IFLA_BRPORT_STATE}: 0 disabled, 1 listening, 2 learning, 3
         *     forwarding, 4 blocking
         * @return this builder
         */
        public Builder state(Integer state) {
            this.state = state;
            return this;
        }

        /**
         * @param priority {@code IFLA_BRPORT_PRIORITY}: 0 to 63 ({@code brctl setportprio})
         * @return this builder
         */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /**
         * @param cost {@code IFLA_BRPORT_COST}: path cost, 1 to 65535 ({@code brctl setpathcost})
         * @return this builder
         */
        public Builder cost(Integer cost) {
            this.cost = cost;
            return this;
        }

        /**
         * @param hairpin {@code IFLA_BRPORT_MODE}: hairpin mode, frames may go back out this port
         * @return this builder
         */
        public Builder hairpin(Boolean hairpin) {
            this.hairpin = hairpin;
            return this;
        }

        /**
         * @param guard {@code IFLA_BRPORT_GUARD}: BPDU guard
         * @return this builder
         */
        public Builder guard(Boolean guard) {
            this.guard = guard;
            return this;
        }

        /**
         * @param rootBlock {@code IFLA_BRPORT_PROTECT}: root port protection ({@code root_block})
         * @return this builder
         */
        public Builder rootBlock(Boolean rootBlock) {
            this.rootBlock = rootBlock;
            return this;
        }

        /**
         * @param fastLeave {@code IFLA_BRPORT_FAST_LEAVE}: multicast fast leave
         * @return this builder
         */
        public Builder fastLeave(Boolean fastLeave) {
            this.fastLeave = fastLeave;
            return this;
        }

        /**
         * @param mcastToUcast {@code IFLA_BRPORT_MCAST_TO_UCAST}
         * @return this builder
         */
        public Builder mcastToUcast(Boolean mcastToUcast) {
            this.mcastToUcast = mcastToUcast;
            return this;
        }

        /**
         * @param learning {@code IFLA_BRPORT_LEARNING}: learn source MACs into the FDB
         * @return this builder
         */
        public Builder learning(Boolean learning) {
            this.learning = learning;
            return this;
        }

        /**
         * @param unicastFlood {@code IFLA_BRPORT_UNICAST_FLOOD}: flood unknown unicast here ({@code
         *     flood})
         * @return this builder
         */
        public Builder unicastFlood(Boolean unicastFlood) {
            this.unicastFlood = unicastFlood;
            return this;
        }

        /**
         * @param mcastFlood {@code IFLA_BRPORT_MCAST_FLOOD}
         * @return this builder
         */
        public Builder mcastFlood(Boolean mcastFlood) {
            this.mcastFlood = mcastFlood;
            return this;
        }

        /**
         * @param bcastFlood {@code IFLA_BRPORT_BCAST_FLOOD}
         * @return this builder
         */
        public Builder bcastFlood(Boolean bcastFlood) {
            this.bcastFlood = bcastFlood;
            return this;
        }

        /**
         * @param proxyArp {@code IFLA_BRPORT_PROXYARP}
         * @return this builder
         */
        public Builder proxyArp(Boolean proxyArp) {
            this.proxyArp = proxyArp;
            return this;
        }

        /**
         * @param proxyArpWifi {@code IFLA_BRPORT_PROXYARP_WIFI}
         * @return this builder
         */
        public Builder proxyArpWifi(Boolean proxyArpWifi) {
            this.proxyArpWifi = proxyArpWifi;
            return this;
        }

        /**
         * @param rootId {@code IFLA_BRPORT_ROOT_ID}: designated root
         * @return this builder
         */
        public Builder rootId(BridgeId rootId) {
            this.rootId = rootId;
            return this;
        }

        /**
         * @param bridgeId {@code IFLA_BRPORT_BRIDGE_ID}: designated bridge
         * @return this builder
         */
        public Builder bridgeId(BridgeId bridgeId) {
            this.bridgeId = bridgeId;
            return this;
        }

        /**
         * @param designatedPort {@code IFLA_BRPORT_DESIGNATED_PORT}
         * @return this builder
         */
        public Builder designatedPort(Integer designatedPort) {
            this.designatedPort = designatedPort;
            return this;
        }

        /**
         * @param designatedCost {@code IFLA_BRPORT_DESIGNATED_COST}
         * @return this builder
         */
        public Builder designatedCost(Integer designatedCost) {
            this.designatedCost = designatedCost;
            return this;
        }

        /**
         * @param id {@code IFLA_BRPORT_ID}: port id (priority and number)
         * @return this builder
         */
        public Builder id(Integer id) {
            this.id = id;
            return this;
        }

        /**
         * @param no {@code IFLA_BRPORT_NO}: port number
         * @return this builder
         */
        public Builder no(Integer no) {
            this.no = no;
            return this;
        }

        /**
         * @param topologyChangeAck {@code IFLA_BRPORT_TOPOLOGY_CHANGE_ACK}
         * @return this builder
         */
        public Builder topologyChangeAck(Boolean topologyChangeAck) {
            this.topologyChangeAck = topologyChangeAck;
            return this;
        }

        /**
         * @param configPending {@code IFLA_BRPORT_CONFIG_PENDING}
         * @return this builder
         */
        public Builder configPending(Boolean configPending) {
            this.configPending = configPending;
            return this;
        }

        /**
         * @param vlanTunnel {@code IFLA_BRPORT_VLAN_TUNNEL}
         * @return this builder
         */
        public Builder vlanTunnel(Boolean vlanTunnel) {
            this.vlanTunnel = vlanTunnel;
            return this;
        }

        /**
         * @param groupFwdMask {@code IFLA_BRPORT_GROUP_FWD_MASK}
         * @return this builder
         */
        public Builder groupFwdMask(Integer groupFwdMask) {
            this.groupFwdMask = groupFwdMask;
            return this;
        }

        /**
         * @param neighSuppress {@code IFLA_BRPORT_NEIGH_SUPPRESS}: ARP/ND suppression
         * @return this builder
         */
        public Builder neighSuppress(Boolean neighSuppress) {
            this.neighSuppress = neighSuppress;
            return this;
        }

        /**
         * @param mrpRingOpen {@code IFLA_BRPORT_MRP_RING_OPEN}
         * @return this builder
         */
        public Builder mrpRingOpen(Boolean mrpRingOpen) {
            this.mrpRingOpen = mrpRingOpen;
            return this;
        }

        /**
         * @param mrpInOpen {@code IFLA_BRPORT_MRP_IN_OPEN}
         * @return this builder
         */
        public Builder mrpInOpen(Boolean mrpInOpen) {
            this.mrpInOpen = mrpInOpen;
            return this;
        }

        /**
         * @param isolated {@code IFLA_BRPORT_ISOLATED}: talks only to non-isolated ports
         * @return this builder
         */
        public Builder isolated(Boolean isolated) {
            this.isolated = isolated;
            return this;
        }

        /**
         * @param locked {@code IFLA_BRPORT_LOCKED} (Linux 5.18+)
         * @return this builder
         */
        public Builder locked(Boolean locked) {
            this.locked = locked;
            return this;
        }

        /**
         * @param mab {@code IFLA_BRPORT_MAB} (Linux 6.2+)
         * @return this builder
         */
        public Builder mab(Boolean mab) {
            this.mab = mab;
            return this;
        }

        /**
         * @param neighVlanSuppress {@code IFLA_BRPORT_NEIGH_VLAN_SUPPRESS} (Linux 6.7+)
         * @return this builder
         */
        public Builder neighVlanSuppress(Boolean neighVlanSuppress) {
            this.neighVlanSuppress = neighVlanSuppress;
            return this;
        }

        /**
         * @param messageAgeTimer {@code IFLA_BRPORT_MESSAGE_AGE_TIMER}
         * @return this builder
         */
        public Builder messageAgeTimer(Duration messageAgeTimer) {
            this.messageAgeTimer = messageAgeTimer;
            return this;
        }

        /**
         * @param forwardDelayTimer {@code IFLA_BRPORT_FORWARD_DELAY_TIMER}
         * @return this builder
         */
        public Builder forwardDelayTimer(Duration forwardDelayTimer) {
            this.forwardDelayTimer = forwardDelayTimer;
            return this;
        }

        /**
         * @param holdTimer {@code IFLA_BRPORT_HOLD_TIMER}
         * @return this builder
         */
        public Builder holdTimer(Duration holdTimer) {
            this.holdTimer = holdTimer;
            return this;
        }

        /**
         * @param multicastRouter {@code IFLA_BRPORT_MULTICAST_ROUTER}: 0 disabled, 1 automatic, 2
         *     permanent, 3 temporary
         * @return this builder
         */
        public Builder multicastRouter(Integer multicastRouter) {
            this.multicastRouter = multicastRouter;
            return this;
        }

        /**
         * @param mcastEhtHostsLimit {@code IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT}
         * @return this builder
         */
        public Builder mcastEhtHostsLimit(Integer mcastEhtHostsLimit) {
            this.mcastEhtHostsLimit = mcastEhtHostsLimit;
            return this;
        }

        /**
         * @param mcastEhtHostsCnt {@code IFLA_BRPORT_MCAST_EHT_HOSTS_CNT}
         * @return this builder
         */
        public Builder mcastEhtHostsCnt(Integer mcastEhtHostsCnt) {
            this.mcastEhtHostsCnt = mcastEhtHostsCnt;
            return this;
        }

        /**
         * @param mcastNGroups {@code IFLA_BRPORT_MCAST_N_GROUPS} (Linux 6.3+)
         * @return this builder
         */
        public Builder mcastNGroups(Integer mcastNGroups) {
            this.mcastNGroups = mcastNGroups;
            return this;
        }

        /**
         * @param mcastMaxGroups {@code IFLA_BRPORT_MCAST_MAX_GROUPS} (Linux 6.3+)
         * @return this builder
         */
        public Builder mcastMaxGroups(Integer mcastMaxGroups) {
            this.mcastMaxGroups = mcastMaxGroups;
            return this;
        }

        /**
         * @param backupPort {@code IFLA_BRPORT_BACKUP_PORT}: index of the backup port, if any
         * @return this builder
         */
        public Builder backupPort(Integer backupPort) {
            this.backupPort = backupPort;
            return this;
        }

        /**
         * @param backupNhid {@code IFLA_BRPORT_BACKUP_NHID}, if any
         * @return this builder
         */
        public Builder backupNhid(Integer backupNhid) {
            this.backupNhid = backupNhid;
            return this;
        }

        /**
         * @param unknown attributes this library does not model, as received
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link BridgePortInfo} */
        public BridgePortInfo build() {
            return new BridgePortInfo(state, priority, cost, hairpin, guard, rootBlock, fastLeave,
                    mcastToUcast, learning, unicastFlood, mcastFlood, bcastFlood, proxyArp,
                    proxyArpWifi, rootId, bridgeId, designatedPort, designatedCost, id, no,
                    topologyChangeAck, configPending, vlanTunnel, groupFwdMask, neighSuppress,
                    mrpRingOpen, mrpInOpen, isolated, locked, mab, neighVlanSuppress,
                    messageAgeTimer, forwardDelayTimer, holdTimer, multicastRouter,
                    mcastEhtHostsLimit, mcastEhtHostsCnt, mcastNGroups, mcastMaxGroups, backupPort,
                    backupNhid, unknown);
        }
    }
}

package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import java.time.Duration;
import java.util.List;

/**
 * A bridge's settings and spanning-tree state: the {@code IFLA_INFO_DATA} of kind
 * {@code bridge}, what {@code ip -d link show type bridge} prints on its {@code bridge} line.
 * Components are the {@code IFLA_BR_*} attributes in the order the kernel sends them
 * ({@code br_fill_info}, Linux 6.18); an attribute the kernel did not send is null (the VLAN
 * ones are missing on kernels built without {@code CONFIG_BRIDGE_VLAN_FILTERING}, the
 * multicast ones without {@code CONFIG_BRIDGE_IGMP_SNOOPING}). Attributes this library does
 * not model are kept in {@link #unknown()}.
 *
 * <p>Timers and intervals, centiseconds on the wire, are {@link Duration}s here.
 *
 * <p>The same record is the {@code IFLA_INFO_DATA} of a request: only the non-null components
 * are sent. Build requests with {@code BridgeOptions} rather than by hand.
 *
 * @param helloTimer {@code IFLA_BR_HELLO_TIMER}: time left before the next hello
 * @param tcnTimer {@code IFLA_BR_TCN_TIMER}: topology change notification timer
 * @param topologyChangeTimer {@code IFLA_BR_TOPOLOGY_CHANGE_TIMER}
 * @param gcTimer {@code IFLA_BR_GC_TIMER}: time left before the next FDB garbage collection
 * @param forwardDelay {@code IFLA_BR_FORWARD_DELAY} ({@code forward_delay}, {@code brctl setfd})
 * @param helloTime {@code IFLA_BR_HELLO_TIME} ({@code hello_time}, {@code brctl sethello})
 * @param maxAge {@code IFLA_BR_MAX_AGE} ({@code max_age}, {@code brctl setmaxage})
 * @param ageingTime {@code IFLA_BR_AGEING_TIME}: how long learned FDB entries live
 *     ({@code ageing_time}, {@code brctl setageing})
 * @param stpState {@code IFLA_BR_STP_STATE}: 0 off, 1 kernel STP, 2 user-space STP
 * @param priority {@code IFLA_BR_PRIORITY}: the bridge id's priority
 * @param vlanFiltering {@code IFLA_BR_VLAN_FILTERING}
 * @param groupFwdMask {@code IFLA_BR_GROUP_FWD_MASK}: link-local groups forwarded
 * @param bridgeId {@code IFLA_BR_BRIDGE_ID}: this bridge's id
 * @param rootId {@code IFLA_BR_ROOT_ID}: the designated root's id
 * @param rootPort {@code IFLA_BR_ROOT_PORT}: port number towards the root, 0 if root
 * @param rootPathCost {@code IFLA_BR_ROOT_PATH_COST}
 * @param topologyChange {@code IFLA_BR_TOPOLOGY_CHANGE}
 * @param topologyChangeDetected {@code IFLA_BR_TOPOLOGY_CHANGE_DETECTED}
 * @param groupAddr {@code IFLA_BR_GROUP_ADDR}: the STP group address
 * @param multiBoolopt {@code IFLA_BR_MULTI_BOOLOPT}: packed on/off options
 * @param fdbNLearned {@code IFLA_BR_FDB_N_LEARNED}: learned FDB entries (Linux 6.8+)
 * @param fdbMaxLearned {@code IFLA_BR_FDB_MAX_LEARNED}: their limit, 0 none (Linux 6.8+)
 * @param vlanProtocol {@code IFLA_BR_VLAN_PROTOCOL}: {@code 0x8100} (802.1Q) or
 *     {@code 0x88a8} (802.1ad)
 * @param vlanDefaultPvid {@code IFLA_BR_VLAN_DEFAULT_PVID}: PVID new ports get, 0 none
 * @param vlanStatsEnabled {@code IFLA_BR_VLAN_STATS_ENABLED}
 * @param vlanStatsPerPort {@code IFLA_BR_VLAN_STATS_PER_PORT}
 * @param mcastRouter {@code IFLA_BR_MCAST_ROUTER}: 0 disabled, 1 automatic, 2 permanent
 * @param mcastSnooping {@code IFLA_BR_MCAST_SNOOPING} ({@code mcast_snooping})
 * @param mcastQueryUseIfaddr {@code IFLA_BR_MCAST_QUERY_USE_IFADDR}
 * @param mcastQuerier {@code IFLA_BR_MCAST_QUERIER} ({@code mcast_querier})
 * @param mcastStatsEnabled {@code IFLA_BR_MCAST_STATS_ENABLED}
 * @param mcastHashElasticity {@code IFLA_BR_MCAST_HASH_ELASTICITY}
 * @param mcastHashMax {@code IFLA_BR_MCAST_HASH_MAX}
 * @param mcastLastMemberCnt {@code IFLA_BR_MCAST_LAST_MEMBER_CNT}
 * @param mcastStartupQueryCnt {@code IFLA_BR_MCAST_STARTUP_QUERY_CNT}
 * @param mcastIgmpVersion {@code IFLA_BR_MCAST_IGMP_VERSION}
 * @param mcastMldVersion {@code IFLA_BR_MCAST_MLD_VERSION}
 * @param mcastLastMemberIntvl {@code IFLA_BR_MCAST_LAST_MEMBER_INTVL}
 * @param mcastMembershipIntvl {@code IFLA_BR_MCAST_MEMBERSHIP_INTVL}
 * @param mcastQuerierIntvl {@code IFLA_BR_MCAST_QUERIER_INTVL}
 * @param mcastQueryIntvl {@code IFLA_BR_MCAST_QUERY_INTVL}
 * @param mcastQueryResponseIntvl {@code IFLA_BR_MCAST_QUERY_RESPONSE_INTVL}
 * @param mcastStartupQueryIntvl {@code IFLA_BR_MCAST_STARTUP_QUERY_INTVL}
 * @param mcastQuerierState {@code IFLA_BR_MCAST_QUERIER_STATE}, kept as bytes
 * @param nfCallIptables {@code IFLA_BR_NF_CALL_IPTABLES}
 * @param nfCallIp6tables {@code IFLA_BR_NF_CALL_IP6TABLES}
 * @param nfCallArptables {@code IFLA_BR_NF_CALL_ARPTABLES}
 * @param fdbFlush {@code IFLA_BR_FDB_FLUSH} (requests only): flush the bridge's FDB
 * @param unknown attributes this library does not model, as received
 */
public record BridgeInfo(
        Duration helloTimer,
        Duration tcnTimer,
        Duration topologyChangeTimer,
        Duration gcTimer,
        Duration forwardDelay,
        Duration helloTime,
        Duration maxAge,
        Duration ageingTime,
        Integer stpState,
        Integer priority,
        Boolean vlanFiltering,
        Integer groupFwdMask,
        BridgeId bridgeId,
        BridgeId rootId,
        Integer rootPort,
        Integer rootPathCost,
        Boolean topologyChange,
        Boolean topologyChangeDetected,
        MacAddress groupAddr,
        BoolOpts multiBoolopt,
        Integer fdbNLearned,
        Integer fdbMaxLearned,
        Integer vlanProtocol,
        Integer vlanDefaultPvid,
        Boolean vlanStatsEnabled,
        Boolean vlanStatsPerPort,
        Integer mcastRouter,
        Boolean mcastSnooping,
        Boolean mcastQueryUseIfaddr,
        Boolean mcastQuerier,
        Boolean mcastStatsEnabled,
        Integer mcastHashElasticity,
        Integer mcastHashMax,
        Integer mcastLastMemberCnt,
        Integer mcastStartupQueryCnt,
        Integer mcastIgmpVersion,
        Integer mcastMldVersion,
        Duration mcastLastMemberIntvl,
        Duration mcastMembershipIntvl,
        Duration mcastQuerierIntvl,
        Duration mcastQueryIntvl,
        Duration mcastQueryResponseIntvl,
        Duration mcastStartupQueryIntvl,
        Bytes mcastQuerierState,
        Boolean nfCallIptables,
        Boolean nfCallIp6tables,
        Boolean nfCallArptables,
        Boolean fdbFlush,
        List<RawAttribute> unknown) implements LinkInfoData {

    /** The {@code IFLA_BR_*} table, in the kernel's emission order. */
    public static final AttributeSetCodec<BridgeInfo> CODEC = AttributeSetCodec
            .builder(BridgeInfo.class, IflaBr.SPACE)
            .attr("helloTimer", IflaBr.HELLO_TIMER, BridgeCodecs.CENTIS_U64)
            .attr("tcnTimer", IflaBr.TCN_TIMER, BridgeCodecs.CENTIS_U64)
            .attr("topologyChangeTimer", IflaBr.TOPOLOGY_CHANGE_TIMER, BridgeCodecs.CENTIS_U64)
            .attr("gcTimer", IflaBr.GC_TIMER, BridgeCodecs.CENTIS_U64)
            .attr("forwardDelay", IflaBr.FORWARD_DELAY, BridgeCodecs.CENTIS_U32)
            .attr("helloTime", IflaBr.HELLO_TIME, BridgeCodecs.CENTIS_U32)
            .attr("maxAge", IflaBr.MAX_AGE, BridgeCodecs.CENTIS_U32)
            .attr("ageingTime", IflaBr.AGEING_TIME, BridgeCodecs.CENTIS_U32)
            .u32("stpState", IflaBr.STP_STATE)
            .u16("priority", IflaBr.PRIORITY)
            .attr("vlanFiltering", IflaBr.VLAN_FILTERING, BridgeCodecs.BOOL)
            .u16("groupFwdMask", IflaBr.GROUP_FWD_MASK)
            .attr("bridgeId", IflaBr.BRIDGE_ID, BridgeCodecs.BRIDGE_ID)
            .attr("rootId", IflaBr.ROOT_ID, BridgeCodecs.BRIDGE_ID)
            .u16("rootPort", IflaBr.ROOT_PORT)
            .u32("rootPathCost", IflaBr.ROOT_PATH_COST)
            .attr("topologyChange", IflaBr.TOPOLOGY_CHANGE, BridgeCodecs.BOOL)
            .attr("topologyChangeDetected", IflaBr.TOPOLOGY_CHANGE_DETECTED, BridgeCodecs.BOOL)
            .mac("groupAddr", IflaBr.GROUP_ADDR)
            .attr("multiBoolopt", IflaBr.MULTI_BOOLOPT, BridgeCodecs.BOOL_OPTS)
            .u32("fdbNLearned", IflaBr.FDB_N_LEARNED)
            .u32("fdbMaxLearned", IflaBr.FDB_MAX_LEARNED)
            .be16("vlanProtocol", IflaBr.VLAN_PROTOCOL)
            .u16("vlanDefaultPvid", IflaBr.VLAN_DEFAULT_PVID)
            .attr("vlanStatsEnabled", IflaBr.VLAN_STATS_ENABLED, BridgeCodecs.BOOL)
            .attr("vlanStatsPerPort", IflaBr.VLAN_STATS_PER_PORT, BridgeCodecs.BOOL)
            .u8("mcastRouter", IflaBr.MCAST_ROUTER)
            .attr("mcastSnooping", IflaBr.MCAST_SNOOPING, BridgeCodecs.BOOL)
            .attr("mcastQueryUseIfaddr", IflaBr.MCAST_QUERY_USE_IFADDR, BridgeCodecs.BOOL)
            .attr("mcastQuerier", IflaBr.MCAST_QUERIER, BridgeCodecs.BOOL)
            .attr("mcastStatsEnabled", IflaBr.MCAST_STATS_ENABLED, BridgeCodecs.BOOL)
            .u32("mcastHashElasticity", IflaBr.MCAST_HASH_ELASTICITY)
            .u32("mcastHashMax", IflaBr.MCAST_HASH_MAX)
            .u32("mcastLastMemberCnt", IflaBr.MCAST_LAST_MEMBER_CNT)
            .u32("mcastStartupQueryCnt", IflaBr.MCAST_STARTUP_QUERY_CNT)
            .u8("mcastIgmpVersion", IflaBr.MCAST_IGMP_VERSION)
            .u8("mcastMldVersion", IflaBr.MCAST_MLD_VERSION)
            .attr("mcastLastMemberIntvl", IflaBr.MCAST_LAST_MEMBER_INTVL, BridgeCodecs.CENTIS_U64)
            .attr("mcastMembershipIntvl", IflaBr.MCAST_MEMBERSHIP_INTVL, BridgeCodecs.CENTIS_U64)
            .attr("mcastQuerierIntvl", IflaBr.MCAST_QUERIER_INTVL, BridgeCodecs.CENTIS_U64)
            .attr("mcastQueryIntvl", IflaBr.MCAST_QUERY_INTVL, BridgeCodecs.CENTIS_U64)
            .attr("mcastQueryResponseIntvl", IflaBr.MCAST_QUERY_RESPONSE_INTVL,
                    BridgeCodecs.CENTIS_U64)
            .attr("mcastStartupQueryIntvl", IflaBr.MCAST_STARTUP_QUERY_INTVL,
                    BridgeCodecs.CENTIS_U64)
            .bytes("mcastQuerierState", IflaBr.MCAST_QUERIER_STATE | Nla.F_NESTED)
            .attr("nfCallIptables", IflaBr.NF_CALL_IPTABLES, BridgeCodecs.BOOL)
            .attr("nfCallIp6tables", IflaBr.NF_CALL_IP6TABLES, BridgeCodecs.BOOL)
            .attr("nfCallArptables", IflaBr.NF_CALL_ARPTABLES, BridgeCodecs.BOOL)
            .flag("fdbFlush", IflaBr.FDB_FLUSH)
            .unknown("unknown")
            .build(v -> new BridgeInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next()));

    /** Nothing set: the starting point of a request that changes a few settings. */
    public static final BridgeInfo EMPTY = builder().build();

    /** @return true if spanning tree is on ({@code brctl show}: STP enabled {@code yes}) */
    public boolean stpEnabled() {
        return stpState != null && stpState != 0;
    }

    /** @return true if this bridge is the spanning-tree root (its id is the root id) */
    public boolean isRoot() {
        return bridgeId != null && bridgeId.equals(rootId);
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
     * Builds a {@link BridgeInfo} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private Duration helloTimer;
        private Duration tcnTimer;
        private Duration topologyChangeTimer;
        private Duration gcTimer;
        private Duration forwardDelay;
        private Duration helloTime;
        private Duration maxAge;
        private Duration ageingTime;
        private Integer stpState;
        private Integer priority;
        private Boolean vlanFiltering;
        private Integer groupFwdMask;
        private BridgeId bridgeId;
        private BridgeId rootId;
        private Integer rootPort;
        private Integer rootPathCost;
        private Boolean topologyChange;
        private Boolean topologyChangeDetected;
        private MacAddress groupAddr;
        private BoolOpts multiBoolopt;
        private Integer fdbNLearned;
        private Integer fdbMaxLearned;
        private Integer vlanProtocol;
        private Integer vlanDefaultPvid;
        private Boolean vlanStatsEnabled;
        private Boolean vlanStatsPerPort;
        private Integer mcastRouter;
        private Boolean mcastSnooping;
        private Boolean mcastQueryUseIfaddr;
        private Boolean mcastQuerier;
        private Boolean mcastStatsEnabled;
        private Integer mcastHashElasticity;
        private Integer mcastHashMax;
        private Integer mcastLastMemberCnt;
        private Integer mcastStartupQueryCnt;
        private Integer mcastIgmpVersion;
        private Integer mcastMldVersion;
        private Duration mcastLastMemberIntvl;
        private Duration mcastMembershipIntvl;
        private Duration mcastQuerierIntvl;
        private Duration mcastQueryIntvl;
        private Duration mcastQueryResponseIntvl;
        private Duration mcastStartupQueryIntvl;
        private Bytes mcastQuerierState;
        private Boolean nfCallIptables;
        private Boolean nfCallIp6tables;
        private Boolean nfCallArptables;
        private Boolean fdbFlush;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(BridgeInfo r) {
            helloTimer = r.helloTimer;
            tcnTimer = r.tcnTimer;
            topologyChangeTimer = r.topologyChangeTimer;
            gcTimer = r.gcTimer;
            forwardDelay = r.forwardDelay;
            helloTime = r.helloTime;
            maxAge = r.maxAge;
            ageingTime = r.ageingTime;
            stpState = r.stpState;
            priority = r.priority;
            vlanFiltering = r.vlanFiltering;
            groupFwdMask = r.groupFwdMask;
            bridgeId = r.bridgeId;
            rootId = r.rootId;
            rootPort = r.rootPort;
            rootPathCost = r.rootPathCost;
            topologyChange = r.topologyChange;
            topologyChangeDetected = r.topologyChangeDetected;
            groupAddr = r.groupAddr;
            multiBoolopt = r.multiBoolopt;
            fdbNLearned = r.fdbNLearned;
            fdbMaxLearned = r.fdbMaxLearned;
            vlanProtocol = r.vlanProtocol;
            vlanDefaultPvid = r.vlanDefaultPvid;
            vlanStatsEnabled = r.vlanStatsEnabled;
            vlanStatsPerPort = r.vlanStatsPerPort;
            mcastRouter = r.mcastRouter;
            mcastSnooping = r.mcastSnooping;
            mcastQueryUseIfaddr = r.mcastQueryUseIfaddr;
            mcastQuerier = r.mcastQuerier;
            mcastStatsEnabled = r.mcastStatsEnabled;
            mcastHashElasticity = r.mcastHashElasticity;
            mcastHashMax = r.mcastHashMax;
            mcastLastMemberCnt = r.mcastLastMemberCnt;
            mcastStartupQueryCnt = r.mcastStartupQueryCnt;
            mcastIgmpVersion = r.mcastIgmpVersion;
            mcastMldVersion = r.mcastMldVersion;
            mcastLastMemberIntvl = r.mcastLastMemberIntvl;
            mcastMembershipIntvl = r.mcastMembershipIntvl;
            mcastQuerierIntvl = r.mcastQuerierIntvl;
            mcastQueryIntvl = r.mcastQueryIntvl;
            mcastQueryResponseIntvl = r.mcastQueryResponseIntvl;
            mcastStartupQueryIntvl = r.mcastStartupQueryIntvl;
            mcastQuerierState = r.mcastQuerierState;
            nfCallIptables = r.nfCallIptables;
            nfCallIp6tables = r.nfCallIp6tables;
            nfCallArptables = r.nfCallArptables;
            fdbFlush = r.fdbFlush;
            unknown = r.unknown;
        }

        /**
         * @param helloTimer {@code IFLA_BR_HELLO_TIMER}: time left before the next hello
         * @return this builder
         */
        public Builder helloTimer(Duration helloTimer) {
            this.helloTimer = helloTimer;
            return this;
        }

        /**
         * @param tcnTimer {@code IFLA_BR_TCN_TIMER}: topology change notification timer
         * @return this builder
         */
        public Builder tcnTimer(Duration tcnTimer) {
            this.tcnTimer = tcnTimer;
            return this;
        }

        /**
         * @param topologyChangeTimer {@code IFLA_BR_TOPOLOGY_CHANGE_TIMER}
         * @return this builder
         */
        public Builder topologyChangeTimer(Duration topologyChangeTimer) {
            this.topologyChangeTimer = topologyChangeTimer;
            return this;
        }

        /**
         * @param gcTimer {@code IFLA_BR_GC_TIMER}: time left before the next FDB garbage collection
         * @return this builder
         */
        public Builder gcTimer(Duration gcTimer) {
            this.gcTimer = gcTimer;
            return this;
        }

        /**
         * @param forwardDelay {@code IFLA_BR_FORWARD_DELAY} ({@code forward_delay}, {@code brctl
         *     setfd})
         * @return this builder
         */
        public Builder forwardDelay(Duration forwardDelay) {
            this.forwardDelay = forwardDelay;
            return this;
        }

        /**
         * @param helloTime {@code IFLA_BR_HELLO_TIME} ({@code hello_time}, {@code brctl sethello})
         * @return this builder
         */
        public Builder helloTime(Duration helloTime) {
            this.helloTime = helloTime;
            return this;
        }

        /**
         * @param maxAge {@code IFLA_BR_MAX_AGE} ({@code max_age}, {@code brctl setmaxage})
         * @return this builder
         */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        /**
         * @param ageingTime {@code IFLA_BR_AGEING_TIME}: how long learned FDB entries live ({@code
         *     ageing_time}, {@code brctl setageing})
         * @return this builder
         */
        public Builder ageingTime(Duration ageingTime) {
            this.ageingTime = ageingTime;
            return this;
        }

        /**
         * @param stpState {@code IFLA_BR_STP_STATE}: 0 off, 1 kernel STP, 2 user-space STP
         * @return this builder
         */
        public Builder stpState(Integer stpState) {
            this.stpState = stpState;
            return this;
        }

        /**
         * @param priority {@code IFLA_BR_PRIORITY}: the bridge id's priority
         * @return this builder
         */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /**
         * @param vlanFiltering {@code IFLA_BR_VLAN_FILTERING}
         * @return this builder
         */
        public Builder vlanFiltering(Boolean vlanFiltering) {
            this.vlanFiltering = vlanFiltering;
            return this;
        }

        /**
         * @param groupFwdMask {@code IFLA_BR_GROUP_FWD_MASK}: link-local groups forwarded
         * @return this builder
         */
        public Builder groupFwdMask(Integer groupFwdMask) {
            this.groupFwdMask = groupFwdMask;
            return this;
        }

        /**
         * @param bridgeId {@code IFLA_BR_BRIDGE_ID}: this bridge's id
         * @return this builder
         */
        public Builder bridgeId(BridgeId bridgeId) {
            this.bridgeId = bridgeId;
            return this;
        }

        /**
         * @param rootId {@code IFLA_BR_ROOT_ID}: the designated root's id
         * @return this builder
         */
        public Builder rootId(BridgeId rootId) {
            this.rootId = rootId;
            return this;
        }

        /**
         * @param rootPort {@code IFLA_BR_ROOT_PORT}: port number towards the root, 0 if root
         * @return this builder
         */
        public Builder rootPort(Integer rootPort) {
            this.rootPort = rootPort;
            return this;
        }

        /**
         * @param rootPathCost {@code IFLA_BR_ROOT_PATH_COST}
         * @return this builder
         */
        public Builder rootPathCost(Integer rootPathCost) {
            this.rootPathCost = rootPathCost;
            return this;
        }

        /**
         * @param topologyChange {@code IFLA_BR_TOPOLOGY_CHANGE}
         * @return this builder
         */
        public Builder topologyChange(Boolean topologyChange) {
            this.topologyChange = topologyChange;
            return this;
        }

        /**
         * @param topologyChangeDetected {@code IFLA_BR_TOPOLOGY_CHANGE_DETECTED}
         * @return this builder
         */
        public Builder topologyChangeDetected(Boolean topologyChangeDetected) {
            this.topologyChangeDetected = topologyChangeDetected;
            return this;
        }

        /**
         * @param groupAddr {@code IFLA_BR_GROUP_ADDR}: the STP group address
         * @return this builder
         */
        public Builder groupAddr(MacAddress groupAddr) {
            this.groupAddr = groupAddr;
            return this;
        }

        /**
         * @param multiBoolopt {@code IFLA_BR_MULTI_BOOLOPT}: packed on/off options
         * @return this builder
         */
        public Builder multiBoolopt(BoolOpts multiBoolopt) {
            this.multiBoolopt = multiBoolopt;
            return this;
        }

        /**
         * @param fdbNLearned {@code IFLA_BR_FDB_N_LEARNED}: learned FDB entries (Linux 6.8+)
         * @return this builder
         */
        public Builder fdbNLearned(Integer fdbNLearned) {
            this.fdbNLearned = fdbNLearned;
            return this;
        }

        /**
         * @param fdbMaxLearned {@code IFLA_BR_FDB_MAX_LEARNED}: their limit, 0 none (Linux 6.8+)
         * @return this builder
         */
        public Builder fdbMaxLearned(Integer fdbMaxLearned) {
            this.fdbMaxLearned = fdbMaxLearned;
            return this;
        }

        /**
         * @param vlanProtocol {@code IFLA_BR_VLAN_PROTOCOL}: {@code 0x8100} (802.1Q) or {@code
         *     0x88a8} (802.1ad)
         * @return this builder
         */
        public Builder vlanProtocol(Integer vlanProtocol) {
            this.vlanProtocol = vlanProtocol;
            return this;
        }

        /**
         * @param vlanDefaultPvid {@code IFLA_BR_VLAN_DEFAULT_PVID}: PVID new ports get, 0 none
         * @return this builder
         */
        public Builder vlanDefaultPvid(Integer vlanDefaultPvid) {
            this.vlanDefaultPvid = vlanDefaultPvid;
            return this;
        }

        /**
         * @param vlanStatsEnabled {@code IFLA_BR_VLAN_STATS_ENABLED}
         * @return this builder
         */
        public Builder vlanStatsEnabled(Boolean vlanStatsEnabled) {
            this.vlanStatsEnabled = vlanStatsEnabled;
            return this;
        }

        /**
         * @param vlanStatsPerPort {@code IFLA_BR_VLAN_STATS_PER_PORT}
         * @return this builder
         */
        public Builder vlanStatsPerPort(Boolean vlanStatsPerPort) {
            this.vlanStatsPerPort = vlanStatsPerPort;
            return this;
        }

        /**
         * @param mcastRouter {@code IFLA_BR_MCAST_ROUTER}: 0 disabled, 1 automatic, 2 permanent
         * @return this builder
         */
        public Builder mcastRouter(Integer mcastRouter) {
            this.mcastRouter = mcastRouter;
            return this;
        }

        /**
         * @param mcastSnooping {@code IFLA_BR_MCAST_SNOOPING} ({@code mcast_snooping})
         * @return this builder
         */
        public Builder mcastSnooping(Boolean mcastSnooping) {
            this.mcastSnooping = mcastSnooping;
            return this;
        }

        /**
         * @param mcastQueryUseIfaddr {@code IFLA_BR_MCAST_QUERY_USE_IFADDR}
         * @return this builder
         */
        public Builder mcastQueryUseIfaddr(Boolean mcastQueryUseIfaddr) {
            this.mcastQueryUseIfaddr = mcastQueryUseIfaddr;
            return this;
        }

        /**
         * @param mcastQuerier {@code IFLA_BR_MCAST_QUERIER} ({@code mcast_querier})
         * @return this builder
         */
        public Builder mcastQuerier(Boolean mcastQuerier) {
            this.mcastQuerier = mcastQuerier;
            return this;
        }

        /**
         * @param mcastStatsEnabled {@code IFLA_BR_MCAST_STATS_ENABLED}
         * @return this builder
         */
        public Builder mcastStatsEnabled(Boolean mcastStatsEnabled) {
            this.mcastStatsEnabled = mcastStatsEnabled;
            return this;
        }

        /**
         * @param mcastHashElasticity {@code IFLA_BR_MCAST_HASH_ELASTICITY}
         * @return this builder
         */
        public Builder mcastHashElasticity(Integer mcastHashElasticity) {
            this.mcastHashElasticity = mcastHashElasticity;
            return this;
        }

        /**
         * @param mcastHashMax {@code IFLA_BR_MCAST_HASH_MAX}
         * @return this builder
         */
        public Builder mcastHashMax(Integer mcastHashMax) {
            this.mcastHashMax = mcastHashMax;
            return this;
        }

        /**
         * @param mcastLastMemberCnt {@code IFLA_BR_MCAST_LAST_MEMBER_CNT}
         * @return this builder
         */
        public Builder mcastLastMemberCnt(Integer mcastLastMemberCnt) {
            this.mcastLastMemberCnt = mcastLastMemberCnt;
            return this;
        }

        /**
         * @param mcastStartupQueryCnt {@code IFLA_BR_MCAST_STARTUP_QUERY_CNT}
         * @return this builder
         */
        public Builder mcastStartupQueryCnt(Integer mcastStartupQueryCnt) {
            this.mcastStartupQueryCnt = mcastStartupQueryCnt;
            return this;
        }

        /**
         * @param mcastIgmpVersion {@code IFLA_BR_MCAST_IGMP_VERSION}
         * @return this builder
         */
        public Builder mcastIgmpVersion(Integer mcastIgmpVersion) {
            this.mcastIgmpVersion = mcastIgmpVersion;
            return this;
        }

        /**
         * @param mcastMldVersion {@code IFLA_BR_MCAST_MLD_VERSION}
         * @return this builder
         */
        public Builder mcastMldVersion(Integer mcastMldVersion) {
            this.mcastMldVersion = mcastMldVersion;
            return this;
        }

        /**
         * @param mcastLastMemberIntvl {@code IFLA_BR_MCAST_LAST_MEMBER_INTVL}
         * @return this builder
         */
        public Builder mcastLastMemberIntvl(Duration mcastLastMemberIntvl) {
            this.mcastLastMemberIntvl = mcastLastMemberIntvl;
            return this;
        }

        /**
         * @param mcastMembershipIntvl {@code IFLA_BR_MCAST_MEMBERSHIP_INTVL}
         * @return this builder
         */
        public Builder mcastMembershipIntvl(Duration mcastMembershipIntvl) {
            this.mcastMembershipIntvl = mcastMembershipIntvl;
            return this;
        }

        /**
         * @param mcastQuerierIntvl {@code IFLA_BR_MCAST_QUERIER_INTVL}
         * @return this builder
         */
        public Builder mcastQuerierIntvl(Duration mcastQuerierIntvl) {
            this.mcastQuerierIntvl = mcastQuerierIntvl;
            return this;
        }

        /**
         * @param mcastQueryIntvl {@code IFLA_BR_MCAST_QUERY_INTVL}
         * @return this builder
         */
        public Builder mcastQueryIntvl(Duration mcastQueryIntvl) {
            this.mcastQueryIntvl = mcastQueryIntvl;
            return this;
        }

        /**
         * @param mcastQueryResponseIntvl {@code IFLA_BR_MCAST_QUERY_RESPONSE_INTVL}
         * @return this builder
         */
        public Builder mcastQueryResponseIntvl(Duration mcastQueryResponseIntvl) {
            this.mcastQueryResponseIntvl = mcastQueryResponseIntvl;
            return this;
        }

        /**
         * @param mcastStartupQueryIntvl {@code IFLA_BR_MCAST_STARTUP_QUERY_INTVL}
         * @return this builder
         */
        public Builder mcastStartupQueryIntvl(Duration mcastStartupQueryIntvl) {
            this.mcastStartupQueryIntvl = mcastStartupQueryIntvl;
            return this;
        }

        /**
         * @param mcastQuerierState {@code IFLA_BR_MCAST_QUERIER_STATE}, kept as bytes
         * @return this builder
         */
        public Builder mcastQuerierState(Bytes mcastQuerierState) {
            this.mcastQuerierState = mcastQuerierState;
            return this;
        }

        /**
         * @param nfCallIptables {@code IFLA_BR_NF_CALL_IPTABLES}
         * @return this builder
         */
        public Builder nfCallIptables(Boolean nfCallIptables) {
            this.nfCallIptables = nfCallIptables;
            return this;
        }

        /**
         * @param nfCallIp6tables {@code IFLA_BR_NF_CALL_IP6TABLES}
         * @return this builder
         */
        public Builder nfCallIp6tables(Boolean nfCallIp6tables) {
            this.nfCallIp6tables = nfCallIp6tables;
            return this;
        }

        /**
         * @param nfCallArptables {@code IFLA_BR_NF_CALL_ARPTABLES}
         * @return this builder
         */
        public Builder nfCallArptables(Boolean nfCallArptables) {
            this.nfCallArptables = nfCallArptables;
            return this;
        }

        /**
         * @param fdbFlush {@code IFLA_BR_FDB_FLUSH} (requests only): flush the bridge's FDB
         * @return this builder
         */
        public Builder fdbFlush(Boolean fdbFlush) {
            this.fdbFlush = fdbFlush;
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

        /** @return the {@link BridgeInfo} */
        public BridgeInfo build() {
            return new BridgeInfo(helloTimer, tcnTimer, topologyChangeTimer, gcTimer, forwardDelay,
                    helloTime, maxAge, ageingTime, stpState, priority, vlanFiltering, groupFwdMask,
                    bridgeId, rootId, rootPort, rootPathCost, topologyChange,
                    topologyChangeDetected, groupAddr, multiBoolopt, fdbNLearned, fdbMaxLearned,
                    vlanProtocol, vlanDefaultPvid, vlanStatsEnabled, vlanStatsPerPort, mcastRouter,
                    mcastSnooping, mcastQueryUseIfaddr, mcastQuerier, mcastStatsEnabled,
                    mcastHashElasticity, mcastHashMax, mcastLastMemberCnt, mcastStartupQueryCnt,
                    mcastIgmpVersion, mcastMldVersion, mcastLastMemberIntvl, mcastMembershipIntvl,
                    mcastQuerierIntvl, mcastQueryIntvl, mcastQueryResponseIntvl,
                    mcastStartupQueryIntvl, mcastQuerierState, nfCallIptables, nfCallIp6tables,
                    nfCallArptables, fdbFlush, unknown);
        }
    }
}

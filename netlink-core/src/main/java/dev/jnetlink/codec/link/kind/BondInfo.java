package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A bond's {@code IFLA_INFO_DATA}: what {@code ip -d link show} prints after {@code bond}
 * ({@code mode 802.3ad miimon 100 updelay 0 downdelay 0 ... lacp_rate fast ad_select stable
 * ...}). Components are in the kernel's order ({@code bond_fill_info}); the enumerations are the
 * kernel's numbers, named by the tables here ({@link #MODES}, ...) as {@code ip} names them.
 *
 * @param mode {@code IFLA_BOND_MODE}: 0 balance-rr to 6 balance-alb ({@link #modeName()})
 * @param activeSlave {@code IFLA_BOND_ACTIVE_SLAVE}: index of the active port ({@code
 *     active_slave}); sent only when there is one
 * @param miimon {@code IFLA_BOND_MIIMON}: MII link monitoring interval, ms
 * @param updelay {@code IFLA_BOND_UPDELAY}: ms before a port that came up is used (a multiple of
 *     miimon)
 * @param downdelay {@code IFLA_BOND_DOWNDELAY}: ms before a port that went down is dropped
 * @param peerNotifyDelay {@code IFLA_BOND_PEER_NOTIF_DELAY}: ms between peer notifications
 * @param useCarrier {@code IFLA_BOND_USE_CARRIER}: 1 to read link state from the carrier
 * @param arpInterval {@code IFLA_BOND_ARP_INTERVAL}: ARP monitoring interval, ms
 * @param arpIpTarget {@code IFLA_BOND_ARP_IP_TARGET}: the IPv4 ARP targets, at most 16; sent only
 *     when there are some
 * @param arpValidate {@code IFLA_BOND_ARP_VALIDATE}: 0 none to 6 filter_backup
 * @param arpAllTargets {@code IFLA_BOND_ARP_ALL_TARGETS}: 0 any, 1 all
 * @param nsIp6Target {@code IFLA_BOND_NS_IP6_TARGET}: the IPv6 neighbour solicitation targets, at
 *     most 16
 * @param primary {@code IFLA_BOND_PRIMARY}: index of the primary port; sent only when there is one
 * @param primaryReselect {@code IFLA_BOND_PRIMARY_RESELECT}: 0 always, 1 better, 2 failure
 * @param failOverMac {@code IFLA_BOND_FAIL_OVER_MAC}: 0 none, 1 active, 2 follow
 * @param xmitHashPolicy {@code IFLA_BOND_XMIT_HASH_POLICY}: 0 layer2 to 5 vlan+srcmac
 * @param resendIgmp {@code IFLA_BOND_RESEND_IGMP}: IGMP reports after a failover
 * @param numPeerNotif {@code IFLA_BOND_NUM_PEER_NOTIF} ({@code num_grat_arp}, {@code num_unsol_na})
 * @param allSlavesActive {@code IFLA_BOND_ALL_SLAVES_ACTIVE}: 1 to deliver duplicate frames of
 *     inactive ports
 * @param minLinks {@code IFLA_BOND_MIN_LINKS}: ports up before the bond has carrier
 * @param lpInterval {@code IFLA_BOND_LP_INTERVAL}: seconds between learning packets
 * @param packetsPerSlave {@code IFLA_BOND_PACKETS_PER_SLAVE} (balance-rr)
 * @param lacpActive {@code IFLA_BOND_AD_LACP_ACTIVE}: 0 off, 1 on
 * @param lacpRate {@code IFLA_BOND_AD_LACP_RATE}: 0 slow, 1 fast
 * @param adSelect {@code IFLA_BOND_AD_SELECT}: 0 stable, 1 bandwidth, 2 count
 * @param tlbDynamicLb {@code IFLA_BOND_TLB_DYNAMIC_LB}
 * @param missedMax {@code IFLA_BOND_MISSED_MAX} ({@code arp_missed_max})
 * @param coupledControl {@code IFLA_BOND_COUPLED_CONTROL} (Linux 6.12+)
 * @param adActorSysPrio {@code IFLA_BOND_AD_ACTOR_SYS_PRIO} (802.3ad only)
 * @param adUserPortKey {@code IFLA_BOND_AD_USER_PORT_KEY} (802.3ad only)
 * @param adActorSystem {@code IFLA_BOND_AD_ACTOR_SYSTEM} (802.3ad only)
 * @param adInfo {@code IFLA_BOND_AD_INFO}: the active aggregator (802.3ad, once it has one)
 * @param unknown attributes not listed above
 */
public record BondInfo(Integer mode, Integer activeSlave, Integer miimon, Integer updelay,
        Integer downdelay, Integer peerNotifyDelay, Integer useCarrier, Integer arpInterval,
        List<InetAddress> arpIpTarget, Integer arpValidate, Integer arpAllTargets,
        List<InetAddress> nsIp6Target, Integer primary, Integer primaryReselect,
        Integer failOverMac, Integer xmitHashPolicy, Integer resendIgmp, Integer numPeerNotif,
        Integer allSlavesActive, Integer minLinks, Integer lpInterval, Integer packetsPerSlave,
        Integer lacpActive, Integer lacpRate, Integer adSelect, Integer tlbDynamicLb,
        Integer missedMax, Integer coupledControl, Integer adActorSysPrio, Integer adUserPortKey,
        MacAddress adActorSystem, AdInfo adInfo, List<RawAttribute> unknown)
        implements LinkInfoData {
    /** Most ARP (and NS) targets a bond takes ({@code BOND_MAX_ARP_TARGETS}). */
    public static final int MAX_TARGETS = 16;

    /** {@code mode}, by number ({@code BOND_MODE_*}). */
    public static final List<String> MODES = List.of("balance-rr", "active-backup", "balance-xor",
            "broadcast", "802.3ad", "balance-tlb", "balance-alb");
    /** {@code arp_validate}, by number. */
    public static final List<String> ARP_VALIDATE = List.of("none", "active", "backup", "all",
            "filter", "filter_active", "filter_backup");
    /** {@code arp_all_targets}, by number. */
    public static final List<String> ARP_ALL_TARGETS = List.of("any", "all");
    /** {@code primary_reselect}, by number. */
    public static final List<String> PRIMARY_RESELECT = List.of("always", "better", "failure");
    /** {@code fail_over_mac}, by number. */
    public static final List<String> FAIL_OVER_MAC = List.of("none", "active", "follow");
    /** {@code xmit_hash_policy}, by number. */
    public static final List<String> XMIT_HASH_POLICY = List.of("layer2", "layer3+4", "layer2+3",
            "encap2+3", "encap3+4", "vlan+srcmac");
    /** {@code lacp_active}, by number. */
    public static final List<String> LACP_ACTIVE = List.of("off", "on");
    /** {@code lacp_rate}, by number. */
    public static final List<String> LACP_RATE = List.of("slow", "fast");
    /** {@code ad_select}, by number. */
    public static final List<String> AD_SELECT = List.of("stable", "bandwidth", "count");

    /** Mode {@code 802.3ad} (LACP), whose bonds send the {@code ad_*} attributes. */
    public static final int MODE_8023AD = 4;

    /**
     * {@code IFLA_BOND_ARP_IP_TARGET} and {@code IFLA_BOND_NS_IP6_TARGET}: a nest whose i-th
     * attribute, of type i, is an address.
     */
    private static final ValueCodec<List<InetAddress>> TARGETS = new ValueCodec<>() {
        @Override
        public List<InetAddress> decode(AttributeCursor cursor) {
            AttributeCursor c = cursor.enter();
            List<InetAddress> out = new ArrayList<>(2);
            while (c.next()) {
                out.add(ValueCodecs.INET.decode(c));
            }
            return List.copyOf(out);
        }

        @Override
        public void encode(MessageWriter writer, int type, List<InetAddress> value) {
            int m = writer.beginNested(type);
            for (int i = 0; i < value.size(); i++) {
                ValueCodecs.INET.encode(writer, i, value.get(i));
            }
            writer.endNested(m);
        }

        @Override
        public Class<?> valueType() {
            return List.class;
        }
    };

    /**
     * {@code IFLA_BOND_AD_INFO}: the active 802.3ad aggregator, as {@code ip -d link show}
     * prints it ({@code ad_aggregator 1 ad_num_ports 2 ad_actor_key 0 ad_partner_key 1
     * ad_partner_mac 00:00:00:00:00:00}).
     *
     * @param aggregator {@code IFLA_BOND_AD_INFO_AGGREGATOR}: its id
     * @param numPorts {@code IFLA_BOND_AD_INFO_NUM_PORTS}
     * @param actorKey {@code IFLA_BOND_AD_INFO_ACTOR_KEY}
     * @param partnerKey {@code IFLA_BOND_AD_INFO_PARTNER_KEY}
     * @param partnerMac {@code IFLA_BOND_AD_INFO_PARTNER_MAC}
     * @param unknown attributes not listed above
     */
    public record AdInfo(Integer aggregator, Integer numPorts, Integer actorKey,
            Integer partnerKey, MacAddress partnerMac, List<RawAttribute> unknown) {
        /** The {@code IFLA_BOND_AD_INFO_*} table, in the kernel's order. */
        public static final AttributeSetCodec<AdInfo> CODEC = AttributeSetCodec
                .builder(AdInfo.class, IflaBond.AdInfo.SPACE)
                .u16("aggregator", IflaBond.AdInfo.AGGREGATOR)
                .u16("numPorts", IflaBond.AdInfo.NUM_PORTS)
                .u16("actorKey", IflaBond.AdInfo.ACTOR_KEY)
                .u16("partnerKey", IflaBond.AdInfo.PARTNER_KEY)
                .mac("partnerMac", IflaBond.AdInfo.PARTNER_MAC)
                .unknown("unknown")
                .build(v -> new AdInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));
    }

    /** The {@code IFLA_BOND_*} table, in the kernel's order. */
    public static final AttributeSetCodec<BondInfo> CODEC = AttributeSetCodec
            .builder(BondInfo.class, IflaBond.SPACE)
            .u8("mode", IflaBond.MODE)
            .u32("activeSlave", IflaBond.ACTIVE_SLAVE)
            .u32("miimon", IflaBond.MIIMON)
            .u32("updelay", IflaBond.UPDELAY)
            .u32("downdelay", IflaBond.DOWNDELAY)
            .u32("peerNotifyDelay", IflaBond.PEER_NOTIF_DELAY)
            .u8("useCarrier", IflaBond.USE_CARRIER)
            .u32("arpInterval", IflaBond.ARP_INTERVAL)
            .attr("arpIpTarget", IflaBond.ARP_IP_TARGET, TARGETS)
            .u32("arpValidate", IflaBond.ARP_VALIDATE)
            .u32("arpAllTargets", IflaBond.ARP_ALL_TARGETS)
            .attr("nsIp6Target", IflaBond.NS_IP6_TARGET, TARGETS)
            .u32("primary", IflaBond.PRIMARY)
            .u8("primaryReselect", IflaBond.PRIMARY_RESELECT)
            .u8("failOverMac", IflaBond.FAIL_OVER_MAC)
            .u8("xmitHashPolicy", IflaBond.XMIT_HASH_POLICY)
            .u32("resendIgmp", IflaBond.RESEND_IGMP)
            .u8("numPeerNotif", IflaBond.NUM_PEER_NOTIF)
            .u8("allSlavesActive", IflaBond.ALL_SLAVES_ACTIVE)
            .u32("minLinks", IflaBond.MIN_LINKS)
            .u32("lpInterval", IflaBond.LP_INTERVAL)
            .u32("packetsPerSlave", IflaBond.PACKETS_PER_SLAVE)
            .u8("lacpActive", IflaBond.AD_LACP_ACTIVE)
            .u8("lacpRate", IflaBond.AD_LACP_RATE)
            .u8("adSelect", IflaBond.AD_SELECT)
            .u8("tlbDynamicLb", IflaBond.TLB_DYNAMIC_LB)
            .u8("missedMax", IflaBond.MISSED_MAX)
            .u8("coupledControl", IflaBond.COUPLED_CONTROL)
            .u16("adActorSysPrio", IflaBond.AD_ACTOR_SYS_PRIO)
            .u16("adUserPortKey", IflaBond.AD_USER_PORT_KEY)
            .mac("adActorSystem", IflaBond.AD_ACTOR_SYSTEM)
            .attr("adInfo", IflaBond.AD_INFO, ValueCodecs.nested(AdInfo.CODEC))
            .unknown("unknown")
            .build(v -> new BondInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /**
     * The {@code bond} kind, with its ports' data ({@code bond_slave}, {@link BondSlaveInfo}).
     * Found by {@link java.util.ServiceLoader}: listed in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
     */
    public static final class BondKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public BondKind() {
            super("bond", CODEC, BondSlaveInfo.CODEC);
        }
    }

    /**
     * @param table one of the name tables here
     * @param value a number the kernel sent, or null
     * @return its name as {@code ip} prints it ({@code UNKNOWN} past the table), or null
     */
    public static String name(List<String> table, Integer value) {
        if (value == null) {
            return null;
        }
        return value >= 0 && value < table.size() ? table.get(value) : "UNKNOWN";
    }

    /** @return the mode's name ({@code 802.3ad}), or null */
    public String modeName() {
        return name(MODES, mode);
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
     * Builds a {@link BondInfo} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private Integer mode;
        private Integer activeSlave;
        private Integer miimon;
        private Integer updelay;
        private Integer downdelay;
        private Integer peerNotifyDelay;
        private Integer useCarrier;
        private Integer arpInterval;
        private Integer missedMax;
        private List<InetAddress> arpIpTarget;
        private Integer arpValidate;
        private Integer arpAllTargets;
        private List<InetAddress> nsIp6Target;
        private Integer primary;
        private Integer primaryReselect;
        private Integer failOverMac;
        private Integer xmitHashPolicy;
        private Integer resendIgmp;
        private Integer numPeerNotif;
        private Integer allSlavesActive;
        private Integer minLinks;
        private Integer lpInterval;
        private Integer packetsPerSlave;
        private Integer lacpActive;
        private Integer lacpRate;
        private Integer adSelect;
        private Integer tlbDynamicLb;
        private Integer adActorSysPrio;
        private Integer adUserPortKey;
        private MacAddress adActorSystem;
        private AdInfo adInfo;
        private Integer coupledControl;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(BondInfo r) {
            mode = r.mode;
            activeSlave = r.activeSlave;
            miimon = r.miimon;
            updelay = r.updelay;
            downdelay = r.downdelay;
            peerNotifyDelay = r.peerNotifyDelay;
            useCarrier = r.useCarrier;
            arpInterval = r.arpInterval;
            missedMax = r.missedMax;
            arpIpTarget = r.arpIpTarget;
            arpValidate = r.arpValidate;
            arpAllTargets = r.arpAllTargets;
            nsIp6Target = r.nsIp6Target;
            primary = r.primary;
            primaryReselect = r.primaryReselect;
            failOverMac = r.failOverMac;
            xmitHashPolicy = r.xmitHashPolicy;
            resendIgmp = r.resendIgmp;
            numPeerNotif = r.numPeerNotif;
            allSlavesActive = r.allSlavesActive;
            minLinks = r.minLinks;
            lpInterval = r.lpInterval;
            packetsPerSlave = r.packetsPerSlave;
            lacpActive = r.lacpActive;
            lacpRate = r.lacpRate;
            adSelect = r.adSelect;
            tlbDynamicLb = r.tlbDynamicLb;
            adActorSysPrio = r.adActorSysPrio;
            adUserPortKey = r.adUserPortKey;
            adActorSystem = r.adActorSystem;
            adInfo = r.adInfo;
            coupledControl = r.coupledControl;
            unknown = r.unknown;
        }

        /**
         * @param mode {@code IFLA_BOND_MODE}: 0 balance-rr to 6 balance-alb ({@link #modeName()})
         * @return this builder
         */
        public Builder mode(Integer mode) {
            this.mode = mode;
            return this;
        }

        /**
         * @param activeSlave {@code IFLA_BOND_ACTIVE_SLAVE}: index of the active port ({@code
         *     active_slave}); sent only when there is one
         * @return this builder
         */
        public Builder activeSlave(Integer activeSlave) {
            this.activeSlave = activeSlave;
            return this;
        }

        /**
         * @param miimon {@code IFLA_BOND_MIIMON}: MII link monitoring interval, ms
         * @return this builder
         */
        public Builder miimon(Integer miimon) {
            this.miimon = miimon;
            return this;
        }

        /**
         * @param updelay {@code IFLA_BOND_UPDELAY}: ms before a port that came up is used (a
         *     multiple of miimon)
         * @return this builder
         */
        public Builder updelay(Integer updelay) {
            this.updelay = updelay;
            return this;
        }

        /**
         * @param downdelay {@code IFLA_BOND_DOWNDELAY}: ms before a port that went down is dropped
         * @return this builder
         */
        public Builder downdelay(Integer downdelay) {
            this.downdelay = downdelay;
            return this;
        }

        /**
         * @param peerNotifyDelay {@code IFLA_BOND_PEER_NOTIF_DELAY}: ms between peer notifications
         * @return this builder
         */
        public Builder peerNotifyDelay(Integer peerNotifyDelay) {
            this.peerNotifyDelay = peerNotifyDelay;
            return this;
        }

        /**
         * @param useCarrier {@code IFLA_BOND_USE_CARRIER}: 1 to read link state from the carrier
         * @return this builder
         */
        public Builder useCarrier(Integer useCarrier) {
            this.useCarrier = useCarrier;
            return this;
        }

        /**
         * @param arpInterval {@code IFLA_BOND_ARP_INTERVAL}: ARP monitoring interval, ms
         * @return this builder
         */
        public Builder arpInterval(Integer arpInterval) {
            this.arpInterval = arpInterval;
            return this;
        }

        /**
                 * @return this builder
         */
        public Builder missedMax(Integer missedMax) {
            this.missedMax = missedMax;
            return this;
        }

        /**
         * @param arpIpTarget {@code IFLA_BOND_ARP_IP_TARGET}: the IPv4 ARP targets, at most 16;
         *     sent only when there are some
         * @return this builder
         */
        public Builder arpIpTarget(List<InetAddress> arpIpTarget) {
            this.arpIpTarget = arpIpTarget;
            return this;
        }

        /**
         * @param arpValidate {@code IFLA_BOND_ARP_VALIDATE}: 0 none to 6 filter_backup
         * @return this builder
         */
        public Builder arpValidate(Integer arpValidate) {
            this.arpValidate = arpValidate;
            return this;
        }

        /**
         * @param arpAllTargets {@code IFLA_BOND_ARP_ALL_TARGETS}: 0 any, 1 all
         * @return this builder
         */
        public Builder arpAllTargets(Integer arpAllTargets) {
            this.arpAllTargets = arpAllTargets;
            return this;
        }

        /**
         * @param nsIp6Target {@code IFLA_BOND_NS_IP6_TARGET}: the IPv6 neighbour solicitation
         *     targets, at most 16
         * @return this builder
         */
        public Builder nsIp6Target(List<InetAddress> nsIp6Target) {
            this.nsIp6Target = nsIp6Target;
            return this;
        }

        /**
         * @param primary {@code IFLA_BOND_PRIMARY}: index of the primary port; sent only when
         *     there is one
         * @return this builder
         */
        public Builder primary(Integer primary) {
            this.primary = primary;
            return this;
        }

        /**
         * @param primaryReselect {@code IFLA_BOND_PRIMARY_RESELECT}: 0 always, 1 better, 2 failure
         * @return this builder
         */
        public Builder primaryReselect(Integer primaryReselect) {
            this.primaryReselect = primaryReselect;
            return this;
        }

        /**
         * @param failOverMac {@code IFLA_BOND_FAIL_OVER_MAC}: 0 none, 1 active, 2 follow
         * @return this builder
         */
        public Builder failOverMac(Integer failOverMac) {
            this.failOverMac = failOverMac;
            return this;
        }

        /**
         * @param xmitHashPolicy {@code IFLA_BOND_XMIT_HASH_POLICY}: 0 layer2 to 5 vlan+srcmac
         * @return this builder
         */
        public Builder xmitHashPolicy(Integer xmitHashPolicy) {
            this.xmitHashPolicy = xmitHashPolicy;
            return this;
        }

        /**
         * @param resendIgmp {@code IFLA_BOND_RESEND_IGMP}: IGMP reports after a failover
         * @return this builder
         */
        public Builder resendIgmp(Integer resendIgmp) {
            this.resendIgmp = resendIgmp;
            return this;
        }

        /**
         * @param numPeerNotif {@code IFLA_BOND_NUM_PEER_NOTIF} ({@code num_grat_arp}, {@code
         *     num_unsol_na})
         * @return this builder
         */
        public Builder numPeerNotif(Integer numPeerNotif) {
            this.numPeerNotif = numPeerNotif;
            return this;
        }

        /**
         * @param allSlavesActive {@code IFLA_BOND_ALL_SLAVES_ACTIVE}: 1 to deliver duplicate
         *     frames of inactive ports
         * @return this builder
         */
        public Builder allSlavesActive(Integer allSlavesActive) {
            this.allSlavesActive = allSlavesActive;
            return this;
        }

        /**
         * @param minLinks {@code IFLA_BOND_MIN_LINKS}: ports up before the bond has carrier
         * @return this builder
         */
        public Builder minLinks(Integer minLinks) {
            this.minLinks = minLinks;
            return this;
        }

        /**
         * @param lpInterval {@code IFLA_BOND_LP_INTERVAL}: seconds between learning packets
         * @return this builder
         */
        public Builder lpInterval(Integer lpInterval) {
            this.lpInterval = lpInterval;
            return this;
        }

        /**
         * @param packetsPerSlave {@code IFLA_BOND_PACKETS_PER_SLAVE} (balance-rr)
         * @return this builder
         */
        public Builder packetsPerSlave(Integer packetsPerSlave) {
            this.packetsPerSlave = packetsPerSlave;
            return this;
        }

        /**
         * @param lacpActive {@code IFLA_BOND_AD_LACP_ACTIVE}: 0 off, 1 on
         * @return this builder
         */
        public Builder lacpActive(Integer lacpActive) {
            this.lacpActive = lacpActive;
            return this;
        }

        /**
         * @param lacpRate {@code IFLA_BOND_AD_LACP_RATE}: 0 slow, 1 fast
         * @return this builder
         */
        public Builder lacpRate(Integer lacpRate) {
            this.lacpRate = lacpRate;
            return this;
        }

        /**
         * @param adSelect {@code IFLA_BOND_AD_SELECT}: 0 stable, 1 bandwidth, 2 count
         * @return this builder
         */
        public Builder adSelect(Integer adSelect) {
            this.adSelect = adSelect;
            return this;
        }

        /**
         * @param tlbDynamicLb {@code IFLA_BOND_TLB_DYNAMIC_LB}
         * @return this builder
         */
        public Builder tlbDynamicLb(Integer tlbDynamicLb) {
            this.tlbDynamicLb = tlbDynamicLb;
            return this;
        }

        /**
         * @param adActorSysPrio {@code IFLA_BOND_AD_ACTOR_SYS_PRIO} (802.3ad only)
         * @return this builder
         */
        public Builder adActorSysPrio(Integer adActorSysPrio) {
            this.adActorSysPrio = adActorSysPrio;
            return this;
        }

        /**
         * @param adUserPortKey {@code IFLA_BOND_AD_USER_PORT_KEY} (802.3ad only)
         * @return this builder
         */
        public Builder adUserPortKey(Integer adUserPortKey) {
            this.adUserPortKey = adUserPortKey;
            return this;
        }

        /**
         * @param adActorSystem {@code IFLA_BOND_AD_ACTOR_SYSTEM} (802.3ad only)
         * @return this builder
         */
        public Builder adActorSystem(MacAddress adActorSystem) {
            this.adActorSystem = adActorSystem;
            return this;
        }

        /**
         * @param adInfo {@code IFLA_BOND_AD_INFO}: the active aggregator (802.3ad, once it has one)
         * @return this builder
         */
        public Builder adInfo(AdInfo adInfo) {
            this.adInfo = adInfo;
            return this;
        }

        /**
                 * @return this builder
         */
        public Builder coupledControl(Integer coupledControl) {
            this.coupledControl = coupledControl;
            return this;
        }

        /**
         * @param unknown attributes this library does not know
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the record */
        public BondInfo build() {
            return new BondInfo(mode, activeSlave, miimon, updelay, downdelay, peerNotifyDelay,
                    useCarrier, arpInterval, arpIpTarget, arpValidate, arpAllTargets, nsIp6Target,
                    primary, primaryReselect, failOverMac, xmitHashPolicy, resendIgmp,
                    numPeerNotif, allSlavesActive, minLinks, lpInterval, packetsPerSlave,
                    lacpActive, lacpRate, adSelect, tlbDynamicLb, missedMax, coupledControl,
                    adActorSysPrio, adUserPortKey, adActorSystem, adInfo, unknown);
        }
    }
}

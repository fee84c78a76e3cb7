package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.kind.BondInfo;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A bond (link aggregation): {@code ip link add name NAME type bond [mode BONDMODE]
 * [active_slave DEV] [miimon N] [updelay N] [downdelay N] [peer_notify_delay N]
 * [use_carrier 0|1] [arp_interval N] [arp_validate V] [arp_all_targets any|all]
 * [arp_missed_max N] [arp_ip_target ADDR,...] [ns_ip6_target ADDR,...] [primary DEV]
 * [primary_reselect R] [fail_over_mac F] [xmit_hash_policy P] [resend_igmp N]
 * [num_grat_arp N] [all_slaves_active 0|1] [min_links N] [lp_interval N]
 * [packets_per_slave N] [tlb_dynamic_lb 0|1] [lacp_rate slow|fast] [lacp_active on|off]
 * [ad_select S] [ad_user_port_key N] [ad_actor_sys_prio N] [ad_actor_system MAC]}, the
 * options written in that order. Options not set are left to the kernel's defaults (and are
 * not sent).
 *
 * <p>The same spec changes an existing bond ({@code ip link set dev NAME type bond ...}):
 * {@link dev.jnetlink.rtnl.Links#change(LinkSpec)}. Ports are enslaved with
 * {@link dev.jnetlink.rtnl.Links#setMaster} ({@code ip link set dev PORT master NAME}); where the
 * kernel refuses a port that is up, set it down first.
 *
 * <pre>{@code
 * rtnl.links().add(Bond.named("bond0").mode("802.3ad").miimon(100).lacpRate("fast"));
 * rtnl.links().setMaster("eth1", "bond0");
 * }</pre>
 */
public final class Bond extends LinkSpec {
    /**
     * The table of {@link BondInfo} in the order {@code ip link add} sends it for the command
     * line above (iproute2 writes options in the order given; the kernel emits another).
     */
    private static final AttributeSetCodec<BondInfo> REQUEST = BondInfo.CODEC.withRequestOrder(
            "mode", "activeSlave", "miimon", "updelay", "downdelay", "peerNotifyDelay",
            "useCarrier", "arpInterval", "arpValidate", "arpAllTargets", "missedMax",
            "arpIpTarget", "nsIp6Target", "primary", "primaryReselect", "failOverMac",
            "xmitHashPolicy", "resendIgmp", "numPeerNotif", "allSlavesActive", "minLinks",
            "lpInterval", "packetsPerSlave", "tlbDynamicLb", "lacpRate", "lacpActive", "adSelect",
            "adUserPortKey", "adActorSysPrio", "adActorSystem");

    private final String mode;
    private final LinkRef activeSlave;
    private final Integer miimon;
    private final Integer updelay;
    private final Integer downdelay;
    private final Integer peerNotifyDelay;
    private final Integer useCarrier;
    private final Integer arpInterval;
    private final String arpValidate;
    private final String arpAllTargets;
    private final Integer missedMax;
    private final List<InetAddress> arpIpTarget;
    private final List<InetAddress> nsIp6Target;
    private final LinkRef primary;
    private final String primaryReselect;
    private final String failOverMac;
    private final String xmitHashPolicy;
    private final Integer resendIgmp;
    private final Integer numPeerNotif;
    private final Integer allSlavesActive;
    private final Integer minLinks;
    private final Integer lpInterval;
    private final Integer packetsPerSlave;
    private final Integer tlbDynamicLb;
    private final String lacpRate;
    private final String lacpActive;
    private final String adSelect;
    private final Integer adUserPortKey;
    private final Integer adActorSysPrio;
    private final MacAddress adActorSystem;

    private Bond(Builder b) {
        super(b);
        this.mode = b.mode;
        this.activeSlave = b.activeSlave;
        this.miimon = b.miimon;
        this.updelay = b.updelay;
        this.downdelay = b.downdelay;
        this.peerNotifyDelay = b.peerNotifyDelay;
        this.useCarrier = b.useCarrier;
        this.arpInterval = b.arpInterval;
        this.arpValidate = b.arpValidate;
        this.arpAllTargets = b.arpAllTargets;
        this.missedMax = b.missedMax;
        this.arpIpTarget = b.arpIpTarget;
        this.nsIp6Target = b.nsIp6Target;
        this.primary = b.primary;
        this.primaryReselect = b.primaryReselect;
        this.failOverMac = b.failOverMac;
        this.xmitHashPolicy = b.xmitHashPolicy;
        this.resendIgmp = b.resendIgmp;
        this.numPeerNotif = b.numPeerNotif;
        this.allSlavesActive = b.allSlavesActive;
        this.minLinks = b.minLinks;
        this.lpInterval = b.lpInterval;
        this.packetsPerSlave = b.packetsPerSlave;
        this.tlbDynamicLb = b.tlbDynamicLb;
        this.lacpRate = b.lacpRate;
        this.lacpActive = b.lacpActive;
        this.adSelect = b.adSelect;
        this.adUserPortKey = b.adUserPortKey;
        this.adActorSysPrio = b.adActorSysPrio;
        this.adActorSystem = b.adActorSystem;
    }

    /**
     * Starts a bond: {@code ip link add name NAME type bond}. To change an existing bond, the
     * same: set only what is to change, and pass it to
     * {@link dev.jnetlink.rtnl.Links#change(LinkSpec)}.
     *
     * @param name the bond's name
     * @return a builder
     */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    @Override
    public String kind() {
        return "bond";
    }

    /** @return {@code mode}, or null if not set */
    public String mode() {
        return mode;
    }

    /** @return {@code active_slave}, or null if not set */
    public LinkRef activeSlave() {
        return activeSlave;
    }

    /** @return {@code miimon}, or null if not set */
    public Integer miimon() {
        return miimon;
    }

    /** @return {@code updelay}, or null if not set */
    public Integer updelay() {
        return updelay;
    }

    /** @return {@code downdelay}, or null if not set */
    public Integer downdelay() {
        return downdelay;
    }

    /** @return {@code peer_notify_delay}, or null if not set */
    public Integer peerNotifyDelay() {
        return peerNotifyDelay;
    }

    /** @return {@code use_carrier}, or null if not set */
    public Integer useCarrier() {
        return useCarrier;
    }

    /** @return {@code arp_interval}, or null if not set */
    public Integer arpInterval() {
        return arpInterval;
    }

    /** @return {@code arp_validate}, or null if not set */
    public String arpValidate() {
        return arpValidate;
    }

    /** @return {@code arp_all_targets}, or null if not set */
    public String arpAllTargets() {
        return arpAllTargets;
    }

    /** @return {@code arp_missed_max}, or null if not set */
    public Integer missedMax() {
        return missedMax;
    }

    /** @return {@code arp_ip_target}, or null if not set */
    public List<InetAddress> arpIpTarget() {
        return arpIpTarget;
    }

    /** @return {@code ns_ip6_target}, or null if not set */
    public List<InetAddress> nsIp6Target() {
        return nsIp6Target;
    }

    /** @return {@code primary}, or null if not set */
    public LinkRef primary() {
        return primary;
    }

    /** @return {@code primary_reselect}, or null if not set */
    public String primaryReselect() {
        return primaryReselect;
    }

    /** @return {@code fail_over_mac}, or null if not set */
    public String failOverMac() {
        return failOverMac;
    }

    /** @return {@code xmit_hash_policy}, or null if not set */
    public String xmitHashPolicy() {
        return xmitHashPolicy;
    }

    /** @return {@code resend_igmp}, or null if not set */
    public Integer resendIgmp() {
        return resendIgmp;
    }

    /** @return {@code num_grat_arp}, or null if not set */
    public Integer numPeerNotif() {
        return numPeerNotif;
    }

    /** @return {@code all_slaves_active}, or null if not set */
    public Integer allSlavesActive() {
        return allSlavesActive;
    }

    /** @return {@code min_links}, or null if not set */
    public Integer minLinks() {
        return minLinks;
    }

    /** @return {@code lp_interval}, or null if not set */
    public Integer lpInterval() {
        return lpInterval;
    }

    /** @return {@code packets_per_slave}, or null if not set */
    public Integer packetsPerSlave() {
        return packetsPerSlave;
    }

    /** @return {@code tlb_dynamic_lb}, or null if not set */
    public Integer tlbDynamicLb() {
        return tlbDynamicLb;
    }

    /** @return {@code lacp_rate}, or null if not set */
    public String lacpRate() {
        return lacpRate;
    }

    /** @return {@code lacp_active}, or null if not set */
    public String lacpActive() {
        return lacpActive;
    }

    /** @return {@code ad_select}, or null if not set */
    public String adSelect() {
        return adSelect;
    }

    /** @return {@code ad_user_port_key}, or null if not set */
    public Integer adUserPortKey() {
        return adUserPortKey;
    }

    /** @return {@code ad_actor_sys_prio}, or null if not set */
    public Integer adActorSysPrio() {
        return adActorSysPrio;
    }

    /** @return {@code ad_actor_system}, or null if not set */
    public MacAddress adActorSystem() {
        return adActorSystem;
    }

    @Override
    protected void kindReferences(List<LinkRef> refs) {
        if (activeSlave != null) {
            refs.add(activeSlave);
        }
        if (primary != null) {
            refs.add(primary);
        }
    }

    @Override
    protected boolean hasInfoData() {
        // ip sends no IFLA_INFO_DATA for `type bond` without options
        return !toInfo(unresolved -> 0).equals(BondInfo.builder().build());
    }

    /**
     * The {@code IFLA_INFO_DATA} this spec sends, as the record {@code ip -d link show}'s reply
     * decodes to: the options set, and nothing else.
     *
     * @param ctx resolves {@code primary} and {@code active_slave} to indexes
     * @return the bond's data
     */
    public BondInfo toInfo(SpecContext ctx) {
        return BondInfo.builder()
                .mode(index(BondInfo.MODES, mode))
                .activeSlave(activeSlave == null ? null : activeSlave.resolve(ctx))
                .miimon(miimon)
                .updelay(updelay)
                .downdelay(downdelay)
                .peerNotifyDelay(peerNotifyDelay)
                .useCarrier(useCarrier)
                .arpInterval(arpInterval)
                .arpValidate(index(BondInfo.ARP_VALIDATE, arpValidate))
                .arpAllTargets(index(BondInfo.ARP_ALL_TARGETS, arpAllTargets))
                .missedMax(missedMax)
                .arpIpTarget(arpIpTarget)
                .nsIp6Target(nsIp6Target)
                .primary(primary == null ? null : primary.resolve(ctx))
                .primaryReselect(index(BondInfo.PRIMARY_RESELECT, primaryReselect))
                .failOverMac(index(BondInfo.FAIL_OVER_MAC, failOverMac))
                .xmitHashPolicy(index(BondInfo.XMIT_HASH_POLICY, xmitHashPolicy))
                .resendIgmp(resendIgmp)
                .numPeerNotif(numPeerNotif)
                .allSlavesActive(allSlavesActive)
                .minLinks(minLinks)
                .lpInterval(lpInterval)
                .packetsPerSlave(packetsPerSlave)
                .tlbDynamicLb(tlbDynamicLb)
                .lacpRate(index(BondInfo.LACP_RATE, lacpRate))
                .lacpActive(index(BondInfo.LACP_ACTIVE, lacpActive))
                .adSelect(index(BondInfo.AD_SELECT, adSelect))
                .adUserPortKey(adUserPortKey)
                .adActorSysPrio(adActorSysPrio)
                .adActorSystem(adActorSystem)
                .build();
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        REQUEST.encode(w, toInfo(ctx));
    }

    private static Integer index(List<String> table, String name) {
        return name == null ? null : table.indexOf(name);
    }

    @Override
    public String toString() {
        return "bond " + name() + (mode == null ? "" : " mode " + mode);
    }

    /** Builds a {@link Bond}. */
    public static final class Builder extends LinkSpec.Builder<Builder> {
        private String mode;
        private LinkRef activeSlave;
        private Integer miimon;
        private Integer updelay;
        private Integer downdelay;
        private Integer peerNotifyDelay;
        private Integer useCarrier;
        private Integer arpInterval;
        private String arpValidate;
        private String arpAllTargets;
        private Integer missedMax;
        private List<InetAddress> arpIpTarget;
        private List<InetAddress> nsIp6Target;
        private LinkRef primary;
        private String primaryReselect;
        private String failOverMac;
        private String xmitHashPolicy;
        private Integer resendIgmp;
        private Integer numPeerNotif;
        private Integer allSlavesActive;
        private Integer minLinks;
        private Integer lpInterval;
        private Integer packetsPerSlave;
        private Integer tlbDynamicLb;
        private String lacpRate;
        private String lacpActive;
        private String adSelect;
        private Integer adUserPortKey;
        private Integer adActorSysPrio;
        private MacAddress adActorSystem;

        private Builder(String name) {
            super(name);
        }

        private Builder(Bond s) {
            super(s);
            this.mode = s.mode;
            this.activeSlave = s.activeSlave;
            this.miimon = s.miimon;
            this.updelay = s.updelay;
            this.downdelay = s.downdelay;
            this.peerNotifyDelay = s.peerNotifyDelay;
            this.useCarrier = s.useCarrier;
            this.arpInterval = s.arpInterval;
            this.arpValidate = s.arpValidate;
            this.arpAllTargets = s.arpAllTargets;
            this.missedMax = s.missedMax;
            this.arpIpTarget = s.arpIpTarget;
            this.nsIp6Target = s.nsIp6Target;
            this.primary = s.primary;
            this.primaryReselect = s.primaryReselect;
            this.failOverMac = s.failOverMac;
            this.xmitHashPolicy = s.xmitHashPolicy;
            this.resendIgmp = s.resendIgmp;
            this.numPeerNotif = s.numPeerNotif;
            this.allSlavesActive = s.allSlavesActive;
            this.minLinks = s.minLinks;
            this.lpInterval = s.lpInterval;
            this.packetsPerSlave = s.packetsPerSlave;
            this.tlbDynamicLb = s.tlbDynamicLb;
            this.lacpRate = s.lacpRate;
            this.lacpActive = s.lacpActive;
            this.adSelect = s.adSelect;
            this.adUserPortKey = s.adUserPortKey;
            this.adActorSysPrio = s.adActorSysPrio;
            this.adActorSystem = s.adActorSystem;
        }

        /**
         * @param mode {@code mode}: the bonding mode: {@code balance-rr}, {@code active-backup},
         *     {@code balance-xor}, {@code broadcast}, {@code 802.3ad}, {@code balance-tlb} or
         *     {@code balance-alb}
         * @return this builder
         */
        public Builder mode(String mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * @param port {@code active_slave DEV}: the port to make active (active-backup,
         *     balance-tlb, balance-alb)
         * @return this builder
         */
        public Builder activeSlave(String port) {
            this.activeSlave = LinkRef.named("active_slave", port);
            return this;
        }

        /**
         * @param value {@code miimon N}: MII link monitoring interval, ms (0 turns it off)
         * @return this builder
         */
        public Builder miimon(int value) {
            this.miimon = value;
            return this;
        }

        /**
         * @param value {@code updelay N}: ms before a port that came up is used; the kernel
         *     rounds it down to a multiple of miimon
         * @return this builder
         */
        public Builder updelay(int value) {
            this.updelay = value;
            return this;
        }

        /**
         * @param value {@code downdelay N}: ms before a port that went down is dropped; a
         *     multiple of miimon
         * @return this builder
         */
        public Builder downdelay(int value) {
            this.downdelay = value;
            return this;
        }

        /**
         * @param value {@code peer_notify_delay N}: ms between peer notifications after a
         *     failover; a multiple of miimon
         * @return this builder
         */
        public Builder peerNotifyDelay(int value) {
            this.peerNotifyDelay = value;
            return this;
        }

        /**
         * @param on {@code use_carrier 1|0}: 1 to read a port's link state from its carrier (the
         *     default), 0 from ethtool/MII
         * @return this builder
         */
        public Builder useCarrier(boolean on) {
            this.useCarrier = on ? 1 : 0;
            return this;
        }

        /**
         * @param value {@code arp_interval N}: ARP monitoring interval, ms (not with 802.3ad,
         *     balance-tlb, balance-alb)
         * @return this builder
         */
        public Builder arpInterval(int value) {
            this.arpInterval = value;
            return this;
        }

        /**
         * @param arpValidate {@code arp_validate}: {@code none}, {@code active}, {@code backup},
         *     {@code all}, {@code filter}, {@code filter_active} or {@code filter_backup}
         * @return this builder
         */
        public Builder arpValidate(String arpValidate) {
            this.arpValidate = Objects.requireNonNull(arpValidate, "arpValidate");
            return this;
        }

        /**
         * @param arpAllTargets {@code arp_all_targets}: {@code any} or {@code all}: which targets
         *     must answer
         * @return this builder
         */
        public Builder arpAllTargets(String arpAllTargets) {
            this.arpAllTargets = Objects.requireNonNull(arpAllTargets, "arpAllTargets");
            return this;
        }

        /**
         * @param value {@code arp_missed_max N}: ARP monitor intervals a port may miss, 1 to 255
         * @return this builder
         */
        public Builder missedMax(int value) {
            this.missedMax = value;
            return this;
        }

        /**
         * @param addresses {@code arp_ip_target ADDR,...}: the IPv4 ARP targets, at most 16, as
         *     literals
         * @return this builder
         */
        public Builder arpIpTarget(String... addresses) {
            List<InetAddress> list = new ArrayList<>(addresses.length);
            for (String a : addresses) {
                list.add(IpAddresses.parse(a));
            }
            return arpIpTarget(list);
        }

        /**
         * @param addresses {@code arp_ip_target ADDR,...}: the IPv4 ARP targets, at most 16
         * @return this builder
         */
        public Builder arpIpTarget(List<InetAddress> addresses) {
            this.arpIpTarget = List.copyOf(addresses);
            return this;
        }

        /**
         * @param addresses {@code ns_ip6_target ADDR,...}: the IPv6 neighbour solicitation
         *     targets, at most 16, as literals
         * @return this builder
         */
        public Builder nsIp6Target(String... addresses) {
            List<InetAddress> list = new ArrayList<>(addresses.length);
            for (String a : addresses) {
                list.add(IpAddresses.parse(a));
            }
            return nsIp6Target(list);
        }

        /**
         * @param addresses {@code ns_ip6_target ADDR,...}: the IPv6 neighbour solicitation
         *     targets, at most 16
         * @return this builder
         */
        public Builder nsIp6Target(List<InetAddress> addresses) {
            this.nsIp6Target = List.copyOf(addresses);
            return this;
        }

        /**
         * @param port {@code primary DEV}: the preferred port (active-backup, balance-tlb,
         *     balance-alb)
         * @return this builder
         */
        public Builder primary(String port) {
            this.primary = LinkRef.named("primary", port);
            return this;
        }

        /**
         * @param primaryReselect {@code primary_reselect}: {@code always}, {@code better} or
         *     {@code failure}
         * @return this builder
         */
        public Builder primaryReselect(String primaryReselect) {
            this.primaryReselect = Objects.requireNonNull(primaryReselect, "primaryReselect");
            return this;
        }

        /**
         * @param failOverMac {@code fail_over_mac}: {@code none}, {@code active} or {@code follow}
         * @return this builder
         */
        public Builder failOverMac(String failOverMac) {
            this.failOverMac = Objects.requireNonNull(failOverMac, "failOverMac");
            return this;
        }

        /**
         * @param xmitHashPolicy {@code xmit_hash_policy}: {@code layer2}, {@code layer2+3},
         *     {@code layer3+4}, {@code encap2+3}, {@code encap3+4} or {@code vlan+srcmac}
         * @return this builder
         */
        public Builder xmitHashPolicy(String xmitHashPolicy) {
            this.xmitHashPolicy = Objects.requireNonNull(xmitHashPolicy, "xmitHashPolicy");
            return this;
        }

        /**
         * @param value {@code resend_igmp N}: IGMP membership reports after a failover, 0 to 255
         * @return this builder
         */
        public Builder resendIgmp(int value) {
            this.resendIgmp = value;
            return this;
        }

        /**
         * @param value {@code num_grat_arp N}: gratuitous ARPs and unsolicited IPv6 NAs after a
         *     failover ({@code num_unsol_na}), 0 to 255
         * @return this builder
         */
        public Builder numPeerNotif(int value) {
            this.numPeerNotif = value;
            return this;
        }

        /**
         * @param on {@code all_slaves_active 1|0}: 1 to deliver the duplicate frames inactive
         *     ports receive
         * @return this builder
         */
        public Builder allSlavesActive(boolean on) {
            this.allSlavesActive = on ? 1 : 0;
            return this;
        }

        /**
         * @param value {@code min_links N}: ports that must be up before the bond has carrier
         * @return this builder
         */
        public Builder minLinks(int value) {
            this.minLinks = value;
            return this;
        }

        /**
         * @param value {@code lp_interval N}: seconds between learning packets to the peer switch
         *     (balance-tlb, balance-alb), at least 1
         * @return this builder
         */
        public Builder lpInterval(int value) {
            this.lpInterval = value;
            return this;
        }

        /**
         * @param value {@code packets_per_slave N}: packets sent through a port before the next
         *     (balance-rr), 0 to 65535
         * @return this builder
         */
        public Builder packetsPerSlave(int value) {
            this.packetsPerSlave = value;
            return this;
        }

        /**
         * @param on {@code tlb_dynamic_lb 1|0}: 1 to rebalance flows by load (balance-tlb)
         * @return this builder
         */
        public Builder tlbDynamicLb(boolean on) {
            this.tlbDynamicLb = on ? 1 : 0;
            return this;
        }

        /**
         * @param lacpRate {@code lacp_rate}: {@code slow} or {@code fast}: the LACPDU rate asked
         *     of the partner (802.3ad)
         * @return this builder
         */
        public Builder lacpRate(String lacpRate) {
            this.lacpRate = Objects.requireNonNull(lacpRate, "lacpRate");
            return this;
        }

        /**
         * @param lacpActive {@code lacp_active}: {@code on} or {@code off}: send LACPDUs
         *     periodically (802.3ad)
         * @return this builder
         */
        public Builder lacpActive(String lacpActive) {
            this.lacpActive = Objects.requireNonNull(lacpActive, "lacpActive");
            return this;
        }

        /**
         * @param adSelect {@code ad_select}: {@code stable}, {@code bandwidth} or {@code count}:
         *     the aggregator selection (802.3ad)
         * @return this builder
         */
        public Builder adSelect(String adSelect) {
            this.adSelect = Objects.requireNonNull(adSelect, "adSelect");
            return this;
        }

        /**
         * @param value {@code ad_user_port_key N}: the upper 10 bits of the port key, 0 to 1023
         *     (802.3ad)
         * @return this builder
         */
        public Builder adUserPortKey(int value) {
            this.adUserPortKey = value;
            return this;
        }

        /**
         * @param value {@code ad_actor_sys_prio N}: the system priority, 1 to 65535 (802.3ad)
         * @return this builder
         */
        public Builder adActorSysPrio(int value) {
            this.adActorSysPrio = value;
            return this;
        }

        /**
         * @param mac {@code ad_actor_system LLADDR}: the system MAC in LACPDUs, unicast (802.3ad)
         * @return this builder
         */
        public Builder adActorSystem(String mac) {
            this.adActorSystem = MacAddress.parse(mac);
            return this;
        }

        @Override
        public Bond build() {
            validateCommon(this);
            String me = "bond " + name() + ": ";
            oneOf(me, "mode", mode, BondInfo.MODES);
            range(me, "miimon", miimon, 0, null);
            range(me, "updelay", updelay, 0, null);
            range(me, "downdelay", downdelay, 0, null);
            range(me, "peer_notify_delay", peerNotifyDelay, 0, null);
            range(me, "arp_interval", arpInterval, 0, null);
            oneOf(me, "arp_validate", arpValidate, BondInfo.ARP_VALIDATE);
            oneOf(me, "arp_all_targets", arpAllTargets, BondInfo.ARP_ALL_TARGETS);
            range(me, "arp_missed_max", missedMax, 1, 255);
            targets(me, "arp_ip_target", arpIpTarget, Inet4Address.class);
            targets(me, "ns_ip6_target", nsIp6Target, Inet6Address.class);
            oneOf(me, "primary_reselect", primaryReselect, BondInfo.PRIMARY_RESELECT);
            oneOf(me, "fail_over_mac", failOverMac, BondInfo.FAIL_OVER_MAC);
            oneOf(me, "xmit_hash_policy", xmitHashPolicy, BondInfo.XMIT_HASH_POLICY);
            range(me, "resend_igmp", resendIgmp, 0, 255);
            range(me, "num_grat_arp", numPeerNotif, 0, 255);
            range(me, "min_links", minLinks, 0, null);
            range(me, "lp_interval", lpInterval, 1, null);
            range(me, "packets_per_slave", packetsPerSlave, 0, 65535);
            oneOf(me, "lacp_rate", lacpRate, BondInfo.LACP_RATE);
            oneOf(me, "lacp_active", lacpActive, BondInfo.LACP_ACTIVE);
            oneOf(me, "ad_select", adSelect, BondInfo.AD_SELECT);
            range(me, "ad_user_port_key", adUserPortKey, 0, 1023);
            range(me, "ad_actor_sys_prio", adActorSysPrio, 1, 65535);
            if (adActorSystem != null) {
                LinkSpec.validateMac(adActorSystem);
            }
            if (arpInterval != null && arpInterval > 0 && mode != null
                    && List.of("802.3ad", "balance-tlb", "balance-alb").contains(mode)) {
                throw new IllegalArgumentException(me + "arp_interval (ARP monitoring) cannot be"
                        + " used in mode " + mode + "; use miimon");
            }
            // the kernel's mode dependencies (bond_options.c unsuppmodes), when the mode is known
            onlyIn(me, "packets_per_slave", packetsPerSlave, List.of("balance-rr"));
            onlyIn(me, "tlb_dynamic_lb", tlbDynamicLb, List.of("balance-tlb", "balance-alb"));
            onlyIn(me, "lacp_rate", lacpRate, List.of("802.3ad"));
            onlyIn(me, "ad_actor_sys_prio", adActorSysPrio, List.of("802.3ad"));
            onlyIn(me, "ad_user_port_key", adUserPortKey, List.of("802.3ad"));
            onlyIn(me, "ad_actor_system", adActorSystem, List.of("802.3ad"));
            return new Bond(this);
        }

        private void onlyIn(String me, String what, Object value, List<String> modes) {
            if (value != null && mode != null && !modes.contains(mode)) {
                throw new IllegalArgumentException(me + what + " is not supported in mode " + mode
                        + " (only in " + String.join(", ", modes) + ")");
            }
        }

        private static void oneOf(String me, String what, String value, List<String> table) {
            if (value != null && !table.contains(value)) {
                throw new IllegalArgumentException(me + "unknown " + what + " \"" + value
                        + "\"; one of " + String.join(", ", table));
            }
        }

        private static void range(String me, String what, Integer v, int min, Integer max) {
            if (v == null) {
                return;
            }
            if (v < min || (max != null && v > max)) {
                throw new IllegalArgumentException(me + what + " " + v + " is outside " + min
                        + ".." + (max == null ? Integer.MAX_VALUE : max));
            }
        }

        private static void targets(String me, String what, List<InetAddress> targets,
                Class<? extends InetAddress> family) {
            if (targets == null) {
                return;
            }
            String fam = family == Inet4Address.class ? "IPv4" : "IPv6";
            if (targets.size() > BondInfo.MAX_TARGETS) {
                throw new IllegalArgumentException(me + what + ": " + targets.size()
                        + " targets, at most " + BondInfo.MAX_TARGETS);
            }
            Set<InetAddress> seen = new HashSet<>();
            for (InetAddress a : targets) {
                String text = IpAddresses.format(a);
                if (!family.isInstance(a)) {
                    throw new IllegalArgumentException(me + what + " " + text + " is not an "
                            + fam + " address");
                }
                if (a.isAnyLocalAddress() || a.isMulticastAddress() || a.isLoopbackAddress()
                        || text.equals("255.255.255.255")) {
                    throw new IllegalArgumentException(me + what + " " + text
                            + " is not a unicast address");
                }
                if (!seen.add(a)) {
                    throw new IllegalArgumentException(me + what + " lists " + text + " twice");
                }
            }
        }
    }
}

package dev.jnetlink.codec.link;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A link (network interface) as the kernel describes it in {@code RTM_NEWLINK}: everything
 * {@code ip -d -s link show} prints. Components are the {@code IFLA_*} attributes in the
 * order the kernel sends them; an attribute the kernel did not send is null. Attributes this
 * library does not model are kept in {@link #unknown()}, so nothing is lost.
 *
 * <p>Immutable. {@code dev.jnetlink.rtnl.view.IpLinkShow} prints links as {@code ip link show}
 * does.
 *
 * @param header the {@code ifinfomsg}: index, device type, flags
 * @param targetNetnsid {@code IFLA_TARGET_NETNSID}: the namespace a cross-namespace dump read
 * @param name {@code IFLA_IFNAME}
 * @param txqlen {@code IFLA_TXQLEN} ({@code qlen})
 * @param operState {@code IFLA_OPERSTATE}, see {@link #state()}
 * @param linkMode {@code IFLA_LINKMODE}: 0 default, 1 dormant
 * @param netnsImmutable {@code IFLA_NETNS_IMMUTABLE}: 1 if it cannot change namespace
 * @param mtu {@code IFLA_MTU}
 * @param minMtu {@code IFLA_MIN_MTU}
 * @param maxMtu {@code IFLA_MAX_MTU}
 * @param group {@code IFLA_GROUP}: 0 is {@code default}
 * @param promiscuity {@code IFLA_PROMISCUITY}: promiscuous-mode users
 * @param allmulti {@code IFLA_ALLMULTI}: all-multicast users
 * @param numTxQueues {@code IFLA_NUM_TX_QUEUES}
 * @param offload the {@code IFLA_GSO_*}, {@code IFLA_GRO_*}, {@code IFLA_TSO_*} limits and
 *     {@code IFLA_MAX_PACING_OFFLOAD_HORIZON}
 * @param numRxQueues {@code IFLA_NUM_RX_QUEUES}
 * @param master {@code IFLA_MASTER}: index of the bridge or bond this link is a port of
 * @param carrier {@code IFLA_CARRIER}: 1 if the carrier is up
 * @param alias {@code IFLA_IFALIAS}
 * @param carrierCounts {@code IFLA_CARRIER_CHANGES}, {@code IFLA_CARRIER_UP_COUNT} and
 *     {@code IFLA_CARRIER_DOWN_COUNT}
 * @param headroom {@code IFLA_HEADROOM}
 * @param tailroom {@code IFLA_TAILROOM}
 * @param protoDown {@code IFLA_PROTO_DOWN}
 * @param protoDownReason {@code IFLA_PROTO_DOWN_REASON}, kept as bytes
 * @param event {@code IFLA_EVENT}, in notifications
 * @param address {@code IFLA_ADDRESS}: the MAC address ({@code link/ether ...})
 * @param broadcast {@code IFLA_BROADCAST} ({@code brd ...})
 * @param physicalPort {@code IFLA_PHYS_PORT_ID}, {@code IFLA_PHYS_PORT_NAME} and
 *     {@code IFLA_PHYS_SWITCH_ID}
 * @param stats64 {@code IFLA_STATS64}
 * @param stats {@code IFLA_STATS} (32-bit counters)
 * @param virtualFunctions {@code IFLA_NUM_VF}, {@code IFLA_VFINFO_LIST}, {@code IFLA_VF_PORTS}
 *     and {@code IFLA_PORT_SELF}
 * @param xdp {@code IFLA_XDP}, kept as bytes
 * @param linkInfo {@code IFLA_LINKINFO}: kind and kind details
 * @param linkNetnsid {@code IFLA_LINK_NETNSID}: the nsid (in this namespace) of the namespace
 *     where {@link #link()} lives ({@code link-netnsid})
 * @param newNetnsid {@code IFLA_NEW_NETNSID}, in notifications of a namespace move
 * @param newIfindex {@code IFLA_NEW_IFINDEX}, in notifications of a namespace move
 * @param link {@code IFLA_LINK}: index of the lower device or veth peer ({@code @if4})
 * @param qdisc {@code IFLA_QDISC}
 * @param afSpec {@code IFLA_AF_SPEC} (per-family settings), kept as bytes
 * @param map {@code IFLA_MAP}, kept as bytes
 * @param altNames the {@code IFLA_ALT_IFNAME}s in {@code IFLA_PROP_LIST} ({@code altname})
 * @param permAddress {@code IFLA_PERM_ADDRESS}
 * @param parentDevName {@code IFLA_PARENT_DEV_NAME}
 * @param parentDevBusName {@code IFLA_PARENT_DEV_BUS_NAME}
 * @param devlinkPort {@code IFLA_DEVLINK_PORT}, kept as bytes
 * @param dpllPin {@code IFLA_DPLL_PIN}, kept as bytes
 * @param protinfo {@code IFLA_PROTINFO} (bridge port details in {@code AF_BRIDGE} dumps), bytes
 * @param extMask {@code IFLA_EXT_MASK} (requests only)
 * @param netNsPid {@code IFLA_NET_NS_PID} (requests only)
 * @param netNsFd {@code IFLA_NET_NS_FD} (requests only)
 * @param unknown attributes this library does not model, as received
 */
public record Link(
        IfInfoMsg header,
        Integer targetNetnsid,
        String name,
        Integer txqlen,
        Integer operState,
        Integer linkMode,
        Integer netnsImmutable,
        Integer mtu,
        Integer minMtu,
        Integer maxMtu,
        Integer group,
        Integer promiscuity,
        Integer allmulti,
        Integer numTxQueues,
        LinkOffload offload,
        Integer numRxQueues,
        Integer master,
        Integer carrier,
        String alias,
        CarrierCounts carrierCounts,
        Integer headroom,
        Integer tailroom,
        Integer protoDown,
        Bytes protoDownReason,
        Integer event,
        MacAddress address,
        MacAddress broadcast,
        PhysicalPort physicalPort,
        LinkStats stats64,
        LinkStats stats,
        VirtualFunctions virtualFunctions,
        Bytes xdp,
        LinkInfo linkInfo,
        Integer linkNetnsid,
        Integer newNetnsid,
        Integer newIfindex,
        Integer link,
        String qdisc,
        Bytes afSpec,
        Bytes map,
        List<String> altNames,
        MacAddress permAddress,
        String parentDevName,
        String parentDevBusName,
        Bytes devlinkPort,
        Bytes dpllPin,
        Bytes protinfo,
        Integer extMask,
        Integer netNsPid,
        Integer netNsFd,
        List<RawAttribute> unknown) {

    /** @return the interface index */
    public int index() {
        return header.index();
    }

    /** @return the {@code IFF_*} flags, see {@link LinkFlags} */
    public int flags() {
        return header.flags();
    }

    /** @return the device type ({@code ARPHRD_*}) */
    public int deviceType() {
        return header.type();
    }

    /** @return true if administratively up ({@code IFF_UP}) */
    public boolean isUp() {
        return (header.flags() & LinkFlags.UP) != 0;
    }

    /** @return true if the lower layer is up ({@code IFF_LOWER_UP}) */
    public boolean isLowerUp() {
        return (header.flags() & LinkFlags.LOWER_UP) != 0;
    }

    /** @return the operational state, {@link OperState#UNKNOWN} if not sent */
    public OperState state() {
        return operState == null ? OperState.UNKNOWN : OperState.of(operState);
    }

    /** @return {@code IFLA_INFO_KIND} ({@code veth}, {@code bridge}, ...), or null */
    public String kind() {
        return linkInfo == null ? null : linkInfo.kind();
    }

    /** @return {@code IFLA_INFO_SLAVE_KIND} (the master's kind for a port), or null */
    public String slaveKind() {
        return linkInfo == null ? null : linkInfo.slaveKind();
    }

    /**
     * @param type the kind details' class, e.g. {@code VlanInfo.class}
     * @param <T> that class
     * @return the kind details if they are of that class, else null
     */
    public <T extends LinkInfoData> T data(Class<T> type) {
        LinkInfoData d = linkInfo == null ? null : linkInfo.data();
        return type.isInstance(d) ? type.cast(d) : null;
    }

    /**
     * @param type the port details' class, e.g. {@code BridgePortInfo.class}
     * @param <T> that class
     * @return the port details if they are of that class, else null
     */
    public <T extends LinkInfoData> T slaveData(Class<T> type) {
        LinkInfoData d = linkInfo == null ? null : linkInfo.slaveData();
        return type.isInstance(d) ? type.cast(d) : null;
    }

    /**
     * The IPv6 address generation mode, read from {@link #afSpec()} on each call.
     *
     * @return {@code IFLA_INET6_ADDR_GEN_MODE} (0 eui64, 1 none, 2 stable_secret, 3 random), or
     *     null if the kernel did not send it
     */
    public Integer inet6AddrGenMode() {
        return AfSpec.u8(afSpec, AfSpec.AF_INET6, AfSpec.INET6_ADDR_GEN_MODE);
    }

    /**
     * @return the IPv6 address generation mode as {@code ip -d link show} prints it after
     *     {@code addrgenmode} ({@code eui64}, {@code none}, ...), or null
     */
    public String inet6AddrGenModeName() {
        Integer m = inet6AddrGenMode();
        return m == null ? null : AfSpec.addrGenModeName(m);
    }

    /** @return the name {@code ip link show} prints after {@code link/}, e.g. {@code ether} */
    public String deviceTypeName() {
        return ArpHardware.name(header.type());
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
     * Builds a {@link Link} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private IfInfoMsg header;
        private Integer targetNetnsid;
        private String name;
        private Integer txqlen;
        private Integer operState;
        private Integer linkMode;
        private Integer netnsImmutable;
        private Integer mtu;
        private Integer minMtu;
        private Integer maxMtu;
        private Integer group;
        private Integer promiscuity;
        private Integer allmulti;
        private Integer numTxQueues;
        private LinkOffload offload;
        private Integer numRxQueues;
        private Integer master;
        private Integer carrier;
        private String alias;
        private CarrierCounts carrierCounts;
        private Integer headroom;
        private Integer tailroom;
        private Integer protoDown;
        private Bytes protoDownReason;
        private Integer event;
        private MacAddress address;
        private MacAddress broadcast;
        private PhysicalPort physicalPort;
        private LinkStats stats64;
        private LinkStats stats;
        private VirtualFunctions virtualFunctions;
        private Bytes xdp;
        private LinkInfo linkInfo;
        private Integer linkNetnsid;
        private Integer newNetnsid;
        private Integer newIfindex;
        private Integer link;
        private String qdisc;
        private Bytes afSpec;
        private Bytes map;
        private List<String> altNames;
        private MacAddress permAddress;
        private String parentDevName;
        private String parentDevBusName;
        private Bytes devlinkPort;
        private Bytes dpllPin;
        private Bytes protinfo;
        private Integer extMask;
        private Integer netNsPid;
        private Integer netNsFd;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(Link r) {
            header = r.header;
            targetNetnsid = r.targetNetnsid;
            name = r.name;
            txqlen = r.txqlen;
            operState = r.operState;
            linkMode = r.linkMode;
            netnsImmutable = r.netnsImmutable;
            mtu = r.mtu;
            minMtu = r.minMtu;
            maxMtu = r.maxMtu;
            group = r.group;
            promiscuity = r.promiscuity;
            allmulti = r.allmulti;
            numTxQueues = r.numTxQueues;
            offload = r.offload;
            numRxQueues = r.numRxQueues;
            master = r.master;
            carrier = r.carrier;
            alias = r.alias;
            carrierCounts = r.carrierCounts;
            headroom = r.headroom;
            tailroom = r.tailroom;
            protoDown = r.protoDown;
            protoDownReason = r.protoDownReason;
            event = r.event;
            address = r.address;
            broadcast = r.broadcast;
            physicalPort = r.physicalPort;
            stats64 = r.stats64;
            stats = r.stats;
            virtualFunctions = r.virtualFunctions;
            xdp = r.xdp;
            linkInfo = r.linkInfo;
            linkNetnsid = r.linkNetnsid;
            newNetnsid = r.newNetnsid;
            newIfindex = r.newIfindex;
            link = r.link;
            qdisc = r.qdisc;
            afSpec = r.afSpec;
            map = r.map;
            altNames = r.altNames;
            permAddress = r.permAddress;
            parentDevName = r.parentDevName;
            parentDevBusName = r.parentDevBusName;
            devlinkPort = r.devlinkPort;
            dpllPin = r.dpllPin;
            protinfo = r.protinfo;
            extMask = r.extMask;
            netNsPid = r.netNsPid;
            netNsFd = r.netNsFd;
            unknown = r.unknown;
        }

        /**
         * @param header the {@code ifinfomsg}: index, device type, flags
         * @return this builder
         */
        public Builder header(IfInfoMsg header) {
            this.header = header;
            return this;
        }

        /**
         * @param targetNetnsid {@code IFLA_TARGET_NETNSID}: the namespace a cross-namespace dump
         *     read
         * @return this builder
         */
        public Builder targetNetnsid(Integer targetNetnsid) {
            this.targetNetnsid = targetNetnsid;
            return this;
        }

        /**
         * @param name {@code IFLA_IFNAME}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param txqlen {@code IFLA_TXQLEN} ({@code qlen})
         * @return this builder
         */
        public Builder txqlen(Integer txqlen) {
            this.txqlen = txqlen;
            return this;
        }

        /**
         * @param operState {@code IFLA_OPERSTATE}, see {@link Link#state()}
         * @return this builder
         */
        public Builder operState(Integer operState) {
            this.operState = operState;
            return this;
        }

        /**
         * @param linkMode {@code IFLA_LINKMODE}: 0 default, 1 dormant
         * @return this builder
         */
        public Builder linkMode(Integer linkMode) {
            this.linkMode = linkMode;
            return this;
        }

        /**
         * @param netnsImmutable {@code IFLA_NETNS_IMMUTABLE}: 1 if it cannot change namespace
         * @return this builder
         */
        public Builder netnsImmutable(Integer netnsImmutable) {
            this.netnsImmutable = netnsImmutable;
            return this;
        }

        /**
         * @param mtu {@code IFLA_MTU}
         * @return this builder
         */
        public Builder mtu(Integer mtu) {
            this.mtu = mtu;
            return this;
        }

        /**
         * @param minMtu {@code IFLA_MIN_MTU}
         * @return this builder
         */
        public Builder minMtu(Integer minMtu) {
            this.minMtu = minMtu;
            return this;
        }

        /**
         * @param maxMtu {@code IFLA_MAX_MTU}
         * @return this builder
         */
        public Builder maxMtu(Integer maxMtu) {
            this.maxMtu = maxMtu;
            return this;
        }

        /**
         * @param group {@code IFLA_GROUP}: 0 is {@code default}
         * @return this builder
         */
        public Builder group(Integer group) {
            this.group = group;
            return this;
        }

        /**
         * @param promiscuity {@code IFLA_PROMISCUITY}: promiscuous-mode users
         * @return this builder
         */
        public Builder promiscuity(Integer promiscuity) {
            this.promiscuity = promiscuity;
            return this;
        }

        /**
         * @param allmulti {@code IFLA_ALLMULTI}: all-multicast users
         * @return this builder
         */
        public Builder allmulti(Integer allmulti) {
            this.allmulti = allmulti;
            return this;
        }

        /**
         * @param numTxQueues {@code IFLA_NUM_TX_QUEUES}
         * @return this builder
         */
        public Builder numTxQueues(Integer numTxQueues) {
            this.numTxQueues = numTxQueues;
            return this;
        }

        /**
         * @param offload the {@code IFLA_GSO_*}, {@code IFLA_GRO_*}, {@code IFLA_TSO_*} limits and
         *     {@code IFLA_MAX_PACING_OFFLOAD_HORIZON}
         * @return this builder
         */
        public Builder offload(LinkOffload offload) {
            this.offload = offload;
            return this;
        }

        /**
         * @param numRxQueues {@code IFLA_NUM_RX_QUEUES}
         * @return this builder
         */
        public Builder numRxQueues(Integer numRxQueues) {
            this.numRxQueues = numRxQueues;
            return this;
        }

        /**
         * @param master {@code IFLA_MASTER}: index of the bridge or bond this link is a port of
         * @return this builder
         */
        public Builder master(Integer master) {
            this.master = master;
            return this;
        }

        /**
         * @param carrier {@code IFLA_CARRIER}: 1 if the carrier is up
         * @return this builder
         */
        public Builder carrier(Integer carrier) {
            this.carrier = carrier;
            return this;
        }

        /**
         * @param alias {@code IFLA_IFALIAS}
         * @return this builder
         */
        public Builder alias(String alias) {
            this.alias = alias;
            return this;
        }

        /**
         * @param carrierCounts {@code IFLA_CARRIER_CHANGES}, {@code IFLA_CARRIER_UP_COUNT} and
         *     {@code IFLA_CARRIER_DOWN_COUNT}
         * @return this builder
         */
        public Builder carrierCounts(CarrierCounts carrierCounts) {
            this.carrierCounts = carrierCounts;
            return this;
        }

        /**
         * @param headroom {@code IFLA_HEADROOM}
         * @return this builder
         */
        public Builder headroom(Integer headroom) {
            this.headroom = headroom;
            return this;
        }

        /**
         * @param tailroom {@code IFLA_TAILROOM}
         * @return this builder
         */
        public Builder tailroom(Integer tailroom) {
            this.tailroom = tailroom;
            return this;
        }

        /**
         * @param protoDown {@code IFLA_PROTO_DOWN}
         * @return this builder
         */
        public Builder protoDown(Integer protoDown) {
            this.protoDown = protoDown;
            return this;
        }

        /**
         * @param protoDownReason {@code IFLA_PROTO_DOWN_REASON}, kept as bytes
         * @return this builder
         */
        public Builder protoDownReason(Bytes protoDownReason) {
            this.protoDownReason = protoDownReason;
            return this;
        }

        /**
         * @param event {@code IFLA_EVENT}, in notifications
         * @return this builder
         */
        public Builder event(Integer event) {
            this.event = event;
            return this;
        }

        /**
         * @param address {@code IFLA_ADDRESS}: the MAC address ({@code link/ether ...})
         * @return this builder
         */
        public Builder address(MacAddress address) {
            this.address = address;
            return this;
        }

        /**
         * @param broadcast {@code IFLA_BROADCAST} ({@code brd ...})
         * @return this builder
         */
        public Builder broadcast(MacAddress broadcast) {
            this.broadcast = broadcast;
            return this;
        }

        /**
         * @param physicalPort {@code IFLA_PHYS_PORT_ID}, {@code IFLA_PHYS_PORT_NAME} and {@code
         *     IFLA_PHYS_SWITCH_ID}
         * @return this builder
         */
        public Builder physicalPort(PhysicalPort physicalPort) {
            this.physicalPort = physicalPort;
            return this;
        }

        /**
         * @param stats64 {@code IFLA_STATS64}
         * @return this builder
         */
        public Builder stats64(LinkStats stats64) {
            this.stats64 = stats64;
            return this;
        }

        /**
         * @param stats {@code IFLA_STATS} (32-bit counters)
         * @return this builder
         */
        public Builder stats(LinkStats stats) {
            this.stats = stats;
            return this;
        }

        /**
         * @param virtualFunctions {@code IFLA_NUM_VF}, {@code IFLA_VFINFO_LIST}, {@code
         *     IFLA_VF_PORTS} and {@code IFLA_PORT_SELF}
         * @return this builder
         */
        public Builder virtualFunctions(VirtualFunctions virtualFunctions) {
            this.virtualFunctions = virtualFunctions;
            return this;
        }

        /**
         * @param xdp {@code IFLA_XDP}, kept as bytes
         * @return this builder
         */
        public Builder xdp(Bytes xdp) {
            this.xdp = xdp;
            return this;
        }

        /**
         * @param linkInfo {@code IFLA_LINKINFO}: kind and kind details
         * @return this builder
         */
        public Builder linkInfo(LinkInfo linkInfo) {
            this.linkInfo = linkInfo;
            return this;
        }

        /**
         * @param linkNetnsid {@code IFLA_LINK_NETNSID}: the nsid (in this namespace) of the
         *     namespace where {@link Link#link()} lives ({@code link-netnsid})
         * @return this builder
         */
        public Builder linkNetnsid(Integer linkNetnsid) {
            this.linkNetnsid = linkNetnsid;
            return this;
        }

        /**
         * @param newNetnsid {@code IFLA_NEW_NETNSID}, in notifications of a namespace move
         * @return this builder
         */
        public Builder newNetnsid(Integer newNetnsid) {
            this.newNetnsid = newNetnsid;
            return this;
        }

        /**
         * @param newIfindex {@code IFLA_NEW_IFINDEX}, in notifications of a namespace move
         * @return this builder
         */
        public Builder newIfindex(Integer newIfindex) {
            this.newIfindex = newIfindex;
            return this;
        }

        /**
         * @param link {@code IFLA_LINK}: index of the lower device or veth peer ({@code @if4})
         * @return this builder
         */
        public Builder link(Integer link) {
            this.link = link;
            return this;
        }

        /**
         * @param qdisc {@code IFLA_QDISC}
         * @return this builder
         */
        public Builder qdisc(String qdisc) {
            this.qdisc = qdisc;
            return this;
        }

        /**
         * @param afSpec {@code IFLA_AF_SPEC} (per-family settings), kept as bytes
         * @return this builder
         */
        public Builder afSpec(Bytes afSpec) {
            this.afSpec = afSpec;
            return this;
        }

        /**
         * @param map {@code IFLA_MAP}, kept as bytes
         * @return this builder
         */
        public Builder map(Bytes map) {
            this.map = map;
            return this;
        }

        /**
         * @param altNames the {@code IFLA_ALT_IFNAME}s in {@code IFLA_PROP_LIST} ({@code altname})
         * @return this builder
         */
        public Builder altNames(List<String> altNames) {
            this.altNames = altNames == null ? null : List.copyOf(altNames);
            return this;
        }

        /**
         * @param permAddress {@code IFLA_PERM_ADDRESS}
         * @return this builder
         */
        public Builder permAddress(MacAddress permAddress) {
            this.permAddress = permAddress;
            return this;
        }

        /**
         * @param parentDevName {@code IFLA_PARENT_DEV_NAME}
         * @return this builder
         */
        public Builder parentDevName(String parentDevName) {
            this.parentDevName = parentDevName;
            return this;
        }

        /**
         * @param parentDevBusName {@code IFLA_PARENT_DEV_BUS_NAME}
         * @return this builder
         */
        public Builder parentDevBusName(String parentDevBusName) {
            this.parentDevBusName = parentDevBusName;
            return this;
        }

        /**
         * @param devlinkPort {@code IFLA_DEVLINK_PORT}, kept as bytes
         * @return this builder
         */
        public Builder devlinkPort(Bytes devlinkPort) {
            this.devlinkPort = devlinkPort;
            return this;
        }

        /**
         * @param dpllPin {@code IFLA_DPLL_PIN}, kept as bytes
         * @return this builder
         */
        public Builder dpllPin(Bytes dpllPin) {
            this.dpllPin = dpllPin;
            return this;
        }

        /**
         * @param protinfo {@code IFLA_PROTINFO} (bridge port details in {@code AF_BRIDGE} dumps),
         *     bytes
         * @return this builder
         */
        public Builder protinfo(Bytes protinfo) {
            this.protinfo = protinfo;
            return this;
        }

        /**
         * @param extMask {@code IFLA_EXT_MASK} (requests only)
         * @return this builder
         */
        public Builder extMask(Integer extMask) {
            this.extMask = extMask;
            return this;
        }

        /**
         * @param netNsPid {@code IFLA_NET_NS_PID} (requests only)
         * @return this builder
         */
        public Builder netNsPid(Integer netNsPid) {
            this.netNsPid = netNsPid;
            return this;
        }

        /**
         * @param netNsFd {@code IFLA_NET_NS_FD} (requests only)
         * @return this builder
         */
        public Builder netNsFd(Integer netNsFd) {
            this.netNsFd = netNsFd;
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

        /** @return the {@link Link} */
        public Link build() {
            return new Link(header, targetNetnsid, name, txqlen, operState, linkMode,
                    netnsImmutable, mtu, minMtu, maxMtu, group, promiscuity, allmulti, numTxQueues,
                    offload, numRxQueues, master, carrier, alias, carrierCounts, headroom, tailroom,
                    protoDown, protoDownReason, event, address, broadcast, physicalPort, stats64,
                    stats, virtualFunctions, xdp, linkInfo, linkNetnsid, newNetnsid, newIfindex,
                    link, qdisc, afSpec, map, altNames, permAddress, parentDevName,
                    parentDevBusName, devlinkPort, dpllPin, protinfo, extMask, netNsPid, netNsFd,
                    unknown);
        }
    }
}

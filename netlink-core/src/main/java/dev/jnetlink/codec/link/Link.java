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
 * @param gsoMaxSegs {@code IFLA_GSO_MAX_SEGS}
 * @param gsoMaxSize {@code IFLA_GSO_MAX_SIZE}
 * @param groMaxSize {@code IFLA_GRO_MAX_SIZE}
 * @param gsoIpv4MaxSize {@code IFLA_GSO_IPV4_MAX_SIZE}
 * @param groIpv4MaxSize {@code IFLA_GRO_IPV4_MAX_SIZE}
 * @param tsoMaxSize {@code IFLA_TSO_MAX_SIZE}
 * @param tsoMaxSegs {@code IFLA_TSO_MAX_SEGS}
 * @param maxPacingOffloadHorizon {@code IFLA_MAX_PACING_OFFLOAD_HORIZON}, in ns
 * @param numRxQueues {@code IFLA_NUM_RX_QUEUES}
 * @param master {@code IFLA_MASTER}: index of the bridge or bond this link is a port of
 * @param carrier {@code IFLA_CARRIER}: 1 if the carrier is up
 * @param alias {@code IFLA_IFALIAS}
 * @param carrierChanges {@code IFLA_CARRIER_CHANGES}
 * @param carrierUpCount {@code IFLA_CARRIER_UP_COUNT}
 * @param carrierDownCount {@code IFLA_CARRIER_DOWN_COUNT}
 * @param headroom {@code IFLA_HEADROOM}
 * @param tailroom {@code IFLA_TAILROOM}
 * @param protoDown {@code IFLA_PROTO_DOWN}
 * @param protoDownReason {@code IFLA_PROTO_DOWN_REASON}, kept as bytes
 * @param event {@code IFLA_EVENT}, in notifications
 * @param address {@code IFLA_ADDRESS}: the MAC address ({@code link/ether ...})
 * @param broadcast {@code IFLA_BROADCAST} ({@code brd ...})
 * @param physPortId {@code IFLA_PHYS_PORT_ID}
 * @param physPortName {@code IFLA_PHYS_PORT_NAME}
 * @param physSwitchId {@code IFLA_PHYS_SWITCH_ID}
 * @param stats64 {@code IFLA_STATS64}
 * @param stats {@code IFLA_STATS} (32-bit counters)
 * @param numVf {@code IFLA_NUM_VF}
 * @param vfInfoList {@code IFLA_VFINFO_LIST}, kept as bytes
 * @param vfPorts {@code IFLA_VF_PORTS}, kept as bytes
 * @param portSelf {@code IFLA_PORT_SELF}, kept as bytes
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
        Integer gsoMaxSegs,
        Integer gsoMaxSize,
        Integer groMaxSize,
        Integer gsoIpv4MaxSize,
        Integer groIpv4MaxSize,
        Integer tsoMaxSize,
        Integer tsoMaxSegs,
        Long maxPacingOffloadHorizon,
        Integer numRxQueues,
        Integer master,
        Integer carrier,
        String alias,
        Integer carrierChanges,
        Integer carrierUpCount,
        Integer carrierDownCount,
        Integer headroom,
        Integer tailroom,
        Integer protoDown,
        Bytes protoDownReason,
        Integer event,
        MacAddress address,
        MacAddress broadcast,
        Bytes physPortId,
        String physPortName,
        Bytes physSwitchId,
        LinkStats stats64,
        LinkStats stats,
        Integer numVf,
        Bytes vfInfoList,
        Bytes vfPorts,
        Bytes portSelf,
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
}

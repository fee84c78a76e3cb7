package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import java.net.InetAddress;
import java.util.List;

/**
 * A VXLAN's {@code IFLA_INFO_DATA}: what {@code ip -d link show} prints after {@code vxlan}
 * ({@code id 42 remote 10.0.0.2 local 10.0.0.1 dev eth0 srcport 0 0 dstport 4789 ttl 10 ...}).
 * Components are in the kernel's order ({@code vxlan_fill_info}); u8 booleans are 0 or 1.
 *
 * @param id {@code IFLA_VXLAN_ID}: the VNI
 * @param group {@code IFLA_VXLAN_GROUP}: IPv4 remote ({@code remote}) or multicast group
 *     ({@code group})
 * @param group6 {@code IFLA_VXLAN_GROUP6}: the same over IPv6
 * @param link {@code IFLA_VXLAN_LINK}: index of the underlay device ({@code dev})
 * @param local {@code IFLA_VXLAN_LOCAL}: IPv4 source address
 * @param local6 {@code IFLA_VXLAN_LOCAL6}: IPv6 source address
 * @param ttl {@code IFLA_VXLAN_TTL}, 0 for the default
 * @param ttlInherit {@code IFLA_VXLAN_TTL_INHERIT}
 * @param tos {@code IFLA_VXLAN_TOS}, 1 for inherit
 * @param df {@code IFLA_VXLAN_DF}: 0 unset, 1 set, 2 inherit
 * @param label {@code IFLA_VXLAN_LABEL}: IPv6 flow label, network order
 * @param labelPolicy {@code IFLA_VXLAN_LABEL_POLICY}: 0 fixed, 1 inherit
 * @param learning {@code IFLA_VXLAN_LEARNING}
 * @param proxy {@code IFLA_VXLAN_PROXY}
 * @param rsc {@code IFLA_VXLAN_RSC}
 * @param l2miss {@code IFLA_VXLAN_L2MISS}
 * @param l3miss {@code IFLA_VXLAN_L3MISS}
 * @param collectMetadata {@code IFLA_VXLAN_COLLECT_METADATA} ({@code external})
 * @param ageing {@code IFLA_VXLAN_AGEING}: FDB entry lifetime, seconds
 * @param limit {@code IFLA_VXLAN_LIMIT} ({@code maxaddress}), 0 for unlimited
 * @param port {@code IFLA_VXLAN_PORT} ({@code dstport})
 * @param udpCsum {@code IFLA_VXLAN_UDP_CSUM}
 * @param udpZeroCsum6Tx {@code IFLA_VXLAN_UDP_ZERO_CSUM6_TX}
 * @param udpZeroCsum6Rx {@code IFLA_VXLAN_UDP_ZERO_CSUM6_RX}
 * @param remcsumTx {@code IFLA_VXLAN_REMCSUM_TX}
 * @param remcsumRx {@code IFLA_VXLAN_REMCSUM_RX}
 * @param localBypass {@code IFLA_VXLAN_LOCALBYPASS}
 * @param portRange {@code IFLA_VXLAN_PORT_RANGE} ({@code srcport})
 * @param gbp {@code IFLA_VXLAN_GBP} (flag)
 * @param gpe {@code IFLA_VXLAN_GPE} (flag)
 * @param remcsumNoPartial {@code IFLA_VXLAN_REMCSUM_NOPARTIAL} (flag)
 * @param vnifilter {@code IFLA_VXLAN_VNIFILTER}
 * @param reservedBits {@code IFLA_VXLAN_RESERVED_BITS}: the VXLAN header bits the device
 *     tolerates, kept as the kernel's 8 bytes
 * @param unknown attributes not listed above
 */
public record VxlanInfo(Integer id, InetAddress group, InetAddress group6, Integer link,
        InetAddress local, InetAddress local6, Integer ttl, Integer ttlInherit, Integer tos,
        Integer df, Integer label, Integer labelPolicy, Integer learning, Integer proxy,
        Integer rsc, Integer l2miss, Integer l3miss, Integer collectMetadata, Integer ageing,
        Integer limit, Integer port, Integer udpCsum, Integer udpZeroCsum6Tx,
        Integer udpZeroCsum6Rx, Integer remcsumTx, Integer remcsumRx, Integer localBypass,
        VxlanPortRange portRange, Boolean gbp, Boolean gpe, Boolean remcsumNoPartial,
        Integer vnifilter, Bytes reservedBits, List<RawAttribute> unknown)
        implements LinkInfoData {

    /** The {@code IFLA_VXLAN_*} table, in the kernel's order. */
    public static final AttributeSetCodec<VxlanInfo> CODEC = AttributeSetCodec
            .builder(VxlanInfo.class, IflaVxlan.SPACE)
            .u32("id", IflaVxlan.ID)
            .inet("group", IflaVxlan.GROUP)
            .inet("group6", IflaVxlan.GROUP6)
            .u32("link", IflaVxlan.LINK)
            .inet("local", IflaVxlan.LOCAL)
            .inet("local6", IflaVxlan.LOCAL6)
            .u8("ttl", IflaVxlan.TTL)
            .u8("ttlInherit", IflaVxlan.TTL_INHERIT)
            .u8("tos", IflaVxlan.TOS)
            .u8("df", IflaVxlan.DF)
            .be32("label", IflaVxlan.LABEL)
            .u32("labelPolicy", IflaVxlan.LABEL_POLICY)
            .u8("learning", IflaVxlan.LEARNING)
            .u8("proxy", IflaVxlan.PROXY)
            .u8("rsc", IflaVxlan.RSC)
            .u8("l2miss", IflaVxlan.L2MISS)
            .u8("l3miss", IflaVxlan.L3MISS)
            .u8("collectMetadata", IflaVxlan.COLLECT_METADATA)
            .u32("ageing", IflaVxlan.AGEING)
            .u32("limit", IflaVxlan.LIMIT)
            .be16("port", IflaVxlan.PORT)
            .u8("udpCsum", IflaVxlan.UDP_CSUM)
            .u8("udpZeroCsum6Tx", IflaVxlan.UDP_ZERO_CSUM6_TX)
            .u8("udpZeroCsum6Rx", IflaVxlan.UDP_ZERO_CSUM6_RX)
            .u8("remcsumTx", IflaVxlan.REMCSUM_TX)
            .u8("remcsumRx", IflaVxlan.REMCSUM_RX)
            .u8("localBypass", IflaVxlan.LOCALBYPASS)
            .attr("portRange", IflaVxlan.PORT_RANGE, VxlanPortRange.CODEC)
            .flag("gbp", IflaVxlan.GBP)
            .flag("gpe", IflaVxlan.GPE)
            .flag("remcsumNoPartial", IflaVxlan.REMCSUM_NOPARTIAL)
            .u8("vnifilter", IflaVxlan.VNIFILTER)
            .bytes("reservedBits", IflaVxlan.RESERVED_BITS)
            .unknown("unknown")
            .build(v -> new VxlanInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next()));

    /** @return the remote or group address, IPv4 or IPv6, or null */
    public InetAddress remoteOrGroup() {
        return group != null ? group : group6;
    }

    /** @return the local address, IPv4 or IPv6, or null */
    public InetAddress localAddress() {
        return local != null ? local : local6;
    }

    /** @return true if {@code learning} is on */
    public boolean isLearning() {
        return learning != null && learning != 0;
    }

    /** @return true for a metadata-collecting ({@code external}) device */
    public boolean isExternal() {
        return collectMetadata != null && collectMetadata != 0;
    }
}

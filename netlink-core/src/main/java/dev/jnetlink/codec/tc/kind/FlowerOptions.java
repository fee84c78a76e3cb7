package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.TcOptions;
import java.net.InetAddress;
import java.util.List;

/**
 * A flower filter's options ({@code tc filter add ... protocol ip flower ip_proto tcp dst_ip
 * 10.0.0.0/24 dst_port 80 action drop}): the keys most filters use, each with its mask where the
 * kernel keeps one; every other key ({@code TCA_FLOWER_KEY_ETH_DST}, MPLS, tunnels, conntrack,
 * ...) is kept raw in {@code unknown}. Components in the kernel's order ({@code fl_dump});
 * requests are written in {@code tc}'s order for a command line that names the keys in the
 * order of {@link #REQUEST} (the flags and the ethertype last, as {@code tc} always adds them).
 * Ethertypes and ports are in host order here (network order on the wire).
 *
 * @param classId {@code TCA_FLOWER_CLASSID}
 * @param indev {@code TCA_FLOWER_INDEV}
 * @param ethType {@code TCA_FLOWER_KEY_ETH_TYPE}
 * @param vlanId {@code TCA_FLOWER_KEY_VLAN_ID}
 * @param vlanPrio {@code TCA_FLOWER_KEY_VLAN_PRIO}
 * @param vlanEthType {@code TCA_FLOWER_KEY_VLAN_ETH_TYPE}
 * @param ipProto {@code TCA_FLOWER_KEY_IP_PROTO}
 * @param ipv4Src {@code TCA_FLOWER_KEY_IPV4_SRC}
 * @param ipv4SrcMask {@code TCA_FLOWER_KEY_IPV4_SRC_MASK}
 * @param ipv4Dst {@code TCA_FLOWER_KEY_IPV4_DST}
 * @param ipv4DstMask {@code TCA_FLOWER_KEY_IPV4_DST_MASK}
 * @param ipv6Src {@code TCA_FLOWER_KEY_IPV6_SRC}
 * @param ipv6SrcMask {@code TCA_FLOWER_KEY_IPV6_SRC_MASK}
 * @param ipv6Dst {@code TCA_FLOWER_KEY_IPV6_DST}
 * @param ipv6DstMask {@code TCA_FLOWER_KEY_IPV6_DST_MASK}
 * @param tcpSrc {@code TCA_FLOWER_KEY_TCP_SRC}
 * @param tcpSrcMask {@code TCA_FLOWER_KEY_TCP_SRC_MASK}
 * @param tcpDst {@code TCA_FLOWER_KEY_TCP_DST}
 * @param tcpDstMask {@code TCA_FLOWER_KEY_TCP_DST_MASK}
 * @param udpSrc {@code TCA_FLOWER_KEY_UDP_SRC}
 * @param udpSrcMask {@code TCA_FLOWER_KEY_UDP_SRC_MASK}
 * @param udpDst {@code TCA_FLOWER_KEY_UDP_DST}
 * @param udpDstMask {@code TCA_FLOWER_KEY_UDP_DST_MASK}
 * @param flags {@code TCA_FLOWER_FLAGS}
 * @param inHwCount {@code TCA_FLOWER_IN_HW_COUNT}
 * @param actions {@code TCA_FLOWER_ACT}
 * @param unknown attributes not modelled
 */
public record FlowerOptions(Integer classId, String indev, Integer ethType, Integer vlanId,
        Integer vlanPrio, Integer vlanEthType, Integer ipProto, InetAddress ipv4Src,
        InetAddress ipv4SrcMask, InetAddress ipv4Dst, InetAddress ipv4DstMask, InetAddress ipv6Src,
        InetAddress ipv6SrcMask, InetAddress ipv6Dst, InetAddress ipv6DstMask, Integer tcpSrc,
        Integer tcpSrcMask, Integer tcpDst, Integer tcpDstMask, Integer udpSrc, Integer udpSrcMask,
        Integer udpDst, Integer udpDstMask, Integer flags, Integer inHwCount, List<Action> actions,
        List<RawAttribute> unknown) implements TcOptions {
    /** The {@code TCA_FLOWER_*} table in the kernel's order. */
    public static final AttributeSetCodec<FlowerOptions> CODEC = AttributeSetCodec
            .builder(FlowerOptions.class, TcaFlower.SPACE)
            .u32("classId", TcaFlower.CLASSID)
            .string("indev", TcaFlower.INDEV)
            .be16("ethType", TcaFlower.KEY_ETH_TYPE)
            .u16("vlanId", TcaFlower.KEY_VLAN_ID)
            .u8("vlanPrio", TcaFlower.KEY_VLAN_PRIO)
            .be16("vlanEthType", TcaFlower.KEY_VLAN_ETH_TYPE)
            .u8("ipProto", TcaFlower.KEY_IP_PROTO)
            .inet("ipv4Src", TcaFlower.KEY_IPV4_SRC)
            .inet("ipv4SrcMask", TcaFlower.KEY_IPV4_SRC_MASK)
            .inet("ipv4Dst", TcaFlower.KEY_IPV4_DST)
            .inet("ipv4DstMask", TcaFlower.KEY_IPV4_DST_MASK)
            .inet("ipv6Src", TcaFlower.KEY_IPV6_SRC)
            .inet("ipv6SrcMask", TcaFlower.KEY_IPV6_SRC_MASK)
            .inet("ipv6Dst", TcaFlower.KEY_IPV6_DST)
            .inet("ipv6DstMask", TcaFlower.KEY_IPV6_DST_MASK)
            .be16("tcpSrc", TcaFlower.KEY_TCP_SRC)
            .be16("tcpSrcMask", TcaFlower.KEY_TCP_SRC_MASK)
            .be16("tcpDst", TcaFlower.KEY_TCP_DST)
            .be16("tcpDstMask", TcaFlower.KEY_TCP_DST_MASK)
            .be16("udpSrc", TcaFlower.KEY_UDP_SRC)
            .be16("udpSrcMask", TcaFlower.KEY_UDP_SRC_MASK)
            .be16("udpDst", TcaFlower.KEY_UDP_DST)
            .be16("udpDstMask", TcaFlower.KEY_UDP_DST_MASK)
            .u32("flags", TcaFlower.FLAGS)
            .u32("inHwCount", TcaFlower.IN_HW_COUNT)
            .attr("actions", TcaFlower.ACT, Action.LIST)
            .unknown("unknown")
            .build(v -> new FlowerOptions(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next()));

    /**
     * The same table in {@code tc}'s order for {@code flower [classid C] [indev D] [vlan_id V
     * [vlan_prio P] [vlan_ethtype T]] [ip_proto P] [dst_ip A] [src_ip A] [dst_port N]
     * [src_port N] [skip_hw|skip_sw] [action ...]}.
     */
    public static final AttributeSetCodec<FlowerOptions> REQUEST = CODEC.withEncodeOrder(
            "classId", "indev", "vlanId", "vlanPrio", "vlanEthType", "ipProto", "ipv4Dst",
            "ipv4DstMask", "ipv6Dst", "ipv6DstMask", "ipv4Src", "ipv4SrcMask", "ipv6Src",
            "ipv6SrcMask", "tcpDst", "tcpDstMask", "udpDst", "udpDstMask", "tcpSrc", "tcpSrcMask",
            "udpSrc", "udpSrcMask", "actions", "flags", "ethType", "inHwCount");
}

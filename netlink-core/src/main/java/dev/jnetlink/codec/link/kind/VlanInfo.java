package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
import java.util.List;

/**
 * A VLAN's {@code IFLA_INFO_DATA}: {@code ip -d link show} prints
 * {@code vlan protocol 802.1Q id 20 <REORDER_HDR>} and the QoS maps.
 *
 * @param protocol {@code IFLA_VLAN_PROTOCOL}: the ethertype, {@link #PROTOCOL_8021Q} or
 *     {@link #PROTOCOL_8021AD}
 * @param id {@code IFLA_VLAN_ID}, 1 to 4094
 * @param flags {@code IFLA_VLAN_FLAGS}
 * @param ingressQos {@code IFLA_VLAN_INGRESS_QOS}, sent only when there are mappings
 * @param egressQos {@code IFLA_VLAN_EGRESS_QOS}, sent only when there are mappings
 * @param unknown attributes not listed above
 */
public record VlanInfo(Integer protocol, Integer id, VlanFlags flags,
        List<QosMapping> ingressQos, List<QosMapping> egressQos, List<RawAttribute> unknown)
        implements LinkInfoData {
    /** {@code ETH_P_8021Q}. */
    public static final int PROTOCOL_8021Q = 0x8100;
    /** {@code ETH_P_8021AD}. */
    public static final int PROTOCOL_8021AD = 0x88a8;

    /** The {@code IFLA_VLAN_*} table, in the kernel's order ({@code vlan_fill_info}). */
    public static final AttributeSetCodec<VlanInfo> CODEC = AttributeSetCodec
            .builder(VlanInfo.class, IflaVlan.SPACE)
            .be16("protocol", IflaVlan.PROTOCOL)
            .u16("id", IflaVlan.ID)
            .attr("flags", IflaVlan.FLAGS, VlanFlags.CODEC)
            .attr("ingressQos", IflaVlan.INGRESS_QOS,
                    ValueCodecs.listOf(IflaVlan.Qos.MAPPING, QosMapping.CODEC))
            .attr("egressQos", IflaVlan.EGRESS_QOS,
                    ValueCodecs.listOf(IflaVlan.Qos.MAPPING, QosMapping.CODEC))
            .unknown("unknown")
            .build(v -> new VlanInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /**
     * The {@code vlan} kind (802.1Q/802.1ad sub-interfaces).
     * Found by {@link java.util.ServiceLoader}: listed in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
     */
    public static final class VlanKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public VlanKind() {
            super("vlan", CODEC);
        }
    }

    /**
     * @param protocol an ethertype
     * @return {@code 802.1Q}, {@code 802.1ad}, or the number in hex as {@code ip} prints others
     */
    public static String protocolName(int protocol) {
        return switch (protocol) {
            case PROTOCOL_8021Q -> "802.1Q";
            case PROTOCOL_8021AD -> "802.1ad";
            default -> "0x" + String.format("%04x", protocol);
        };
    }

    /** @return the protocol as {@code ip -d link show} prints it, or null if absent */
    public String protocolName() {
        return protocol == null ? null : protocolName(protocol);
    }
}

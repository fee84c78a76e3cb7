package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
import java.util.List;

/**
 * A VRF's {@code IFLA_INFO_DATA}: {@code ip -d link show} prints {@code vrf table 10}.
 *
 * @param table {@code IFLA_VRF_TABLE}: the routing table the VRF's routes live in
 * @param unknown attributes not listed above
 */
public record VrfInfo(Integer table, List<RawAttribute> unknown) implements LinkInfoData {

    /** The {@code IFLA_VRF_*} table ({@code vrf_fillinfo}). */
    public static final AttributeSetCodec<VrfInfo> CODEC = AttributeSetCodec
            .builder(VrfInfo.class, IflaVrf.SPACE)
            .u32("table", IflaVrf.TABLE)
            .unknown("unknown")
            .build(v -> new VrfInfo(v.next(), v.next()));

    /**
     * A VRF port's {@code IFLA_INFO_SLAVE_DATA}: {@code ip -d link show} prints
     * {@code vrf_slave table 10}.
     *
     * @param table {@code IFLA_VRF_PORT_TABLE}: the table of the port's VRF
     * @param unknown attributes not listed above
     */
    public record Port(Integer table, List<RawAttribute> unknown) implements LinkInfoData {
        /** The {@code IFLA_VRF_PORT_*} table ({@code vrf_fill_slave_info}). */
        public static final AttributeSetCodec<Port> CODEC = AttributeSetCodec
                .builder(Port.class, IflaVrf.Port.SPACE)
                .u32("table", IflaVrf.Port.TABLE)
                .unknown("unknown")
                .build(v -> new Port(v.next(), v.next()));
    }

    /**
     * The {@code vrf} kind (an L3 master device: its ports' routes go to its table), with its
     * ports' data ({@code vrf_slave}).
     * Found by {@link java.util.ServiceLoader}: listed in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
     */
    public static final class VrfKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public VrfKind() {
            super("vrf", CODEC, Port.CODEC);
        }
    }
}

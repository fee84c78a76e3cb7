package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code IFLA_AF_SPEC} of an {@code AF_BRIDGE} link message: in a dump, the VLANs of a port or
 * of the bridge device ({@code bridge vlan show}); in a request, which VLANs to add or delete
 * and where ({@code bridge vlan add/del}).
 *
 * <p>{@code IFLA_BRIDGE_VLAN_INFO} repeats, which the one-attribute-per-component table of
 * {@link dev.jnetlink.codec.AttributeSetCodec} cannot express, so this set has its own small
 * codec with the same promises: kernel order ({@code FLAGS}, {@code MODE}, the VLANs, then
 * the rest), unknown attributes kept.
 *
 * @param flags {@code IFLA_BRIDGE_FLAGS}: {@link #FLAGS_MASTER}, {@link #FLAGS_SELF}, or null
 * @param mode {@code IFLA_BRIDGE_MODE}: 0 VEB, 1 VEPA, or null
 * @param vlans the {@code IFLA_BRIDGE_VLAN_INFO}s in order (ranges as begin/end pairs)
 * @param unknown other attributes ({@code IFLA_BRIDGE_VLAN_TUNNEL_INFO}, MRP, CFM, ...), as
 *     received
 */
public record BridgeAfSpec(Integer flags, Integer mode, List<BridgeVlanInfo> vlans,
        List<RawAttribute> unknown) {
    /** {@code BRIDGE_FLAGS_MASTER}: apply to the bridge the device is a port of. */
    public static final int FLAGS_MASTER = 1;
    /** {@code BRIDGE_FLAGS_SELF}: apply to the device itself. */
    public static final int FLAGS_SELF = 2;

    /** Codec of the {@code IFLA_AF_SPEC} attribute (sent without {@code NLA_F_NESTED}). */
    public static final ValueCodec<BridgeAfSpec> CODEC = new ValueCodec<>() {
        @Override
        public BridgeAfSpec decode(AttributeCursor cursor) {
            AttributeCursor c = cursor.enter(IflaBridge.SPACE);
            Integer flags = null;
            Integer mode = null;
            List<BridgeVlanInfo> vlans = new ArrayList<>();
            List<RawAttribute> unknown = new ArrayList<>(0);
            while (c.next()) {
                switch (c.type()) {
                    case IflaBridge.FLAGS -> flags = c.u16();
                    case IflaBridge.MODE -> mode = c.u16();
                    case IflaBridge.VLAN_INFO -> vlans.add(BridgeVlanInfo.CODEC.decode(c));
                    default -> unknown.add(c.raw());
                }
            }
            return new BridgeAfSpec(flags, mode, vlans, unknown);
        }

        @Override
        public void encode(MessageWriter w, int type, BridgeAfSpec value) {
            int m = w.beginNested(type);
            if (value.flags() != null) {
                w.putU16(IflaBridge.FLAGS, value.flags());
            }
            if (value.mode() != null) {
                w.putU16(IflaBridge.MODE, value.mode());
            }
            for (BridgeVlanInfo v : value.vlans()) {
                BridgeVlanInfo.CODEC.encode(w, IflaBridge.VLAN_INFO, v);
            }
            for (RawAttribute a : value.unknown()) {
                w.putRaw(a);
            }
            w.endNested(m);
        }

        @Override
        public Class<?> valueType() {
            return BridgeAfSpec.class;
        }
    };

    /**
     * @param flags or null
     * @param mode or null
     * @param vlans copied
     * @param unknown copied
     */
    public BridgeAfSpec {
        vlans = List.copyOf(Objects.requireNonNull(vlans, "vlans"));
        unknown = List.copyOf(Objects.requireNonNull(unknown, "unknown"));
    }
}

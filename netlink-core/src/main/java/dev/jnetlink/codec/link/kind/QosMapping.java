package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;

/**
 * {@code struct ifla_vlan_qos_mapping}: one VLAN priority mapping ({@code ingress-qos-map 1:2}
 * maps VLAN priority 1 to skb priority 2; {@code egress-qos-map} the other way).
 *
 * @param from the priority mapped from
 * @param to the priority mapped to
 */
public record QosMapping(int from, int to) {
    /** Codec of the 8-byte structure. */
    static final ValueCodec<QosMapping> CODEC = ValueCodecs.struct(QosMapping.class, c -> {
        if (c.length() < 8) {
            throw c.error(c.name() + " is " + c.length()
                    + " bytes, too short for ifla_vlan_qos_mapping (8)");
        }
        return new QosMapping(HostOrder.getI32(c.buffer(), c.valueIndex()),
                HostOrder.getI32(c.buffer(), c.valueIndex() + 4));
    }, (w, v) -> {
        HostOrder.writeI32(w.buffer(), v.from);
        HostOrder.writeI32(w.buffer(), v.to);
    });

    @Override
    public String toString() {
        return Integer.toUnsignedString(from) + ":" + Integer.toUnsignedString(to);
    }
}

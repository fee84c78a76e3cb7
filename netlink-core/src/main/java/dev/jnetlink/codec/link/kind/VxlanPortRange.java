package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;

/**
 * {@code struct ifla_vxlan_port_range} ({@code IFLA_VXLAN_PORT_RANGE}, {@code srcport LOW HIGH}):
 * the UDP source ports the device picks from; 0 0 means the kernel's local port range.
 *
 * @param low lowest source port
 * @param high highest source port
 */
public record VxlanPortRange(int low, int high) {
    /** Codec of the 4-byte structure (two network-order u16). */
    static final ValueCodec<VxlanPortRange> CODEC = ValueCodecs.struct(VxlanPortRange.class, c -> {
        if (c.length() < 4) {
            throw c.error(c.name() + " is " + c.length()
                    + " bytes, too short for ifla_vxlan_port_range (4)");
        }
        return new VxlanPortRange(c.buffer().getUnsignedShort(c.valueIndex()),
                c.buffer().getUnsignedShort(c.valueIndex() + 2));
    }, (w, v) -> {
        w.buffer().writeShort(v.low);
        w.buffer().writeShort(v.high);
    });
}

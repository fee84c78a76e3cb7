package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;

/**
 * {@code IFLA_BRIDGE_VLAN_INFO} ({@code struct bridge_vlan_info}): one VLAN of a port or of the
 * bridge device, or one end of a range of VLANs with the same flags.
 *
 * @param flags {@code BRIDGE_VLAN_INFO_*} bits ({@link #PVID}, {@link #UNTAGGED}, ...)
 * @param vid the VLAN id, 1 to 4094
 */
public record BridgeVlanInfo(int flags, int vid) {
    /** Size on the wire. */
    public static final int SIZE = 4;
    /** {@code BRIDGE_VLAN_INFO_MASTER}: operate on the bridge device as well. */
    public static final int MASTER = 1;
    /** {@code BRIDGE_VLAN_INFO_PVID}: the port VLAN id; untagged frames ingress on it. */
    public static final int PVID = 1 << 1;
    /** {@code BRIDGE_VLAN_INFO_UNTAGGED}: frames of this VLAN egress untagged. */
    public static final int UNTAGGED = 1 << 2;
    /** {@code BRIDGE_VLAN_INFO_RANGE_BEGIN}: first VLAN of a range. */
    public static final int RANGE_BEGIN = 1 << 3;
    /** {@code BRIDGE_VLAN_INFO_RANGE_END}: last VLAN of a range. */
    public static final int RANGE_END = 1 << 4;
    /** {@code BRIDGE_VLAN_INFO_BRENTRY}: a global entry of the bridge device itself. */
    public static final int BRENTRY = 1 << 5;
    /** {@code BRIDGE_VLAN_INFO_ONLY_OPTS}: change options only. */
    public static final int ONLY_OPTS = 1 << 6;

    /** Codec of the attribute. */
    public static final ValueCodec<BridgeVlanInfo> CODEC = ValueCodecs.struct(BridgeVlanInfo.class,
            "bridge_vlan_info", SIZE,
            c -> new BridgeVlanInfo(HostOrder.getU16(c.buffer(), c.valueIndex()),
                    HostOrder.getU16(c.buffer(), c.valueIndex() + 2)),
            (w, v) -> {
                HostOrder.writeU16(w.buffer(), v.flags());
                HostOrder.writeU16(w.buffer(), v.vid());
            });

    /**
     * @param flags 16 bits
     * @param vid 0 to 65535 as decoded; requests check 1 to 4094 before this is built
     */
    public BridgeVlanInfo {
        if (flags < 0 || flags > 0xffff || vid < 0 || vid > 0xffff) {
            throw new IllegalArgumentException("flags and vid are 16-bit values, got " + flags
                    + " and " + vid);
        }
    }

    /** @return true if this is the port VLAN id */
    public boolean isPvid() {
        return (flags & PVID) != 0;
    }

    /** @return true if this VLAN egresses untagged */
    public boolean isUntagged() {
        return (flags & UNTAGGED) != 0;
    }

    /** @return true if this begins a range */
    public boolean isRangeBegin() {
        return (flags & RANGE_BEGIN) != 0;
    }

    /** @return true if this ends a range */
    public boolean isRangeEnd() {
        return (flags & RANGE_END) != 0;
    }
}

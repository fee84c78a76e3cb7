package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.BridgeVlanInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A VLAN, or a range of VLANs with the same flags, of a bridge port or of the bridge itself:
 * one entry of {@code bridge vlan show}.
 *
 * @param vid the VLAN id, or the range's first
 * @param vidEnd the range's last id ({@code vid} for one VLAN)
 * @param flags {@code BRIDGE_VLAN_INFO_*} bits other than the range bits
 */
public record BridgeVlan(int vid, int vidEnd, int flags) {
    /** @return true if this is the PVID ({@code PVID}) */
    public boolean pvid() {
        return (flags & BridgeVlanInfo.PVID) != 0;
    }

    /** @return true if frames egress untagged ({@code Egress Untagged}) */
    public boolean untagged() {
        return (flags & BridgeVlanInfo.UNTAGGED) != 0;
    }

    /** @return true for a range of more than one VLAN */
    public boolean isRange() {
        return vidEnd != vid;
    }

    /**
     * @return the flag names {@code bridge -j vlan show} lists: {@code PVID},
     *     {@code Egress Untagged}
     */
    public List<String> flagNames() {
        List<String> out = new ArrayList<>(2);
        if (pvid()) {
            out.add("PVID");
        }
        if (untagged()) {
            out.add("Egress Untagged");
        }
        return out;
    }

    /**
     * Joins range begin/end pairs, as a compressed dump sends them.
     *
     * @param infos the {@code IFLA_BRIDGE_VLAN_INFO} entries of one link, in order
     * @return the VLANs and ranges (a begin without an end is kept as a single VLAN)
     */
    static List<BridgeVlan> of(List<BridgeVlanInfo> infos) {
        List<BridgeVlan> out = new ArrayList<>(infos.size());
        int rangeBits = BridgeVlanInfo.RANGE_BEGIN | BridgeVlanInfo.RANGE_END;
        BridgeVlanInfo begin = null;
        for (BridgeVlanInfo v : infos) {
            if (v.isRangeBegin()) {
                addSingle(out, begin, rangeBits);
                begin = v;
            } else if (v.isRangeEnd() && begin != null) {
                out.add(new BridgeVlan(begin.vid(), v.vid(), begin.flags() & ~rangeBits));
                begin = null;
            } else {
                addSingle(out, begin, rangeBits);
                begin = null;
                addSingle(out, v, rangeBits);
            }
        }
        addSingle(out, begin, rangeBits);
        return out;
    }

    private static void addSingle(List<BridgeVlan> out, BridgeVlanInfo v, int rangeBits) {
        if (v != null) {
            out.add(new BridgeVlan(v.vid(), v.vid(), v.flags() & ~rangeBits));
        }
    }

    /** Reads like {@code bridge vlan show}: {@code 10 PVID Egress Untagged}, {@code 20-30}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(vid);
        if (isRange()) {
            sb.append('-').append(vidEnd);
        }
        for (String f : flagNames()) {
            sb.append(' ').append(f);
        }
        return sb.toString();
    }
}

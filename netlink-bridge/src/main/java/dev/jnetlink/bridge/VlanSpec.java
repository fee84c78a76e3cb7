package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.BridgeVlanInfo;
import java.util.List;

/**
 * VLANs to add to or delete from a bridge port or a bridge: the {@code vid}, {@code pvid} and
 * {@code untagged} arguments of {@code bridge vlan add|del}. Checked when built: ids 1 to
 * 4094 (0 and 4095 are reserved by 802.1Q), a range's end above its start, and no PVID on a
 * range (a port has one PVID).
 *
 * <pre>{@code
 * VlanSpec.of(10).withPvid().withUntagged()   // vid 10 pvid untagged
 * VlanSpec.range(20, 30)                       // vid 20-30
 * }</pre>
 *
 * @param vid the VLAN id, or a range's first
 * @param vidEnd the range's last id, equal to {@code vid} for a single VLAN
 * @param pvid true to make it the port VLAN id (untagged frames ingress on it)
 * @param untagged true to send its frames untagged
 */
public record VlanSpec(int vid, int vidEnd, boolean pvid, boolean untagged) {
    /** Lowest VLAN id. */
    public static final int MIN_VID = 1;
    /** Highest VLAN id. */
    public static final int MAX_VID = 4094;

    /**
     * @param vid first id
     * @param vidEnd last id
     * @param pvid PVID
     * @param untagged egress untagged
     * @throws IllegalArgumentException if an id is out of range or the range is malformed
     */
    public VlanSpec {
        checkVid(vid);
        checkVid(vidEnd);
        if (vidEnd < vid) {
            throw new IllegalArgumentException("VLAN range " + vid + "-" + vidEnd
                    + " ends before it starts");
        }
        if (pvid && vidEnd != vid) {
            throw new IllegalArgumentException("a VLAN range (" + vid + "-" + vidEnd
                    + ") cannot be the PVID: a port has one PVID");
        }
    }

    /**
     * @param vid an id
     * @throws IllegalArgumentException unless 1 to 4094
     */
    static void checkVid(int vid) {
        if (vid < MIN_VID || vid > MAX_VID) {
            throw new IllegalArgumentException("VLAN id " + vid + " is out of range: 802.1Q ids"
                    + " are " + MIN_VID + ".." + MAX_VID + " (0 and 4095 are reserved)");
        }
    }

    /**
     * @param vid a VLAN id, 1 to 4094 ({@code vid N})
     * @return that VLAN, tagged, not the PVID
     */
    public static VlanSpec of(int vid) {
        return new VlanSpec(vid, vid, false, false);
    }

    /**
     * @param from first id
     * @param to last id ({@code vid FROM-TO})
     * @return the range, tagged
     */
    public static VlanSpec range(int from, int to) {
        return new VlanSpec(from, to, false, false);
    }

    /** @return a copy that is the PVID ({@code pvid}) */
    public VlanSpec withPvid() {
        return new VlanSpec(vid, vidEnd, true, untagged);
    }

    /** @return a copy whose frames egress untagged ({@code untagged}) */
    public VlanSpec withUntagged() {
        return new VlanSpec(vid, vidEnd, pvid, true);
    }

    /** @return true for a range of more than one VLAN */
    public boolean isRange() {
        return vidEnd != vid;
    }

    /**
     * @return the {@code IFLA_BRIDGE_VLAN_INFO} entries that carry it: one, or a begin/end
     *     pair for a range
     */
    List<BridgeVlanInfo> toInfos() {
        int flags = (pvid ? BridgeVlanInfo.PVID : 0) | (untagged ? BridgeVlanInfo.UNTAGGED : 0);
        if (!isRange()) {
            return List.of(new BridgeVlanInfo(flags, vid));
        }
        return List.of(new BridgeVlanInfo(flags | BridgeVlanInfo.RANGE_BEGIN, vid),
                new BridgeVlanInfo(flags | BridgeVlanInfo.RANGE_END, vidEnd));
    }

    /** Reads like the arguments: {@code vid 10 pvid untagged}. */
    @Override
    public String toString() {
        return "vid " + vid + (isRange() ? "-" + vidEnd : "") + (pvid ? " pvid" : "")
                + (untagged ? " untagged" : "");
    }
}

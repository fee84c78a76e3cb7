package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code struct ifla_vlan_flags} ({@code IFLA_VLAN_FLAGS}): the {@code VLAN_FLAG_*} bits and
 * the mask of those a request changes (the kernel reports mask all-ones).
 *
 * @param flags the bits
 * @param mask which bits count
 */
public record VlanFlags(int flags, int mask) {
    /** {@code VLAN_FLAG_REORDER_HDR} ({@code reorder_hdr on}, the default). */
    public static final int REORDER_HDR = 1;
    /** {@code VLAN_FLAG_GVRP} ({@code gvrp on}). */
    public static final int GVRP = 2;
    /** {@code VLAN_FLAG_LOOSE_BINDING} ({@code loose_binding on}). */
    public static final int LOOSE_BINDING = 4;
    /** {@code VLAN_FLAG_MVRP} ({@code mvrp on}). */
    public static final int MVRP = 8;
    /** {@code VLAN_FLAG_BRIDGE_BINDING} ({@code bridge_binding on}). */
    public static final int BRIDGE_BINDING = 16;

    private static final String[] NAMES = {"REORDER_HDR", "GVRP", "LOOSE_BINDING", "MVRP",
        "BRIDGE_BINDING"};

    /** Codec of the 8-byte structure. */
    static final ValueCodec<VlanFlags> CODEC = ValueCodecs.struct(VlanFlags.class, c -> {
        if (c.length() < 8) {
            throw c.error(c.name() + " is " + c.length() + " bytes, too short for ifla_vlan_flags (8)");
        }
        return new VlanFlags(HostOrder.getI32(c.buffer(), c.valueIndex()),
                HostOrder.getI32(c.buffer(), c.valueIndex() + 4));
    }, (w, v) -> {
        HostOrder.writeI32(w.buffer(), v.flags);
        HostOrder.writeI32(w.buffer(), v.mask);
    });

    /** @return the set flags' names as {@code ip -d link show} prints them, e.g. {@code [REORDER_HDR]} */
    public List<String> names() {
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i < NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                out.add(NAMES[i]);
            }
        }
        return out;
    }
}

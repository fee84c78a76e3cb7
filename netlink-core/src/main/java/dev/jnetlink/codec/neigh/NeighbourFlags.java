package dev.jnetlink.codec.neigh;

import java.util.ArrayList;
import java.util.List;

/** Neighbour flags ({@code NTF_*}, {@code ndm_flags}) and the words {@code ip neigh} prints. */
public final class NeighbourFlags {
    /** {@code NTF_USE}: mark the entry used (requests). */
    public static final int USE = 1;
    /** {@code NTF_SELF}: (bridge FDB) the entry belongs to the device itself. */
    public static final int SELF = 1 << 1;
    /** {@code NTF_MASTER}: (bridge FDB) the entry belongs to the master. */
    public static final int MASTER = 1 << 2;
    /** {@code NTF_PROXY}: a proxy ARP/NDP entry ({@code ip neigh add proxy}). */
    public static final int PROXY = 1 << 3;
    /** {@code NTF_EXT_LEARNED}: learnt by an external control plane. */
    public static final int EXT_LEARNED = 1 << 4;
    /** {@code NTF_OFFLOADED}. */
    public static final int OFFLOADED = 1 << 5;
    /** {@code NTF_STICKY}. */
    public static final int STICKY = 1 << 6;
    /** {@code NTF_ROUTER}: the neighbour is an IPv6 router. */
    public static final int ROUTER = 1 << 7;

    private NeighbourFlags() {
    }

    /**
     * @param flags {@code NTF_*} bits
     * @return the words {@code ip neigh show} prints for them, in its order
     */
    public static List<String> names(int flags) {
        List<String> out = new ArrayList<>(1);
        if ((flags & ROUTER) != 0) {
            out.add("router");
        }
        if ((flags & PROXY) != 0) {
            out.add("proxy");
        }
        if ((flags & EXT_LEARNED) != 0) {
            out.add("extern_learn");
        }
        if ((flags & OFFLOADED) != 0) {
            out.add("offload");
        }
        return out;
    }
}

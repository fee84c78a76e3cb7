package dev.jnetlink.codec.route;

import java.util.ArrayList;
import java.util.List;

/**
 * Route and next-hop flags: {@code RTNH_F_*} (in {@code rtm_flags} and {@code rtnh_flags}) and
 * {@code RTM_F_*} (in {@code rtm_flags}), with the words {@code ip route} prints for them.
 */
public final class RouteFlags {
    /** {@code RTNH_F_DEAD}: the next hop is dead. */
    public static final int DEAD = 1;
    /** {@code RTNH_F_PERVASIVE}: recursive gateway lookup. */
    public static final int PERVASIVE = 2;
    /** {@code RTNH_F_ONLINK}: the gateway is on the link even if no prefix says so. */
    public static final int ONLINK = 4;
    /** {@code RTNH_F_OFFLOAD}. */
    public static final int OFFLOAD = 8;
    /** {@code RTNH_F_LINKDOWN}: the next hop's device has no carrier. */
    public static final int LINKDOWN = 16;
    /** {@code RTNH_F_UNRESOLVED}. */
    public static final int UNRESOLVED = 32;
    /** {@code RTNH_F_TRAP}. */
    public static final int TRAP = 64;
    /** {@code RTM_F_NOTIFY}. */
    public static final int NOTIFY = 0x100;
    /** {@code RTM_F_CLONED}: a cached (exception) route. */
    public static final int CLONED = 0x200;
    /** {@code RTM_F_EQUALIZE}. */
    public static final int EQUALIZE = 0x400;
    /** {@code RTM_F_PREFIX}. */
    public static final int PREFIX = 0x800;
    /** {@code RTM_F_LOOKUP_TABLE}: a route lookup reply gives the table the route was found in. */
    public static final int LOOKUP_TABLE = 0x1000;
    /** {@code RTM_F_FIB_MATCH}: a route lookup returns the matching FIB entry, not the result. */
    public static final int FIB_MATCH = 0x2000;
    /** {@code RTM_F_OFFLOAD}. */
    public static final int RT_OFFLOAD = 0x4000;
    /** {@code RTM_F_TRAP}. */
    public static final int RT_TRAP = 0x8000;
    /** {@code RTM_F_OFFLOAD_FAILED}. */
    public static final int RT_OFFLOAD_FAILED = 0x20000000;

    private RouteFlags() {
    }

    /**
     * @param flags route or next-hop flags
     * @return the words {@code ip -j route} lists under {@code "flags"}, in its order
     */
    public static List<String> names(int flags) {
        List<String> out = new ArrayList<>(2);
        add(out, flags, DEAD, "dead");
        add(out, flags, ONLINK, "onlink");
        add(out, flags, PERVASIVE, "pervasive");
        add(out, flags, OFFLOAD, "offload");
        add(out, flags, TRAP, "trap");
        add(out, flags, NOTIFY, "notify");
        add(out, flags, LINKDOWN, "linkdown");
        add(out, flags, UNRESOLVED, "unresolved");
        add(out, flags, RT_OFFLOAD, "rt_offload");
        add(out, flags, RT_TRAP, "rt_trap");
        add(out, flags, RT_OFFLOAD_FAILED, "rt_offload_failed");
        return out;
    }

    private static void add(List<String> out, int flags, int bit, String name) {
        if ((flags & bit) != 0) {
            out.add(name);
        }
    }
}

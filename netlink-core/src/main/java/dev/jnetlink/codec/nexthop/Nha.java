package dev.jnetlink.codec.nexthop;

import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.Nla;

/** Nexthop object attribute types ({@code NHA_*} in {@code linux/nexthop.h}, through Linux 6.18). */
public final class Nha {
    public static final int UNSPEC = 0;
    /** u32: the object's id ({@code id N}). */
    public static final int ID = 1;
    /** An array of {@code struct nexthop_grp}: the members of a group ({@code group 1/2,3}). */
    public static final int GROUP = 2;
    /** u16 {@code NEXTHOP_GRP_TYPE_*}: {@link NextHopObject#MPATH} or {@link NextHopObject#RESILIENT}. */
    public static final int GROUP_TYPE = 3;
    /** Flag: drop the packets ({@code blackhole}). */
    public static final int BLACKHOLE = 4;
    /** u32: the output interface ({@code dev}). */
    public static final int OIF = 5;
    /** An IPv4 or IPv6 address ({@code via}). */
    public static final int GATEWAY = 6;
    /** u16 {@code LWTUNNEL_ENCAP_*}. */
    public static final int ENCAP_TYPE = 7;
    /** Nested lightweight tunnel encapsulation. */
    public static final int ENCAP = 8;
    /** Flag, dumps only: list groups only ({@code ip nexthop show groups}). */
    public static final int GROUPS = 9;
    /** u32, dumps only: the objects on this VRF/master device. */
    public static final int MASTER = 10;
    /** Flag: a nexthop for VXLAN FDB entries ({@code fdb}). */
    public static final int FDB = 11;
    /** Nested {@code NHA_RES_GROUP_*}: a resilient group's parameters. */
    public static final int RES_GROUP = 12;
    /** Nested {@code NHA_RES_BUCKET_*}: one bucket of a resilient group (bucket dumps). */
    public static final int RES_BUCKET = 13;
    /** u32 {@code NHA_OP_FLAG_*}: what a request asks for, what a reply holds. */
    public static final int OP_FLAGS = 14;
    /** Nested per-member statistics (with {@code NHA_OP_FLAG_DUMP_STATS}). */
    public static final int GROUP_STATS = 15;
    /** u32: hardware statistics enabled. */
    public static final int HW_STATS_ENABLE = 16;
    /** u32: hardware statistics in use. */
    public static final int HW_STATS_USED = 17;

    /** Names for errors and extended acks. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NHA", Nha.class)
            .withChild(RES_GROUP | Nla.F_NESTED, NhaResGroup.SPACE);

    private Nha() {
    }
}

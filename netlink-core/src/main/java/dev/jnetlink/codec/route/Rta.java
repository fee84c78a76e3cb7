package dev.jnetlink.codec.route;

import dev.jnetlink.codec.AttributeSpace;

/** Route attribute types ({@code RTA_*} in {@code linux/rtnetlink.h}, through Linux 6.18). */
public final class Rta {
    public static final int UNSPEC = 0;
    public static final int DST = 1;
    public static final int SRC = 2;
    public static final int IIF = 3;
    public static final int OIF = 4;
    public static final int GATEWAY = 5;
    /** The route's metric ({@code metric}/{@code priority} in {@code ip route}). */
    public static final int PRIORITY = 6;
    /** The preferred source address ({@code src} in {@code ip route}). */
    public static final int PREFSRC = 7;
    /** Nested {@code RTAX_*} metrics ({@code mtu}, {@code advmss}, ...). */
    public static final int METRICS = 8;
    /** An array of {@code struct rtnexthop}, each followed by its attributes. */
    public static final int MULTIPATH = 9;
    public static final int PROTOINFO = 10;
    public static final int FLOW = 11;
    public static final int CACHEINFO = 12;
    public static final int SESSION = 13;
    public static final int MP_ALGO = 14;
    /** u32 table id, for tables past 255 ({@code rtm_table} holds the low ones). */
    public static final int TABLE = 15;
    public static final int MARK = 16;
    public static final int MFC_STATS = 17;
    public static final int VIA = 18;
    public static final int NEWDST = 19;
    public static final int PREF = 20;
    public static final int ENCAP_TYPE = 21;
    public static final int ENCAP = 22;
    public static final int EXPIRES = 23;
    public static final int PAD = 24;
    public static final int UID = 25;
    public static final int TTL_PROPAGATE = 26;
    public static final int IP_PROTO = 27;
    public static final int SPORT = 28;
    public static final int DPORT = 29;
    public static final int NH_ID = 30;
    public static final int FLOWLABEL = 31;

    /** Names of the {@code RTA_*} attributes; {@code RTA_METRICS} holds {@code RTAX_*}. */
    public static final AttributeSpace SPACE = AttributeSpace.of("RTA", Rta.class)
            .withChild(METRICS, Rtax.SPACE);

    private Rta() {
    }
}

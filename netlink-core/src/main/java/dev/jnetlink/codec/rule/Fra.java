package dev.jnetlink.codec.rule;

import dev.jnetlink.codec.AttributeSpace;

/** Rule attribute types ({@code FRA_*} in {@code linux/fib_rules.h}, through Linux 6.18). */
public final class Fra {
    public static final int UNSPEC = 0;
    public static final int DST = 1;
    public static final int SRC = 2;
    /** The input interface's name ({@code iif}; {@code FRA_IFNAME} in old headers). */
    public static final int IIFNAME = 3;
    /** The rule to jump to ({@code goto}). */
    public static final int GOTO = 4;
    public static final int UNUSED2 = 5;
    /** The rule's preference ({@code priority}/{@code pref}). */
    public static final int PRIORITY = 6;
    public static final int UNUSED3 = 7;
    public static final int UNUSED4 = 8;
    public static final int UNUSED5 = 9;
    public static final int FWMARK = 10;
    /** Realms ({@code realms}). */
    public static final int FLOW = 11;
    public static final int TUN_ID = 12;
    public static final int SUPPRESS_IFGROUP = 13;
    public static final int SUPPRESS_PREFIXLEN = 14;
    /** u32 table id, for tables past 255. */
    public static final int TABLE = 15;
    public static final int FWMASK = 16;
    public static final int OIFNAME = 17;
    public static final int PAD = 18;
    public static final int L3MDEV = 19;
    public static final int UID_RANGE = 20;
    public static final int PROTOCOL = 21;
    public static final int IP_PROTO = 22;
    public static final int SPORT_RANGE = 23;
    public static final int DPORT_RANGE = 24;
    public static final int DSCP = 25;
    public static final int FLOWLABEL = 26;
    public static final int FLOWLABEL_MASK = 27;
    public static final int SPORT_MASK = 28;
    public static final int DPORT_MASK = 29;
    public static final int DSCP_MASK = 30;

    /** Names of the {@code FRA_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("FRA", Fra.class);

    private Fra() {
    }
}

package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/**
 * Attributes in the {@code IFLA_INFO_DATA} of a GRE tunnel ({@code IFLA_GRE_*}, through Linux
 * 6.18), shared by {@code gre}, {@code gretap}, {@code ip6gre} and {@code ip6gretap}; and the
 * GRE header flags of {@code IFLA_GRE_IFLAGS}/{@code IFLA_GRE_OFLAGS}.
 */
public final class IflaGre {
    public static final int UNSPEC = 0;
    public static final int LINK = 1;
    public static final int IFLAGS = 2;
    public static final int OFLAGS = 3;
    public static final int IKEY = 4;
    public static final int OKEY = 5;
    public static final int LOCAL = 6;
    public static final int REMOTE = 7;
    public static final int TTL = 8;
    public static final int TOS = 9;
    public static final int PMTUDISC = 10;
    public static final int ENCAP_LIMIT = 11;
    public static final int FLOWINFO = 12;
    public static final int FLAGS = 13;
    public static final int ENCAP_TYPE = 14;
    public static final int ENCAP_FLAGS = 15;
    public static final int ENCAP_SPORT = 16;
    public static final int ENCAP_DPORT = 17;
    public static final int COLLECT_METADATA = 18;
    public static final int IGNORE_DF = 19;
    public static final int FWMARK = 20;
    public static final int ERSPAN_INDEX = 21;
    public static final int ERSPAN_VER = 22;
    public static final int ERSPAN_DIR = 23;
    public static final int ERSPAN_HWID = 24;

    /** Names of the {@code IFLA_GRE_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_GRE", IflaGre.class);

    private IflaGre() {
    }
}

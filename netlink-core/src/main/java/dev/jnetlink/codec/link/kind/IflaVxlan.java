package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/** Attributes in a VXLAN's {@code IFLA_INFO_DATA} ({@code IFLA_VXLAN_*}, through Linux 6.18). */
public final class IflaVxlan {
    public static final int UNSPEC = 0;
    public static final int ID = 1;
    public static final int GROUP = 2;
    public static final int LINK = 3;
    public static final int LOCAL = 4;
    public static final int TTL = 5;
    public static final int TOS = 6;
    public static final int LEARNING = 7;
    public static final int AGEING = 8;
    public static final int LIMIT = 9;
    public static final int PORT_RANGE = 10;
    public static final int PROXY = 11;
    public static final int RSC = 12;
    public static final int L2MISS = 13;
    public static final int L3MISS = 14;
    public static final int PORT = 15;
    public static final int GROUP6 = 16;
    public static final int LOCAL6 = 17;
    public static final int UDP_CSUM = 18;
    public static final int UDP_ZERO_CSUM6_TX = 19;
    public static final int UDP_ZERO_CSUM6_RX = 20;
    public static final int REMCSUM_TX = 21;
    public static final int REMCSUM_RX = 22;
    public static final int GBP = 23;
    public static final int REMCSUM_NOPARTIAL = 24;
    public static final int COLLECT_METADATA = 25;
    public static final int LABEL = 26;
    public static final int GPE = 27;
    public static final int TTL_INHERIT = 28;
    public static final int DF = 29;
    public static final int VNIFILTER = 30;
    public static final int LOCALBYPASS = 31;
    public static final int LABEL_POLICY = 32;
    public static final int RESERVED_BITS = 33;

    /** Names of the {@code IFLA_VXLAN_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_VXLAN", IflaVxlan.class);

    private IflaVxlan() {
    }
}

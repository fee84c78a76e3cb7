package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/** Attributes in a Geneve device's {@code IFLA_INFO_DATA} ({@code IFLA_GENEVE_*}, through Linux 6.18). */
public final class IflaGeneve {
    public static final int UNSPEC = 0;
    public static final int ID = 1;
    public static final int REMOTE = 2;
    public static final int TTL = 3;
    public static final int TOS = 4;
    public static final int PORT = 5;
    public static final int COLLECT_METADATA = 6;
    public static final int REMOTE6 = 7;
    public static final int UDP_CSUM = 8;
    public static final int UDP_ZERO_CSUM6_TX = 9;
    public static final int UDP_ZERO_CSUM6_RX = 10;
    public static final int LABEL = 11;
    public static final int TTL_INHERIT = 12;
    public static final int DF = 13;
    public static final int INNER_PROTO_INHERIT = 14;

    /** Names of the {@code IFLA_GENEVE_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_GENEVE", IflaGeneve.class);

    private IflaGeneve() {
    }
}

package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.AttributeSpace;

/**
 * Neighbour attribute types ({@code NDA_*} in {@code linux/neighbour.h}, through Linux 6.18),
 * as FDB entries use them. Kept in this module until core's neighbour codec is merged.
 */
public final class Nda {
    public static final int UNSPEC = 0;
    public static final int DST = 1;
    public static final int LLADDR = 2;
    public static final int CACHEINFO = 3;
    public static final int PROBES = 4;
    public static final int VLAN = 5;
    public static final int PORT = 6;
    public static final int VNI = 7;
    public static final int IFINDEX = 8;
    public static final int MASTER = 9;
    public static final int LINK_NETNSID = 10;
    public static final int SRC_VNI = 11;
    public static final int PROTOCOL = 12;
    public static final int NH_ID = 13;
    public static final int FDB_EXT_ATTRS = 14;
    public static final int FLAGS_EXT = 15;
    public static final int NDM_STATE_MASK = 16;
    public static final int NDM_FLAGS_MASK = 17;

    /** Names of the {@code NDA_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NDA", Nda.class);

    private Nda() {
    }
}

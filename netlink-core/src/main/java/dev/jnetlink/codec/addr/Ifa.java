package dev.jnetlink.codec.addr;

import dev.jnetlink.codec.AttributeSpace;

/** Address attribute types ({@code IFA_*} in {@code linux/if_addr.h}, through Linux 6.18). */
public final class Ifa {
    public static final int UNSPEC = 0;
    /** The prefix address; for a point-to-point address, the peer. */
    public static final int ADDRESS = 1;
    /** The local address (IPv4 always; IPv6 only with a peer). */
    public static final int LOCAL = 2;
    public static final int LABEL = 3;
    public static final int BROADCAST = 4;
    public static final int ANYCAST = 5;
    public static final int CACHEINFO = 6;
    public static final int MULTICAST = 7;
    /** u32 flags, extending the u8 {@code ifa_flags}. */
    public static final int FLAGS = 8;
    /** u32 metric of the prefix route. */
    public static final int RT_PRIORITY = 9;
    public static final int TARGET_NETNSID = 10;
    /** u8 originator of the address ({@code IFAPROT_*}). */
    public static final int PROTO = 11;

    /** Names of the {@code IFA_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFA", Ifa.class);

    private Ifa() {
    }
}

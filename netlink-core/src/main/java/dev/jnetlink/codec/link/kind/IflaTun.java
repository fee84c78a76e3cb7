package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/** Attributes in a tun/tap device's {@code IFLA_INFO_DATA} ({@code IFLA_TUN_*}). */
public final class IflaTun {
    public static final int UNSPEC = 0;
    public static final int OWNER = 1;
    public static final int GROUP = 2;
    public static final int TYPE = 3;
    public static final int PI = 4;
    public static final int VNET_HDR = 5;
    public static final int PERSIST = 6;
    public static final int MULTI_QUEUE = 7;
    public static final int NUM_QUEUES = 8;
    public static final int NUM_DISABLED_QUEUES = 9;

    /** Names of the {@code IFLA_TUN_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_TUN", IflaTun.class);

    private IflaTun() {
    }
}

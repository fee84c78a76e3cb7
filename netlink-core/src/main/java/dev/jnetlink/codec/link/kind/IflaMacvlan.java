package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/**
 * Attributes in a macvlan's or macvtap's {@code IFLA_INFO_DATA} ({@code IFLA_MACVLAN_*} in
 * {@code linux/if_link.h}).
 */
public final class IflaMacvlan {
    public static final int UNSPEC = 0;
    public static final int MODE = 1;
    public static final int FLAGS = 2;
    public static final int MACADDR_MODE = 3;
    public static final int MACADDR = 4;
    public static final int MACADDR_DATA = 5;
    public static final int MACADDR_COUNT = 6;
    public static final int BC_QUEUE_LEN = 7;
    public static final int BC_QUEUE_LEN_USED = 8;
    public static final int BC_CUTOFF = 9;

    /** Names of the {@code IFLA_MACVLAN_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_MACVLAN", IflaMacvlan.class);

    private IflaMacvlan() {
    }
}

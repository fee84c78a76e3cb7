package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/** Attributes in an ipvlan's {@code IFLA_INFO_DATA} ({@code IFLA_IPVLAN_*}). */
public final class IflaIpvlan {
    public static final int UNSPEC = 0;
    public static final int MODE = 1;
    public static final int FLAGS = 2;

    /** Names of the {@code IFLA_IPVLAN_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_IPVLAN", IflaIpvlan.class);

    private IflaIpvlan() {
    }
}

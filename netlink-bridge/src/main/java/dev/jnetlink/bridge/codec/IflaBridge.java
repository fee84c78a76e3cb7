package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.AttributeSpace;

/**
 * Attributes inside {@code IFLA_AF_SPEC} of {@code AF_BRIDGE} link messages
 * ({@code IFLA_BRIDGE_*} in {@code linux/if_bridge.h}): where {@code bridge vlan} reads and
 * writes VLANs. Also the flag values those attributes carry.
 */
public final class IflaBridge {
    public static final int FLAGS = 0;
    public static final int MODE = 1;
    public static final int VLAN_INFO = 2;
    public static final int VLAN_TUNNEL_INFO = 3;
    public static final int MRP = 4;
    public static final int CFM = 5;
    public static final int MST = 6;

    /** Names of the {@code IFLA_BRIDGE_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_BRIDGE", IflaBridge.class);

    private IflaBridge() {
    }
}

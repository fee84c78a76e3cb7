package dev.jnetlink.topology;

/** The phases of an apply, in the order they run: each needs what the ones before made. */
public enum Phase {
    /** {@code ip netns add}, marking, {@code lo} up. */
    NAMESPACES("namespaces"),
    /** {@code sysctl -w} inside. */
    SYSCTLS("sysctls"),
    /** {@code ip link add}: bridges first, then what may be their ports and underlays. */
    LINKS("links"),
    /** {@code ip link set NAME master BRIDGE | nomaster}. */
    MASTERS("masters"),
    /** {@code ip link set NAME mtu N}. */
    MTU("mtu"),
    /** {@code ip addr add | del}. */
    ADDRESSES("addresses"),
    /** {@code ip link set NAME up | down}. */
    UP("up/down"),
    /** {@code ip route add | del}. */
    ROUTES("routes"),
    /** {@code ip neigh add | del}. */
    NEIGHBOURS("neighbours"),
    /** {@code nft add table | rule}, {@code nft delete rule}: NAT and published ports. */
    NAT("nftables"),
    /** Link shaping, by a {@link LinkShaper}. */
    SHAPING("shaping"),
    /** {@code ip link del}, {@code ip netns del} of what the topology owns and no longer declares. */
    REMOVALS("removals");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** @return how summaries name it */
    public String label() {
        return label;
    }
}

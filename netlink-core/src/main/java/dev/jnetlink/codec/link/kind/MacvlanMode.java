package dev.jnetlink.codec.link.kind;

/**
 * How a macvlan or macvtap forwards between itself, its siblings and the parent
 * ({@code MACVLAN_MODE_*}, {@code ip link add ... type macvlan mode MODE}).
 */
public enum MacvlanMode {
    /** {@code private}: no traffic between siblings, not even through the outside switch. */
    PRIVATE(1),
    /** {@code vepa}: sibling traffic goes out to the switch and back (802.1Qbg). */
    VEPA(2),
    /** {@code bridge}: siblings reach each other directly. */
    BRIDGE(4),
    /** {@code passthru}: one macvlan takes over the parent. */
    PASSTHRU(8),
    /** {@code source}: receives only frames from a list of source MACs. */
    SOURCE(16);

    private final int value;

    MacvlanMode(int value) {
        this.value = value;
    }

    /** @return the kernel's number */
    public int value() {
        return value;
    }

    /** @return the name {@code ip -d link show} prints, e.g. {@code bridge} */
    public String ipName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param value the kernel's number
     * @return the mode, or null for a number this library does not know
     */
    public static MacvlanMode of(int value) {
        for (MacvlanMode m : values()) {
            if (m.value == value) {
                return m;
            }
        }
        return null;
    }
}

package dev.jnetlink.codec.link.kind;

import java.util.Locale;

/** Where an ipvlan switches packets ({@code IPVLAN_MODE_*}, {@code ip link add ... type ipvlan mode MODE}). */
public enum IpvlanMode {
    /** {@code l2}: switching on MAC (all slaves share the parent's MAC); ARP works. */
    L2,
    /** {@code l3}: routing on IP in the parent's namespace; no ARP, no broadcast. */
    L3,
    /** {@code l3s}: as l3, with netfilter and conntrack in the slaves' namespaces. */
    L3S;

    /** @return the kernel's number (0, 1, 2) */
    public int value() {
        return ordinal();
    }

    /** @return the name {@code ip -d link show} prints, e.g. {@code l3s} */
    public String ipName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value the kernel's number
     * @return the mode, or null for a number this library does not know
     */
    public static IpvlanMode of(int value) {
        IpvlanMode[] all = values();
        return value >= 0 && value < all.length ? all[value] : null;
    }
}

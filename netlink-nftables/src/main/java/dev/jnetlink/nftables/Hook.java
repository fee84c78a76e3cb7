package dev.jnetlink.nftables;

/**
 * Where a base chain sees packets ({@code NF_INET_*}, {@code NF_NETDEV_*}): nft's
 * {@code hook prerouting}.
 */
public enum Hook {
    /** {@code prerouting}: every packet arriving, before routing. */
    PREROUTING(0, "prerouting"),
    /** {@code input}: packets for this host. */
    INPUT(1, "input"),
    /** {@code forward}: packets routed through. */
    FORWARD(2, "forward"),
    /** {@code output}: packets this host sends. */
    OUTPUT(3, "output"),
    /** {@code postrouting}: every packet leaving, after routing. */
    POSTROUTING(4, "postrouting"),
    /** {@code ingress} of a netdev table: frames as a device receives them. */
    INGRESS(0, "ingress"),
    /** {@code egress} of a netdev table. */
    EGRESS(1, "egress");

    private final int number;
    private final String nftName;

    Hook(int number, String nftName) {
        this.number = number;
        this.nftName = nftName;
    }

    /** @return {@code NFTA_HOOK_HOOKNUM} */
    public int number() {
        return number;
    }

    /** @return the name nft uses */
    public String nftName() {
        return nftName;
    }

    /**
     * @param family the table's family
     * @param number {@code NFTA_HOOK_HOOKNUM}
     * @return the hook, or null if unknown
     */
    public static Hook of(TableFamily family, int number) {
        if (family == TableFamily.NETDEV) {
            return number == 0 ? INGRESS : number == 1 ? EGRESS : null;
        }
        for (Hook h : values()) {
            if (h.number == number && h != INGRESS && h != EGRESS) {
                return h;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return nftName;
    }
}

package dev.jnetlink.nftables;

/**
 * The family of an nftables table ({@code NFPROTO_*}): which packets its chains see. nft
 * writes it before the table's name: {@code table ip nat}, {@code table inet filter}.
 */
public enum TableFamily {
    /** {@code inet}: IPv4 and IPv6. */
    INET(1, "inet"),
    /** {@code ip}: IPv4. */
    IP(2, "ip"),
    /** {@code arp}. */
    ARP(3, "arp"),
    /** {@code netdev}: ingress and egress of one device. */
    NETDEV(5, "netdev"),
    /** {@code bridge}: frames crossing a bridge. */
    BRIDGE(7, "bridge"),
    /** {@code ip6}: IPv6. */
    IP6(10, "ip6");

    private final int number;
    private final String nftName;

    TableFamily(int number, String nftName) {
        this.number = number;
        this.nftName = nftName;
    }

    /** @return the {@code NFPROTO_*} number, as in {@code nfgenmsg.nfgen_family} */
    public int number() {
        return number;
    }

    /** @return the name nft uses, e.g. {@code ip} */
    public String nftName() {
        return nftName;
    }

    /**
     * @param number an {@code NFPROTO_*} number
     * @return the family, or null if it is none of these
     */
    public static TableFamily of(int number) {
        for (TableFamily f : values()) {
            if (f.number == number) {
                return f;
            }
        }
        return null;
    }

    /** @return true if its rules may match IPv4 packets */
    boolean carriesIpv4() {
        return this == IP || this == INET || this == BRIDGE || this == NETDEV;
    }

    /** @return true if its rules may match IPv6 packets */
    boolean carriesIpv6() {
        return this == IP6 || this == INET || this == BRIDGE || this == NETDEV;
    }

    @Override
    public String toString() {
        return nftName;
    }
}

package dev.jnetlink.bridge;

/**
 * The VLAN protocol of a VLAN-filtering bridge ({@code ip link ... type bridge vlan_protocol
 * 802.1Q|802.1ad}).
 */
public enum VlanProtocol {
    /** IEEE 802.1Q, ethertype {@code 0x8100}: the default. */
    DOT1Q(0x8100, "802.1Q"),
    /** IEEE 802.1ad (QinQ service tag), ethertype {@code 0x88a8}. */
    DOT1AD(0x88a8, "802.1ad");

    private final int ethertype;
    private final String text;

    VlanProtocol(int ethertype, String text) {
        this.ethertype = ethertype;
        this.text = text;
    }

    /** @return the ethertype, as {@code IFLA_BR_VLAN_PROTOCOL} carries it */
    public int ethertype() {
        return ethertype;
    }

    /**
     * @param ethertype {@code 0x8100} or {@code 0x88a8}
     * @return the protocol, or null for another value
     */
    public static VlanProtocol of(int ethertype) {
        for (VlanProtocol p : values()) {
            if (p.ethertype == ethertype) {
                return p;
            }
        }
        return null;
    }

    /** @return {@code 802.1Q} or {@code 802.1ad}, as {@code ip} writes it */
    @Override
    public String toString() {
        return text;
    }
}

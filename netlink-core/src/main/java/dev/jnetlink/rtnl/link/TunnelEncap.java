package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.link.kind.TunnelFlags;

/**
 * The UDP encapsulation of an IP tunnel's packets (FOU or GUE), as {@code ip link add ...
 * type { gre | gretap | ipip | sit } encap { fou | gue | none } [encap-sport { PORT | auto }]
 * [encap-dport PORT] [encap-csum] [encap-udp6-csum] [encap-remcsum]} sets it: the
 * {@code ENCAP_TYPE}, {@code ENCAP_FLAGS}, {@code ENCAP_SPORT} and {@code ENCAP_DPORT}
 * attributes of {@code IFLA_GRE_*} and {@code IFLA_IPTUN_*}.
 *
 * @param type {@link TunnelFlags#ENCAP_NONE}, {@link TunnelFlags#ENCAP_FOU} or
 *     {@link TunnelFlags#ENCAP_GUE}
 * @param flags {@code TUNNEL_ENCAP_FLAG_*}
 * @param sport UDP source port, 0 for {@code auto}
 * @param dport UDP destination port
 */
public record TunnelEncap(int type, int flags, int sport, int dport) {
    /** No encapsulation ({@code encap none}, the default). */
    public static final TunnelEncap NONE = new TunnelEncap(TunnelFlags.ENCAP_NONE, 0, 0, 0);

    /**
     * @throws IllegalArgumentException if the type is unknown, a port is outside 0..65535 or a
     *     flag unknown
     */
    public TunnelEncap {
        if (type != TunnelFlags.ENCAP_NONE && type != TunnelFlags.ENCAP_FOU
                && type != TunnelFlags.ENCAP_GUE) {
            throw new IllegalArgumentException("encap type " + type + " is none of none (0), fou (1),"
                    + " gue (2)");
        }
        if (sport < 0 || sport > 65535 || dport < 0 || dport > 65535) {
            throw new IllegalArgumentException("encap-sport " + sport + " / encap-dport " + dport
                    + ": a UDP port is 0 to 65535");
        }
        int known = TunnelFlags.ENCAP_FLAG_CSUM | TunnelFlags.ENCAP_FLAG_CSUM6
                | TunnelFlags.ENCAP_FLAG_REMCSUM;
        if ((flags & ~known) != 0) {
            throw new IllegalArgumentException("encap flags 0x" + Integer.toHexString(flags)
                    + " include unknown bits (known: 0x" + Integer.toHexString(known) + ")");
        }
    }

    /**
     * Foo-over-UDP: {@code encap fou encap-dport PORT}.
     *
     * @param dport the UDP destination port
     * @return the encapsulation, source port automatic
     */
    public static TunnelEncap fou(int dport) {
        return new TunnelEncap(TunnelFlags.ENCAP_FOU, 0, 0, dport);
    }

    /**
     * Generic UDP encapsulation: {@code encap gue encap-dport PORT}.
     *
     * @param dport the UDP destination port
     * @return the encapsulation, source port automatic
     */
    public static TunnelEncap gue(int dport) {
        return new TunnelEncap(TunnelFlags.ENCAP_GUE, 0, 0, dport);
    }

    /**
     * @param port {@code encap-sport PORT}
     * @return a copy with that source port
     */
    public TunnelEncap withSport(int port) {
        return new TunnelEncap(type, flags, port, dport);
    }

    /**
     * @param flag a {@code TUNNEL_ENCAP_FLAG_*}: {@code encap-csum}, {@code encap-udp6-csum},
     *     {@code encap-remcsum}
     * @return a copy with that flag set
     */
    public TunnelEncap with(int flag) {
        return new TunnelEncap(type, flags | flag, sport, dport);
    }
}

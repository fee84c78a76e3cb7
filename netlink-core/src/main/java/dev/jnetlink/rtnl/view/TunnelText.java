package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.kind.TunnelFlags;
import java.net.InetAddress;

/** What the tunnel views print alike, after iproute2 6.1's {@code ip/tunnel.c}. */
final class TunnelText {
    private TunnelText() {
    }

    /** {@code tnl_print_endpoint}: {@code remote 10.0.0.2 }, or {@code any} when unset. */
    static void endpoint(StringBuilder out, String name, InetAddress address) {
        out.append(name).append(' ').append(address == null || address.isAnyLocalAddress() ? "any"
                : IpAddresses.format(address)).append(' ');
    }

    /** {@code dev NAME } for a non-zero underlay index. */
    static void dev(StringBuilder out, Integer link, LinkNames links) {
        if (link != null && link != 0) {
            out.append("dev ").append(links.name(link)).append(' ');
        }
    }

    /** {@code ttl N } or {@code ttl inherit } (IPv4 kinds). */
    static void ttl(StringBuilder out, Integer ttl) {
        out.append(ttl != null && ttl != 0 ? "ttl " + ttl + " " : "ttl inherit ");
    }

    /** {@code tos 0x10 } or {@code tos inherit }, nothing for 0 (IPv4 kinds). */
    static void tos(StringBuilder out, Integer tos) {
        if (tos != null && tos != 0) {
            out.append(tos == 1 ? "tos inherit " : "tos " + Iproute2.hex(tos) + " ");
        }
    }

    /** {@code fwmark 0x9 }, nothing for 0. */
    static void fwmark(StringBuilder out, Integer fwmark) {
        if (fwmark != null && fwmark != 0) {
            out.append("fwmark ").append(Iproute2.hex(Integer.toUnsignedLong(fwmark))).append(' ');
        }
    }

    /** {@code tnl_print_encap}: nothing without encapsulation. */
    static void encap(StringBuilder out, Integer type, Integer flags, Integer sport, Integer dport) {
        if (type == null || type == TunnelFlags.ENCAP_NONE) {
            return;
        }
        out.append("encap ").append(switch (type) {
            case TunnelFlags.ENCAP_FOU -> "fou";
            case TunnelFlags.ENCAP_GUE -> "gue";
            default -> "unknown";
        }).append(' ');
        int s = sport == null ? 0 : sport;
        int d = dport == null ? 0 : dport;
        int f = flags == null ? 0 : flags;
        out.append("encap-sport ").append(s == 0 ? "auto" : String.valueOf(s)).append(' ');
        out.append("encap-dport ").append(d).append(' ');
        out.append((f & TunnelFlags.ENCAP_FLAG_CSUM) != 0 ? "" : "no").append("encap-csum ");
        out.append((f & TunnelFlags.ENCAP_FLAG_CSUM6) != 0 ? "" : "no").append("encap-csum6 ");
        out.append((f & TunnelFlags.ENCAP_FLAG_REMCSUM) != 0 ? "" : "no").append("encap-remcsum ");
    }

    /** A key as {@code inet_ntop} prints the network-order number: {@code 0.0.0.42}. */
    static String dottedQuad(int key) {
        return (key >>> 24) + "." + ((key >>> 16) & 0xff) + "." + ((key >>> 8) & 0xff) + "."
                + (key & 0xff);
    }

    /**
     * What link_gre6.c and link_ip6tnl.c print after the device: {@code hoplimit 64
     * encaplimit 4 tclass 0x00 flowlabel 0x00000 [dscp inherit] [mip6]}.
     */
    static void ip6Options(StringBuilder out, Integer hopLimit, Integer encapLimit,
            Integer flowinfo, int flags) {
        int ttl = hopLimit == null ? 0 : hopLimit;
        out.append(ttl != 0 ? "hoplimit " + ttl + " " : "hoplimit inherit ");
        if ((flags & TunnelFlags.IP6_IGN_ENCAP_LIMIT) != 0) {
            out.append("encaplimit none ");
        } else if (encapLimit != null) {
            out.append("encaplimit ").append(encapLimit).append(' ');
        }
        int fi = flowinfo == null ? 0 : flowinfo;
        if ((flags & TunnelFlags.IP6_USE_ORIG_TCLASS) != 0) {
            out.append("tclass inherit ");
        } else if (flowinfo != null) {
            out.append(String.format("tclass 0x%02x ", (fi >>> 20) & 0xff));
        }
        if ((flags & TunnelFlags.IP6_USE_ORIG_FLOWLABEL) != 0) {
            out.append("flowlabel inherit ");
        } else if (flowinfo != null) {
            out.append(String.format("flowlabel 0x%05x ", fi & 0xfffff));
        }
        if ((flags & TunnelFlags.IP6_RCV_DSCP_COPY) != 0) {
            out.append("dscp inherit ");
        }
    }

    /** {@code allow-localremote}, then {@code fwmark inherit} or the mark. */
    static void ip6LocalRemoteAndMark(StringBuilder out, int flags, Integer fwmark) {
        if ((flags & TunnelFlags.IP6_ALLOW_LOCAL_REMOTE) != 0) {
            out.append("allow-localremote ");
        }
        if ((flags & TunnelFlags.IP6_USE_ORIG_FWMARK) != 0) {
            out.append("fwmark inherit ");
        } else {
            fwmark(out, fwmark);
        }
    }
}

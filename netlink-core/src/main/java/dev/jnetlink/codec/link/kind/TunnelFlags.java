package dev.jnetlink.codec.link.kind;

/**
 * Flag and enumeration values the tunnel kinds share: the GRE header flags of
 * {@code IFLA_GRE_IFLAGS}/{@code OFLAGS} (as numbers in network order, {@code GRE_CSUM},
 * {@code GRE_KEY}, {@code GRE_SEQ} of {@code linux/if_tunnel.h}), the UDP encapsulation of
 * {@code IFLA_*_ENCAP_TYPE}/{@code ENCAP_FLAGS} ({@code TUNNEL_ENCAP_*}), and the IPv6 tunnel
 * flags of {@code IFLA_GRE_FLAGS}/{@code IFLA_IPTUN_FLAGS} ({@code IP6_TNL_F_*}).
 */
public final class TunnelFlags {
    /** {@code GRE_CSUM}: checksums ({@code icsum}/{@code ocsum}). */
    public static final int GRE_CSUM = 0x8000;
    /** {@code GRE_KEY}: a key ({@code ikey}/{@code okey}). */
    public static final int GRE_KEY = 0x2000;
    /** {@code GRE_SEQ}: sequence numbers ({@code iseq}/{@code oseq}). */
    public static final int GRE_SEQ = 0x1000;

    /** {@code TUNNEL_ENCAP_NONE}. */
    public static final int ENCAP_NONE = 0;
    /** {@code TUNNEL_ENCAP_FOU}: {@code encap fou}. */
    public static final int ENCAP_FOU = 1;
    /** {@code TUNNEL_ENCAP_GUE}: {@code encap gue}. */
    public static final int ENCAP_GUE = 2;
    /** {@code TUNNEL_ENCAP_FLAG_CSUM}: {@code encap-csum}. */
    public static final int ENCAP_FLAG_CSUM = 1;
    /** {@code TUNNEL_ENCAP_FLAG_CSUM6}: {@code encap-udp6-csum}. */
    public static final int ENCAP_FLAG_CSUM6 = 1 << 1;
    /** {@code TUNNEL_ENCAP_FLAG_REMCSUM}: {@code encap-remcsum}. */
    public static final int ENCAP_FLAG_REMCSUM = 1 << 2;

    /** {@code IP6_TNL_F_IGN_ENCAP_LIMIT}: {@code encaplimit none}. */
    public static final int IP6_IGN_ENCAP_LIMIT = 0x1;
    /** {@code IP6_TNL_F_USE_ORIG_TCLASS}: {@code tclass inherit}. */
    public static final int IP6_USE_ORIG_TCLASS = 0x2;
    /** {@code IP6_TNL_F_USE_ORIG_FLOWLABEL}: {@code flowlabel inherit}. */
    public static final int IP6_USE_ORIG_FLOWLABEL = 0x4;
    /** {@code IP6_TNL_F_MIP6_DEV}. */
    public static final int IP6_MIP6_DEV = 0x8;
    /** {@code IP6_TNL_F_RCV_DSCP_COPY}: {@code dscp inherit}. */
    public static final int IP6_RCV_DSCP_COPY = 0x10;
    /** {@code IP6_TNL_F_USE_ORIG_FWMARK}: {@code fwmark inherit}. */
    public static final int IP6_USE_ORIG_FWMARK = 0x20;
    /** {@code IP6_TNL_F_ALLOW_LOCAL_REMOTE}: {@code allow-localremote}. */
    public static final int IP6_ALLOW_LOCAL_REMOTE = 0x40;
    /**
     * {@code IP6_TNL_F_CAP_XMIT} (the kernel's {@code net/ip6_tunnel.h}): the tunnel can send.
     * The kernel sets it and reports it in replies of ip6tnl and ip6gre tunnels; {@code ip}
     * prints nothing for it and a request need not carry it.
     */
    public static final int IP6_CAP_XMIT = 0x10000;
    /** {@code IP6_TNL_F_CAP_RCV}: the tunnel can receive (reported as {@link #IP6_CAP_XMIT}). */
    public static final int IP6_CAP_RCV = 0x20000;
    /** {@code IP6_TNL_F_CAP_PER_PACKET}: endpoints chosen per packet (reported the same way). */
    public static final int IP6_CAP_PER_PACKET = 0x40000;

    private TunnelFlags() {
    }
}

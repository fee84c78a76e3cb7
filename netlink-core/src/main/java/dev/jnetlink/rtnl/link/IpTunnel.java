package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.kind.IpTunnelFlags;
import dev.jnetlink.codec.link.kind.IpTunnelInfo;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;

/**
 * An IP-in-IP tunnel over IPv4, {@code ipip} or {@code sit}: {@code ip link add name NAME type
 * { ipip | sit } [mode { ipip | ip6ip | mplsip | any }] [remote ADDR] [local ADDR] [dev DEV]
 * [ttl TTL] [tos TOS] [nopmtudisc] [fwmark MARK] [encap { fou | gue } ...] [isatap]
 * [6rd-prefix PREFIX] [6rd-relay_prefix PREFIX]}; or over IPv6, {@code ip6tnl}: {@code ip link
 * add name NAME type ip6tnl [mode { ip6ip6 | ipip6 | any }] [remote ADDR] [local ADDR]
 * [dev DEV] [hoplimit TTL] [encaplimit { ELIM | none }] [tclass TCLASS] [flowlabel LABEL]
 * [allow-localremote] ...}; or {@code type KIND external}. The request is written as iproute2
 * writes it for that command line (an ip6tnl without {@link Builder#encap} sends
 * {@code encap-udp6-csum}, as {@code ip} does).
 *
 * <pre>{@code
 * rtnl.links().add(IpTunnel.sit("sit1").remote("10.0.0.2").local("10.0.0.1").ttl(64));
 * }</pre>
 */
public final class IpTunnel extends TunnelSpec {
    /** {@link IpTunnelInfo} in the order {@code ip link add ... type ipip|sit} sends it. */
    private static final AttributeSetCodec<IpTunnelInfo> REQUEST = IpTunnelInfo.CODEC
            .withRequestOrder("proto", "collectMetadata", "local", "remote", "pmtudisc", "tos",
                    "ttl", "link", "fwmark", "encapType", "encapFlags", "encapSport",
                    "encapDport", "flags", "prefix6rd", "prefixLen6rd", "relayPrefix6rd",
                    "relayPrefixLen6rd");
    /** The same for {@code ip6tnl} (link_ip6tnl.c's {@code ip6tunnel_parse_opt}). */
    private static final AttributeSetCodec<IpTunnelInfo> REQUEST6 = IpTunnelInfo.CODEC
            .withRequestOrder("proto", "collectMetadata", "local", "remote", "ttl", "encapLimit",
                    "flowinfo", "flags", "link", "fwmark", "encapType", "encapFlags",
                    "encapSport", "encapDport");

    private final int proto;
    private final boolean isatap;
    private final InetAddress prefix6rd;
    private final int prefixLen6rd;
    private final InetAddress relayPrefix6rd;
    private final int relayPrefixLen6rd;

    private IpTunnel(Builder b) {
        super(b);
        this.proto = b.proto;
        this.isatap = b.isatap;
        this.prefix6rd = b.prefix6rd;
        this.prefixLen6rd = b.prefixLen6rd;
        this.relayPrefix6rd = b.relayPrefix6rd;
        this.relayPrefixLen6rd = b.relayPrefixLen6rd;
    }

    /**
     * Starts an {@code ipip} tunnel (IPv4 in IPv4): {@code ip link add name NAME type ipip}.
     *
     * @param name the link's name
     * @return a builder
     */
    public static Builder ipip(String name) {
        return new Builder("ipip", name);
    }

    /**
     * Starts a {@code sit} tunnel (IPv6 in IPv4, 6in4/6rd/ISATAP): {@code ip link add name NAME
     * type sit}.
     *
     * @param name the link's name
     * @return a builder
     */
    public static Builder sit(String name) {
        return new Builder("sit", name);
    }

    /**
     * Starts an {@code ip6tnl} tunnel (IPv6 or IPv4 in IPv6): {@code ip link add name NAME type
     * ip6tnl}.
     *
     * @param name the link's name
     * @return a builder
     */
    public static Builder ip6tnl(String name) {
        return new Builder("ip6tnl", name);
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    /**
     * The {@code IFLA_INFO_DATA} this spec sends, as the record a reply decodes to: what
     * {@code ip} always sends (proto, ttl, link, fwmark, encapsulation; over IPv4 pmtudisc and
     * tos, for sit its flags; over IPv6 the encapsulation limit, flow information and flags),
     * the endpoints and 6rd prefixes when set; proto and {@code collectMetadata} for an
     * external tunnel.
     *
     * @param ctx resolves the underlay device ({@code dev}) to its index
     * @return the tunnel's data
     */
    public IpTunnelInfo toInfo(SpecContext ctx) {
        IpTunnelInfo.Builder b = IpTunnelInfo.builder().proto(proto);
        if (external) {
            return b.collectMetadata(true).build();
        }
        b.local(local).remote(remote)
                .link(dev == null ? 0 : dev.resolve(ctx)).fwmark(fwmark)
                .encapType(encap.type()).encapFlags(encapFlags())
                .encapSport(encap.sport()).encapDport(encap.dport());
        if (overIpv6()) {
            return b.ttl(ttl == null ? DEFAULT_HOP_LIMIT : ttl).encapLimit(encapLimit)
                    .flowinfo(flowinfo()).flags(IpTunnelFlags.ip6(ip6Flags)).build();
        }
        b.pmtudisc(pmtudisc ? 1 : 0).tos(tos).ttl(ttl == null ? 0 : ttl);
        if (kind.equals("sit")) {
            b.flags(IpTunnelFlags.sit(isatap ? IpTunnelInfo.SIT_ISATAP : 0));
            if (prefix6rd != null) {
                b.prefix6rd(prefix6rd).prefixLen6rd(prefixLen6rd);
            }
            if (relayPrefix6rd != null) {
                b.relayPrefix6rd(ByteBuffer.wrap(relayPrefix6rd.getAddress()).getInt())
                        .relayPrefixLen6rd(relayPrefixLen6rd);
            }
        }
        return b.build();
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        (overIpv6() ? REQUEST6 : REQUEST).encode(w, toInfo(ctx));
    }

    /** Builds an {@link IpTunnel}. */
    public static final class Builder extends TunnelSpec.Builder<Builder> {
        private int proto;
        private boolean isatap;
        private InetAddress prefix6rd;
        private int prefixLen6rd;
        private InetAddress relayPrefix6rd;
        private int relayPrefixLen6rd;

        private Builder(String kind, String name) {
            super(kind, name);
        }

        private Builder(IpTunnel s) {
            super(s);
            this.proto = s.proto;
            this.isatap = s.isatap;
            this.prefix6rd = s.prefix6rd;
            this.prefixLen6rd = s.prefixLen6rd;
            this.relayPrefix6rd = s.relayPrefix6rd;
            this.relayPrefixLen6rd = s.relayPrefixLen6rd;
        }

        /**
         * @param protocol {@code mode}: {@link IpTunnelInfo#PROTO_IPIP} ({@code ipip}; for
         *     ip6tnl {@code ipip6}), {@link IpTunnelInfo#PROTO_IPV6} ({@code ip6ip} for sit,
         *     {@code ip6ip6} for ip6tnl), {@link IpTunnelInfo#PROTO_MPLS} ({@code mplsip}) or 0
         *     ({@code any}, the default)
         * @return this builder
         */
        public Builder mode(int protocol) {
            this.proto = protocol;
            return this;
        }

        /**
         * @return this builder with {@code isatap} (sit only)
         */
        public Builder isatap() {
            this.isatap = true;
            return this;
        }

        /**
         * @param prefix {@code 6rd-prefix PREFIX/LEN}: the IPv6 6rd prefix (sit only)
         * @param length its length, 0 to 128
         * @return this builder
         */
        public Builder prefix6rd(String prefix, int length) {
            this.prefix6rd = IpAddresses.parse(prefix);
            this.prefixLen6rd = length;
            return this;
        }

        /**
         * @param prefix {@code 6rd-relay_prefix PREFIX/LEN}: the IPv4 relay prefix (sit only)
         * @param length its length, 0 to 32
         * @return this builder
         */
        public Builder relayPrefix6rd(String prefix, int length) {
            this.relayPrefix6rd = IpAddresses.parse(prefix);
            this.relayPrefixLen6rd = length;
            return this;
        }

        @Override
        public IpTunnel build() {
            validateCommon(this);
            String me = kind() + " " + name() + ": ";
            boolean sit = kind().equals("sit");
            boolean v6 = kind().equals("ip6tnl");
            if (v6 ? proto != 0 && proto != IpTunnelInfo.PROTO_IPIP && proto != IpTunnelInfo.PROTO_IPV6
                    : proto != 0 && proto != IpTunnelInfo.PROTO_IPIP && proto != IpTunnelInfo.PROTO_MPLS
                            && !(sit && proto == IpTunnelInfo.PROTO_IPV6)) {
                throw new IllegalArgumentException(me + "mode (inner protocol) " + proto
                        + (v6 ? " is none of ipip6 (4), ip6ip6 (41), any (0)"
                                : " is none of ipip (4), mplsip (137), any (0)"
                                        + (sit ? ", ip6ip (41)" : "")));
            }
            boolean sitOptions = isatap || prefix6rd != null || relayPrefix6rd != null;
            validateTunnel(me, sitOptions, v6 ? "ipip or sit" : "ip6tnl");
            if (isExternal()) {
                return new IpTunnel(this);
            }
            if (ttlOrZero() != 0 && !pmtudisc()) {
                throw new IllegalArgumentException(me + "ttl " + ttlOrZero() + " and nopmtudisc are"
                        + " incompatible (nopmtudisc needs ttl inherit)");
            }
            if (!sit && sitOptions) {
                throw new IllegalArgumentException(me + "isatap and 6rd prefixes are sit options");
            }
            if (prefix6rd != null && !(prefix6rd instanceof Inet6Address)) {
                throw new IllegalArgumentException(me + "6rd-prefix " + IpAddresses.format(prefix6rd)
                        + " is not IPv6");
            }
            if (relayPrefix6rd != null && !(relayPrefix6rd instanceof Inet4Address)) {
                throw new IllegalArgumentException(me + "6rd-relay_prefix "
                        + IpAddresses.format(relayPrefix6rd) + " is not IPv4");
            }
            TunnelEndpoints.range(me, "6rd-prefix length", prefixLen6rd, 128);
            TunnelEndpoints.range(me, "6rd-relay_prefix length", relayPrefixLen6rd, 32);
            return new IpTunnel(this);
        }
    }
}

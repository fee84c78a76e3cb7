package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.kind.IpTunnelFlags;
import dev.jnetlink.codec.link.kind.IpTunnelInfo;
import dev.jnetlink.codec.link.kind.TunnelFlags;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

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
public final class IpTunnel extends LinkSpec {
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
    private static final int DEFAULT_ENCAP_LIMIT = 4;
    private static final int DEFAULT_HOP_LIMIT = 64;

    private final String kind;
    private final int proto;
    private final InetAddress remote;
    private final InetAddress local;
    private final LinkRef dev;
    private final Integer ttl;
    private final int tos;
    private final boolean pmtudisc;
    private final int fwmark;
    private final TunnelEncap encap;
    private final boolean isatap;
    private final InetAddress prefix6rd;
    private final int prefixLen6rd;
    private final InetAddress relayPrefix6rd;
    private final int relayPrefixLen6rd;
    private final boolean external;
    private final int encapLimit;
    private final int flowLabel;
    private final int ip6Flags;

    private IpTunnel(Builder b) {
        super(b);
        this.kind = b.kind;
        this.proto = b.proto;
        this.remote = b.remote;
        this.local = b.local;
        this.dev = b.dev;
        this.ttl = b.ttl;
        this.tos = b.tos;
        this.pmtudisc = b.pmtudisc;
        this.fwmark = b.fwmark;
        this.encap = b.encap;
        this.isatap = b.isatap;
        this.prefix6rd = b.prefix6rd;
        this.prefixLen6rd = b.prefixLen6rd;
        this.relayPrefix6rd = b.relayPrefix6rd;
        this.relayPrefixLen6rd = b.relayPrefixLen6rd;
        this.external = b.external;
        this.encapLimit = b.encapLimit;
        this.flowLabel = b.flowLabel;
        this.ip6Flags = b.ip6Flags;
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

    @Override
    public String kind() {
        return kind;
    }

    /** @return the remote endpoint, or null for any */
    public InetAddress remote() {
        return remote;
    }

    /** @return the local endpoint, or null for any */
    public InetAddress local() {
        return local;
    }

    @Override
    protected void kindReferences(List<LinkRef> refs) {
        if (dev != null) {
            refs.add(dev);
        }
    }

    @Override
    protected boolean hasInfoData() {
        return true;
    }

    /**
     * The {@code IFLA_INFO_DATA} this spec sends, as the record a reply decodes to: what
     * {@code ip} always sends (proto, pmtudisc, tos, ttl, link, fwmark, encapsulation; for sit
     * its flags), the endpoints and 6rd prefixes when set; proto and {@code collectMetadata}
     * for an external tunnel.
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
                .encapType(encap.type()).encapSport(encap.sport()).encapDport(encap.dport());
        if (kind.equals("ip6tnl")) {
            return b.ttl(ttl == null ? DEFAULT_HOP_LIMIT : ttl).encapLimit(encapLimit)
                    .flowinfo(tos << 20 | flowLabel).flags(IpTunnelFlags.ip6(ip6Flags))
                    .encapFlags(TunnelEncap.NONE.equals(encap) ? TunnelFlags.ENCAP_FLAG_CSUM6
                            : encap.flags())
                    .build();
        }
        b.pmtudisc(pmtudisc ? 1 : 0).tos(tos).ttl(ttl == null ? 0 : ttl).encapFlags(encap.flags());
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
        (kind.equals("ip6tnl") ? REQUEST6 : REQUEST).encode(w, toInfo(ctx));
    }

    @Override
    public String toString() {
        return kind + " " + name() + (external ? " external" : "")
                + (remote == null ? "" : " remote " + IpAddresses.format(remote))
                + (local == null ? "" : " local " + IpAddresses.format(local));
    }

    /** Builds an {@link IpTunnel}. */
    public static final class Builder extends LinkSpec.Builder<Builder> {
        private final String kind;
        private int proto;
        private InetAddress remote;
        private InetAddress local;
        private LinkRef dev;
        private Integer ttl;
        private int tos;
        private boolean pmtudisc = true;
        private int fwmark;
        private TunnelEncap encap = TunnelEncap.NONE;
        private boolean isatap;
        private InetAddress prefix6rd;
        private int prefixLen6rd;
        private InetAddress relayPrefix6rd;
        private int relayPrefixLen6rd;
        private boolean external;
        private int encapLimit = DEFAULT_ENCAP_LIMIT;
        private int flowLabel;
        private int ip6Flags;

        private Builder(String kind, String name) {
            super(name);
            this.kind = kind;
        }

        private Builder(IpTunnel s) {
            super(s);
            this.kind = s.kind;
            this.proto = s.proto;
            this.remote = s.remote;
            this.local = s.local;
            this.dev = s.dev;
            this.ttl = s.ttl;
            this.tos = s.tos;
            this.pmtudisc = s.pmtudisc;
            this.fwmark = s.fwmark;
            this.encap = s.encap;
            this.isatap = s.isatap;
            this.prefix6rd = s.prefix6rd;
            this.prefixLen6rd = s.prefixLen6rd;
            this.relayPrefix6rd = s.relayPrefix6rd;
            this.relayPrefixLen6rd = s.relayPrefixLen6rd;
            this.external = s.external;
            this.encapLimit = s.encapLimit;
            this.flowLabel = s.flowLabel;
            this.ip6Flags = s.ip6Flags;
        }

        /**
         * @param protocol {@code mode}: {@link IpTunnelInfo#PROTO_IPIP} ({@code ipip}),
         *     {@link IpTunnelInfo#PROTO_IPV6} ({@code ip6ip}, sit only),
         *     {@link IpTunnelInfo#PROTO_MPLS} ({@code mplsip}) or 0 ({@code any}, the default)
         * @return this builder
         */
        public Builder mode(int protocol) {
            this.proto = protocol;
            return this;
        }

        /**
         * @param address {@code remote ADDR}: the other end, IPv4
         * @return this builder
         */
        public Builder remote(InetAddress address) {
            this.remote = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param address a literal IPv4 address
         * @return this builder
         */
        public Builder remote(String address) {
            return remote(IpAddresses.parse(address));
        }

        /**
         * @param address {@code local ADDR}: this end, IPv4
         * @return this builder
         */
        public Builder local(InetAddress address) {
            this.local = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param address a literal IPv4 address
         * @return this builder
         */
        public Builder local(String address) {
            return local(IpAddresses.parse(address));
        }

        /**
         * @param device {@code dev DEV}: the device the tunnel's packets leave by
         * @return this builder
         */
        public Builder dev(String device) {
            this.dev = LinkRef.named("dev", device);
            return this;
        }

        /**
         * @param ttl {@code ttl TTL} ({@code hoplimit} for ip6tnl): 1 to 255, or 0 for
         *     {@code inherit}; unset, 0 over IPv4 and 64 over IPv6, as {@code ip} sends it
         * @return this builder
         */
        public Builder ttl(int ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * @param tos {@code tos TOS}: 0 to 255 (1 means inherit); for ip6tnl the traffic class,
         *     {@code tclass TCLASS}
         * @return this builder
         */
        public Builder tos(int tos) {
            this.tos = tos;
            return this;
        }

        /**
         * @param on {@code pmtudisc} (the default) or {@code nopmtudisc} (needs ttl inherit)
         * @return this builder
         */
        public Builder pmtudisc(boolean on) {
            this.pmtudisc = on;
            return this;
        }

        /**
         * @param mark {@code fwmark MARK}
         * @return this builder
         */
        public Builder fwmark(int mark) {
            this.fwmark = mark;
            return this;
        }

        /**
         * @param encap {@code encap fou|gue ...}: UDP encapsulation of the tunnel's packets
         * @return this builder
         */
        public Builder encap(TunnelEncap encap) {
            this.encap = Objects.requireNonNull(encap, "encap");
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

        /**
         * @param limit {@code encaplimit ELIM} (ip6tnl): 0 to 255, 4 unless set
         * @return this builder
         */
        public Builder encapLimit(int limit) {
            this.encapLimit = limit;
            this.ip6Flags &= ~TunnelFlags.IP6_IGN_ENCAP_LIMIT;
            return this;
        }

        /**
         * @return this builder with {@code encaplimit none} (ip6tnl)
         */
        public Builder noEncapLimit() {
            this.ip6Flags |= TunnelFlags.IP6_IGN_ENCAP_LIMIT;
            return this;
        }

        /**
         * @param label {@code flowlabel LABEL} (ip6tnl): 0 to 1048575
         * @return this builder
         */
        public Builder flowLabel(int label) {
            this.flowLabel = label;
            return this;
        }

        /**
         * @param ip6Flag an {@code IP6_TNL_F_*} of {@link TunnelFlags} (ip6tnl): {@code tclass
         *     inherit}, {@code flowlabel inherit}, {@code dscp inherit}, {@code fwmark inherit},
         *     {@code allow-localremote}, {@code mip6}
         * @return this builder
         */
        public Builder ip6Flag(int ip6Flag) {
            this.ip6Flags |= ip6Flag;
            return this;
        }

        /**
         * {@code external}: a metadata-collecting tunnel (no other option goes with it).
         *
         * @return this builder
         */
        public Builder external() {
            this.external = true;
            return this;
        }

        @Override
        public IpTunnel build() {
            validateCommon(this);
            String me = kind + " " + name() + ": ";
            boolean sit = kind.equals("sit");
            boolean v6 = kind.equals("ip6tnl");
            if (v6 ? proto != 0 && proto != IpTunnelInfo.PROTO_IPIP && proto != IpTunnelInfo.PROTO_IPV6
                    : proto != 0 && proto != IpTunnelInfo.PROTO_IPIP && proto != IpTunnelInfo.PROTO_MPLS
                            && !(sit && proto == IpTunnelInfo.PROTO_IPV6)) {
                throw new IllegalArgumentException(me + "mode (inner protocol) " + proto
                        + (v6 ? " is none of ipip6 (4), ip6ip6 (41), any (0)"
                                : " is none of ipip (4), mplsip (137), any (0)"
                                        + (sit ? ", ip6ip (41)" : "")));
            }
            if (external) {
                if (remote != null || local != null || dev != null || ttl != null || tos != 0
                        || !pmtudisc || fwmark != 0 || encap.type() != TunnelFlags.ENCAP_NONE
                        || isatap || prefix6rd != null || relayPrefix6rd != null
                        || flowLabel != 0 || ip6Flags != 0) {
                    throw new IllegalArgumentException(me + "an external tunnel takes its endpoints"
                            + " and options per packet; set none of them");
                }
                return new IpTunnel(this);
            }
            String other = v6 ? "ipip or sit" : "ip6tnl";
            TunnelEndpoints.requireFamily(me, "remote", remote, v6, other);
            TunnelEndpoints.requireFamily(me, "local", local, v6, other);
            int t = ttl == null ? 0 : ttl;
            TunnelEndpoints.range(me, v6 ? "hoplimit" : "ttl", t, 255);
            TunnelEndpoints.range(me, v6 ? "tclass" : "tos", tos, 255);
            if (v6) {
                if (!pmtudisc) {
                    throw new IllegalArgumentException(me + "nopmtudisc is an IPv4 option");
                }
                TunnelEndpoints.range(me, "encaplimit", encapLimit, 255);
                TunnelEndpoints.range(me, "flowlabel", flowLabel, 0xfffff);
            } else if (flowLabel != 0 || ip6Flags != 0 || encapLimit != DEFAULT_ENCAP_LIMIT) {
                throw new IllegalArgumentException(me + "encaplimit, flowlabel and the IPv6"
                        + " tunnel flags are options of ip6tnl");
            }
            if (t != 0 && !pmtudisc) {
                throw new IllegalArgumentException(me + "ttl " + t + " and nopmtudisc are"
                        + " incompatible (nopmtudisc needs ttl inherit)");
            }
            if (!sit && (isatap || prefix6rd != null || relayPrefix6rd != null)) {
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

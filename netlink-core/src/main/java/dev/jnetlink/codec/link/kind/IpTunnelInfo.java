package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
import java.net.InetAddress;
import java.util.List;

/**
 * The {@code IFLA_INFO_DATA} of an IP-in-IP tunnel, one model for the kinds that share the
 * {@code IFLA_IPTUN_*} space: {@code ipip} (IPv4 in IPv4), {@code sit} (IPv6, or any, in
 * IPv4) and {@code ip6tnl} (IPv6 or IPv4 in IPv6); what {@code ip -d link show} prints after the kind ({@code any remote 10.0.0.2 local
 * 10.0.0.1 dev eth0 ttl 64 ...}). The table is in {@code sit}'s order
 * ({@code ipip6_fill_info}); {@code ipip} sends the same attributes with {@code proto} before
 * {@code pmtudisc} ({@code ipip_fill_info}), {@code ip6tnl} its own subset
 * ({@code ip6_tnl_fill_info}); each kind's table follows its order.
 *
 * @param link {@code IFLA_IPTUN_LINK}: index of the underlay device ({@code dev}), 0 for none
 * @param local {@code IFLA_IPTUN_LOCAL}: source address (IPv4 for ipip/sit, IPv6 for ip6tnl; the any address for none)
 * @param remote {@code IFLA_IPTUN_REMOTE}: destination address, of the same family
 * @param ttl {@code IFLA_IPTUN_TTL}: TTL or hop limit, 0 for inherit
 * @param tos {@code IFLA_IPTUN_TOS} (ipip, sit): 1 for inherit
 * @param encapLimit {@code IFLA_IPTUN_ENCAP_LIMIT} (ip6tnl)
 * @param flowinfo {@code IFLA_IPTUN_FLOWINFO} (ip6tnl): traffic class and flow label, network order
 * @param pmtudisc {@code IFLA_IPTUN_PMTUDISC} (ipip, sit): 1 to set DF
 * @param flags {@code IFLA_IPTUN_FLAGS}: sit's 16 bits ({@link #SIT_ISATAP}) or ip6tnl's 32
 *     ({@code IP6_TNL_F_*})
 * @param proto {@code IFLA_IPTUN_PROTO}: the inner protocol ({@code mode}), 0 for any
 * @param fwmark {@code IFLA_IPTUN_FWMARK}
 * @param prefix6rd {@code IFLA_IPTUN_6RD_PREFIX} (sit): the 6rd prefix
 * @param relayPrefix6rd {@code IFLA_IPTUN_6RD_RELAY_PREFIX} (sit): the 6rd relay prefix, an IPv4 address as a network-order number
 * @param prefixLen6rd {@code IFLA_IPTUN_6RD_PREFIXLEN} (sit)
 * @param relayPrefixLen6rd {@code IFLA_IPTUN_6RD_RELAY_PREFIXLEN} (sit)
 * @param encapType {@code IFLA_IPTUN_ENCAP_TYPE}: {@link TunnelFlags#ENCAP_NONE}, FOU or GUE
 * @param encapSport {@code IFLA_IPTUN_ENCAP_SPORT}: UDP source port, 0 for automatic
 * @param encapDport {@code IFLA_IPTUN_ENCAP_DPORT}: UDP destination port
 * @param encapFlags {@code IFLA_IPTUN_ENCAP_FLAGS}: {@code TUNNEL_ENCAP_FLAG_*}
 * @param collectMetadata {@code IFLA_IPTUN_COLLECT_METADATA} (flag): {@code external}
 * @param unknown attributes not listed above
 */
public record IpTunnelInfo(Integer link, InetAddress local, InetAddress remote, Integer ttl,
        Integer tos, Integer encapLimit, Integer flowinfo, Integer pmtudisc, IpTunnelFlags flags,
        Integer proto, Integer fwmark, InetAddress prefix6rd, Integer relayPrefix6rd,
        Integer prefixLen6rd, Integer relayPrefixLen6rd, Integer encapType, Integer encapSport,
        Integer encapDport, Integer encapFlags, Boolean collectMetadata,
        List<RawAttribute> unknown)
        implements LinkInfoData {
    /** {@code SIT_ISATAP} in {@link #flags}: an ISATAP tunnel ({@code isatap}). */
    public static final int SIT_ISATAP = 0x0001;
    /** {@code IPPROTO_IPIP}: {@code mode ipip}. */
    public static final int PROTO_IPIP = 4;
    /** {@code IPPROTO_IPV6}: {@code mode ip6ip} (sit). */
    public static final int PROTO_IPV6 = 41;
    /** {@code IPPROTO_MPLS}: {@code mode mplsip}. */
    public static final int PROTO_MPLS = 137;

    /**
     * The {@code IFLA_IPTUN_*} table of the three kinds' attributes; each kind names the order its
     * replies carry them in (captured from Linux 6.1, see {@code TunnelReplyGoldenTest}).
     */
    public static final AttributeSetCodec<IpTunnelInfo> CODEC = AttributeSetCodec
            .builder(IpTunnelInfo.class, IflaIptun.SPACE)
            .u32("link", IflaIptun.LINK)
            .inet("local", IflaIptun.LOCAL)
            .inet("remote", IflaIptun.REMOTE)
            .u8("ttl", IflaIptun.TTL)
            .u8("tos", IflaIptun.TOS)
            .u8("encapLimit", IflaIptun.ENCAP_LIMIT)
            .be32("flowinfo", IflaIptun.FLOWINFO)
            .u8("pmtudisc", IflaIptun.PMTUDISC)
            .attr("flags", IflaIptun.FLAGS, IpTunnelFlags.CODEC)
            .u8("proto", IflaIptun.PROTO)
            .u32("fwmark", IflaIptun.FWMARK)
            .inet("prefix6rd", IflaIptun._6RD_PREFIX)
            .be32("relayPrefix6rd", IflaIptun._6RD_RELAY_PREFIX)
            .u16("prefixLen6rd", IflaIptun._6RD_PREFIXLEN)
            .u16("relayPrefixLen6rd", IflaIptun._6RD_RELAY_PREFIXLEN)
            .u16("encapType", IflaIptun.ENCAP_TYPE)
            .be16("encapSport", IflaIptun.ENCAP_SPORT)
            .be16("encapDport", IflaIptun.ENCAP_DPORT)
            .u16("encapFlags", IflaIptun.ENCAP_FLAGS)
            .flag("collectMetadata", IflaIptun.COLLECT_METADATA)
            .unknown("unknown")
            .build(v -> new IpTunnelInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The {@code ipip} kind: IPv4 in IPv4. */
    public static final class IpipKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public IpipKind() {
            super("ipip", CODEC.withRequestOrder("link", "local", "remote", "ttl", "tos", "proto",
                    "pmtudisc", "fwmark"));
        }
    }

    /** The {@code sit} kind: IPv6 (or IPv4, MPLS, any) in IPv4. */
    public static final class SitKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public SitKind() {
            super("sit", CODEC.withRequestOrder("link", "local", "remote", "ttl", "tos", "pmtudisc",
                    "proto", "flags", "fwmark"));
        }
    }

    /** The {@code ip6tnl} kind: IPv6 or IPv4 in IPv6. */
    public static final class Ip6tnlKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public Ip6tnlKind() {
            super("ip6tnl", CODEC.withRequestOrder("link", "local", "remote", "ttl", "encapLimit",
                    "flowinfo", "flags", "proto", "fwmark"));
        }
    }

    /** @return true for a metadata-collecting ({@code external}) tunnel */
    public boolean isExternal() {
        return collectMetadata != null && collectMetadata;
    }

    /** @return a builder with every component absent (null) and no unknown attributes */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link IpTunnelInfo} component by component: a component not set is null (absent),
     * {@code unknown} is empty.
     */
    public static final class Builder {
        private Integer link;
        private InetAddress local;
        private InetAddress remote;
        private Integer ttl;
        private Integer tos;
        private Integer encapLimit;
        private Integer flowinfo;
        private Integer pmtudisc;
        private IpTunnelFlags flags;
        private Integer proto;
        private Integer fwmark;
        private InetAddress prefix6rd;
        private Integer relayPrefix6rd;
        private Integer prefixLen6rd;
        private Integer relayPrefixLen6rd;
        private Integer encapType;
        private Integer encapSport;
        private Integer encapDport;
        private Integer encapFlags;
        private Boolean collectMetadata;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(IpTunnelInfo r) {
            link = r.link;
            local = r.local;
            remote = r.remote;
            ttl = r.ttl;
            tos = r.tos;
            encapLimit = r.encapLimit;
            flowinfo = r.flowinfo;
            pmtudisc = r.pmtudisc;
            flags = r.flags;
            proto = r.proto;
            fwmark = r.fwmark;
            prefix6rd = r.prefix6rd;
            relayPrefix6rd = r.relayPrefix6rd;
            prefixLen6rd = r.prefixLen6rd;
            relayPrefixLen6rd = r.relayPrefixLen6rd;
            encapType = r.encapType;
            encapSport = r.encapSport;
            encapDport = r.encapDport;
            encapFlags = r.encapFlags;
            collectMetadata = r.collectMetadata;
            unknown = r.unknown;
        }

        /**
         * @param link {@code IFLA_IPTUN_LINK}: index of the underlay device ({@code dev}), 0 for none
         * @return this builder
         */
        public Builder link(Integer link) {
            this.link = link;
            return this;
        }

        /**
         * @param local {@code IFLA_IPTUN_LOCAL}: source address (IPv4 for ipip/sit, IPv6 for ip6tnl; the any address for none)
         * @return this builder
         */
        public Builder local(InetAddress local) {
            this.local = local;
            return this;
        }

        /**
         * @param remote {@code IFLA_IPTUN_REMOTE}: destination address, of the same family
         * @return this builder
         */
        public Builder remote(InetAddress remote) {
            this.remote = remote;
            return this;
        }

        /**
         * @param ttl {@code IFLA_IPTUN_TTL}: TTL or hop limit, 0 for inherit
         * @return this builder
         */
        public Builder ttl(Integer ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * @param tos {@code IFLA_IPTUN_TOS} (ipip, sit): 1 for inherit
         * @return this builder
         */
        public Builder tos(Integer tos) {
            this.tos = tos;
            return this;
        }

        /**
         * @param encapLimit {@code IFLA_IPTUN_ENCAP_LIMIT} (ip6tnl)
         * @return this builder
         */
        public Builder encapLimit(Integer encapLimit) {
            this.encapLimit = encapLimit;
            return this;
        }

        /**
         * @param flowinfo {@code IFLA_IPTUN_FLOWINFO} (ip6tnl): traffic class and flow label, network order
         * @return this builder
         */
        public Builder flowinfo(Integer flowinfo) {
            this.flowinfo = flowinfo;
            return this;
        }

        /**
         * @param pmtudisc {@code IFLA_IPTUN_PMTUDISC} (ipip, sit): 1 to set DF
         * @return this builder
         */
        public Builder pmtudisc(Integer pmtudisc) {
            this.pmtudisc = pmtudisc;
            return this;
        }

        /**
         * @param flags {@code IFLA_IPTUN_FLAGS}: sit's 16 bits or ip6tnl's 32
         * @return this builder
         */
        public Builder flags(IpTunnelFlags flags) {
            this.flags = flags;
            return this;
        }

        /**
         * @param proto {@code IFLA_IPTUN_PROTO}: the inner protocol ({@code mode}), 0 for any
         * @return this builder
         */
        public Builder proto(Integer proto) {
            this.proto = proto;
            return this;
        }

        /**
         * @param fwmark {@code IFLA_IPTUN_FWMARK}
         * @return this builder
         */
        public Builder fwmark(Integer fwmark) {
            this.fwmark = fwmark;
            return this;
        }

        /**
         * @param prefix6rd {@code IFLA_IPTUN_6RD_PREFIX} (sit): the 6rd prefix
         * @return this builder
         */
        public Builder prefix6rd(InetAddress prefix6rd) {
            this.prefix6rd = prefix6rd;
            return this;
        }

        /**
         * @param relayPrefix6rd {@code IFLA_IPTUN_6RD_RELAY_PREFIX} (sit): the 6rd relay prefix, an IPv4 address as a network-order number
         * @return this builder
         */
        public Builder relayPrefix6rd(Integer relayPrefix6rd) {
            this.relayPrefix6rd = relayPrefix6rd;
            return this;
        }

        /**
         * @param prefixLen6rd {@code IFLA_IPTUN_6RD_PREFIXLEN} (sit)
         * @return this builder
         */
        public Builder prefixLen6rd(Integer prefixLen6rd) {
            this.prefixLen6rd = prefixLen6rd;
            return this;
        }

        /**
         * @param relayPrefixLen6rd {@code IFLA_IPTUN_6RD_RELAY_PREFIXLEN} (sit)
         * @return this builder
         */
        public Builder relayPrefixLen6rd(Integer relayPrefixLen6rd) {
            this.relayPrefixLen6rd = relayPrefixLen6rd;
            return this;
        }

        /**
         * @param encapType {@code IFLA_IPTUN_ENCAP_TYPE}: {@link TunnelFlags#ENCAP_NONE}, FOU or GUE
         * @return this builder
         */
        public Builder encapType(Integer encapType) {
            this.encapType = encapType;
            return this;
        }

        /**
         * @param encapSport {@code IFLA_IPTUN_ENCAP_SPORT}: UDP source port, 0 for automatic
         * @return this builder
         */
        public Builder encapSport(Integer encapSport) {
            this.encapSport = encapSport;
            return this;
        }

        /**
         * @param encapDport {@code IFLA_IPTUN_ENCAP_DPORT}: UDP destination port
         * @return this builder
         */
        public Builder encapDport(Integer encapDport) {
            this.encapDport = encapDport;
            return this;
        }

        /**
         * @param encapFlags {@code IFLA_IPTUN_ENCAP_FLAGS}: {@code TUNNEL_ENCAP_FLAG_*}
         * @return this builder
         */
        public Builder encapFlags(Integer encapFlags) {
            this.encapFlags = encapFlags;
            return this;
        }

        /**
         * @param collectMetadata {@code IFLA_IPTUN_COLLECT_METADATA} (flag): {@code external}
         * @return this builder
         */
        public Builder collectMetadata(Boolean collectMetadata) {
            this.collectMetadata = collectMetadata;
            return this;
        }

        /**
         * @param unknown attributes this library does not name
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the record */
        public IpTunnelInfo build() {
            return new IpTunnelInfo(link, local, remote, ttl, tos, encapLimit, flowinfo, pmtudisc, flags, proto, fwmark, prefix6rd, relayPrefix6rd, prefixLen6rd, relayPrefixLen6rd, encapType, encapSport, encapDport, encapFlags, collectMetadata, unknown);
        }
    }
}

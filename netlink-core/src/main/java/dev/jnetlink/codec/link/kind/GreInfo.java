package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
import java.net.InetAddress;
import java.util.List;

/**
 * The {@code IFLA_INFO_DATA} of a GRE tunnel, one model for the four kinds that share the
 * {@code IFLA_GRE_*} space: {@code gre} and {@code gretap} (over IPv4), {@code ip6gre} and
 * {@code ip6gretap} (over IPv6); what {@code ip -d link show} prints after the kind
 * ({@code remote 10.0.0.2 local 10.0.0.1 dev eth0 ttl 64 tos 0x10 ikey 0.0.0.42 ...}).
 * Components are in the kernel's order: {@code ipgre_fill_info} and {@code ip6gre_fill_info}
 * each emit a subsequence of it (the IPv4 kinds {@code tos}, {@code pmtudisc} and
 * {@code ignoreDf}, the IPv6 ones {@code encapLimit}, {@code flowinfo} and {@code flags}).
 * Keys and header flags are numbers in network order, as {@code ip} reads them.
 *
 * @param link {@code IFLA_GRE_LINK}: index of the underlay device ({@code dev}), 0 for none
 * @param iflags {@code IFLA_GRE_IFLAGS}: GRE flags expected on received packets ({@link TunnelFlags#GRE_KEY}, ...)
 * @param oflags {@code IFLA_GRE_OFLAGS}: GRE flags put on sent packets
 * @param ikey {@code IFLA_GRE_IKEY}: the key expected on received packets ({@code ikey})
 * @param okey {@code IFLA_GRE_OKEY}: the key put on sent packets ({@code okey})
 * @param local {@code IFLA_GRE_LOCAL}: source address (IPv4 for gre/gretap, IPv6 for ip6gre/ip6gretap; the any address for none)
 * @param remote {@code IFLA_GRE_REMOTE}: destination address, of the same family
 * @param ttl {@code IFLA_GRE_TTL}: TTL or hop limit, 0 for inherit
 * @param tos {@code IFLA_GRE_TOS} (IPv4 kinds): 1 for inherit
 * @param pmtudisc {@code IFLA_GRE_PMTUDISC} (IPv4 kinds): 1 to set DF (path MTU discovery)
 * @param encapLimit {@code IFLA_GRE_ENCAP_LIMIT} (IPv6 kinds): the tunnel encapsulation limit
 * @param flowinfo {@code IFLA_GRE_FLOWINFO} (IPv6 kinds): traffic class and flow label, network order
 * @param flags {@code IFLA_GRE_FLAGS} (IPv6 kinds): {@code IP6_TNL_F_*} ({@link TunnelFlags})
 * @param fwmark {@code IFLA_GRE_FWMARK}
 * @param encapType {@code IFLA_GRE_ENCAP_TYPE}: {@link TunnelFlags#ENCAP_NONE}, FOU or GUE
 * @param encapSport {@code IFLA_GRE_ENCAP_SPORT}: UDP source port, 0 for automatic
 * @param encapDport {@code IFLA_GRE_ENCAP_DPORT}: UDP destination port
 * @param encapFlags {@code IFLA_GRE_ENCAP_FLAGS}: {@code TUNNEL_ENCAP_FLAG_*}
 * @param ignoreDf {@code IFLA_GRE_IGNORE_DF} (IPv4 kinds)
 * @param collectMetadata {@code IFLA_GRE_COLLECT_METADATA} (flag): {@code external}
 * @param erspanIndex {@code IFLA_GRE_ERSPAN_INDEX} (erspan kinds)
 * @param erspanVer {@code IFLA_GRE_ERSPAN_VER} (erspan kinds)
 * @param erspanDir {@code IFLA_GRE_ERSPAN_DIR} (erspan kinds)
 * @param erspanHwid {@code IFLA_GRE_ERSPAN_HWID} (erspan kinds)
 * @param unknown attributes not listed above
 */
public record GreInfo(Integer link, Integer iflags, Integer oflags, Integer ikey, Integer okey,
        InetAddress local, InetAddress remote, Integer ttl, Integer tos, Integer pmtudisc,
        Integer encapLimit, Integer flowinfo, Integer flags, Integer fwmark, Integer encapType,
        Integer encapSport, Integer encapDport, Integer encapFlags, Integer ignoreDf,
        Boolean collectMetadata, Integer erspanIndex, Integer erspanVer, Integer erspanDir, Integer
        erspanHwid, List<RawAttribute> unknown)
        implements LinkInfoData {

    /** The {@code IFLA_GRE_*} table, in the kernel's order. */
    public static final AttributeSetCodec<GreInfo> CODEC = AttributeSetCodec
            .builder(GreInfo.class, IflaGre.SPACE)
            .u32("link", IflaGre.LINK)
            .be16("iflags", IflaGre.IFLAGS)
            .be16("oflags", IflaGre.OFLAGS)
            .be32("ikey", IflaGre.IKEY)
            .be32("okey", IflaGre.OKEY)
            .inet("local", IflaGre.LOCAL)
            .inet("remote", IflaGre.REMOTE)
            .u8("ttl", IflaGre.TTL)
            .u8("tos", IflaGre.TOS)
            .u8("pmtudisc", IflaGre.PMTUDISC)
            .u8("encapLimit", IflaGre.ENCAP_LIMIT)
            .be32("flowinfo", IflaGre.FLOWINFO)
            .u32("flags", IflaGre.FLAGS)
            .u32("fwmark", IflaGre.FWMARK)
            .u16("encapType", IflaGre.ENCAP_TYPE)
            .be16("encapSport", IflaGre.ENCAP_SPORT)
            .be16("encapDport", IflaGre.ENCAP_DPORT)
            .u16("encapFlags", IflaGre.ENCAP_FLAGS)
            .u8("ignoreDf", IflaGre.IGNORE_DF)
            .flag("collectMetadata", IflaGre.COLLECT_METADATA)
            .u32("erspanIndex", IflaGre.ERSPAN_INDEX)
            .u8("erspanVer", IflaGre.ERSPAN_VER)
            .u8("erspanDir", IflaGre.ERSPAN_DIR)
            .u16("erspanHwid", IflaGre.ERSPAN_HWID)
            .unknown("unknown")
            .build(v -> new GreInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next()));

    /** The {@code gre} kind: IPv4 over GRE over IPv4. */
    public static final class GreKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public GreKind() {
            super("gre", CODEC);
        }
    }

    /** The {@code gretap} kind: Ethernet over GRE over IPv4. */
    public static final class GretapKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public GretapKind() {
            super("gretap", CODEC);
        }
    }

    /** The {@code ip6gre} kind: IP in GRE over IPv6. */
    public static final class Ip6greKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public Ip6greKind() {
            super("ip6gre", CODEC);
        }
    }

    /** The {@code ip6gretap} kind: Ethernet in GRE over IPv6. */
    public static final class Ip6gretapKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public Ip6gretapKind() {
            super("ip6gretap", CODEC);
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
     * Builds a {@link GreInfo} component by component: a component not set is null (absent),
     * {@code unknown} is empty.
     */
    public static final class Builder {
        private Integer link;
        private Integer iflags;
        private Integer oflags;
        private Integer ikey;
        private Integer okey;
        private InetAddress local;
        private InetAddress remote;
        private Integer ttl;
        private Integer tos;
        private Integer pmtudisc;
        private Integer encapLimit;
        private Integer flowinfo;
        private Integer flags;
        private Integer fwmark;
        private Integer encapType;
        private Integer encapSport;
        private Integer encapDport;
        private Integer encapFlags;
        private Integer ignoreDf;
        private Boolean collectMetadata;
        private Integer erspanIndex;
        private Integer erspanVer;
        private Integer erspanDir;
        private Integer erspanHwid;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(GreInfo r) {
            link = r.link;
            iflags = r.iflags;
            oflags = r.oflags;
            ikey = r.ikey;
            okey = r.okey;
            local = r.local;
            remote = r.remote;
            ttl = r.ttl;
            tos = r.tos;
            pmtudisc = r.pmtudisc;
            encapLimit = r.encapLimit;
            flowinfo = r.flowinfo;
            flags = r.flags;
            fwmark = r.fwmark;
            encapType = r.encapType;
            encapSport = r.encapSport;
            encapDport = r.encapDport;
            encapFlags = r.encapFlags;
            ignoreDf = r.ignoreDf;
            collectMetadata = r.collectMetadata;
            erspanIndex = r.erspanIndex;
            erspanVer = r.erspanVer;
            erspanDir = r.erspanDir;
            erspanHwid = r.erspanHwid;
            unknown = r.unknown;
        }

        /**
         * @param link {@code IFLA_GRE_LINK}: index of the underlay device ({@code dev}), 0 for none
         * @return this builder
         */
        public Builder link(Integer link) {
            this.link = link;
            return this;
        }

        /**
         * @param iflags {@code IFLA_GRE_IFLAGS}: GRE flags expected on received packets ({@link TunnelFlags#GRE_KEY}, ...)
         * @return this builder
         */
        public Builder iflags(Integer iflags) {
            this.iflags = iflags;
            return this;
        }

        /**
         * @param oflags {@code IFLA_GRE_OFLAGS}: GRE flags put on sent packets
         * @return this builder
         */
        public Builder oflags(Integer oflags) {
            this.oflags = oflags;
            return this;
        }

        /**
         * @param ikey {@code IFLA_GRE_IKEY}: the key expected on received packets ({@code ikey})
         * @return this builder
         */
        public Builder ikey(Integer ikey) {
            this.ikey = ikey;
            return this;
        }

        /**
         * @param okey {@code IFLA_GRE_OKEY}: the key put on sent packets ({@code okey})
         * @return this builder
         */
        public Builder okey(Integer okey) {
            this.okey = okey;
            return this;
        }

        /**
         * @param local {@code IFLA_GRE_LOCAL}: source address (IPv4 for gre/gretap, IPv6 for ip6gre/ip6gretap; the any address for none)
         * @return this builder
         */
        public Builder local(InetAddress local) {
            this.local = local;
            return this;
        }

        /**
         * @param remote {@code IFLA_GRE_REMOTE}: destination address, of the same family
         * @return this builder
         */
        public Builder remote(InetAddress remote) {
            this.remote = remote;
            return this;
        }

        /**
         * @param ttl {@code IFLA_GRE_TTL}: TTL or hop limit, 0 for inherit
         * @return this builder
         */
        public Builder ttl(Integer ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * @param tos {@code IFLA_GRE_TOS} (IPv4 kinds): 1 for inherit
         * @return this builder
         */
        public Builder tos(Integer tos) {
            this.tos = tos;
            return this;
        }

        /**
         * @param pmtudisc {@code IFLA_GRE_PMTUDISC} (IPv4 kinds): 1 to set DF (path MTU discovery)
         * @return this builder
         */
        public Builder pmtudisc(Integer pmtudisc) {
            this.pmtudisc = pmtudisc;
            return this;
        }

        /**
         * @param encapLimit {@code IFLA_GRE_ENCAP_LIMIT} (IPv6 kinds): the tunnel encapsulation limit
         * @return this builder
         */
        public Builder encapLimit(Integer encapLimit) {
            this.encapLimit = encapLimit;
            return this;
        }

        /**
         * @param flowinfo {@code IFLA_GRE_FLOWINFO} (IPv6 kinds): traffic class and flow label, network order
         * @return this builder
         */
        public Builder flowinfo(Integer flowinfo) {
            this.flowinfo = flowinfo;
            return this;
        }

        /**
         * @param flags {@code IFLA_GRE_FLAGS} (IPv6 kinds): {@code IP6_TNL_F_*} ({@link TunnelFlags})
         * @return this builder
         */
        public Builder flags(Integer flags) {
            this.flags = flags;
            return this;
        }

        /**
         * @param fwmark {@code IFLA_GRE_FWMARK}
         * @return this builder
         */
        public Builder fwmark(Integer fwmark) {
            this.fwmark = fwmark;
            return this;
        }

        /**
         * @param encapType {@code IFLA_GRE_ENCAP_TYPE}: {@link TunnelFlags#ENCAP_NONE}, FOU or GUE
         * @return this builder
         */
        public Builder encapType(Integer encapType) {
            this.encapType = encapType;
            return this;
        }

        /**
         * @param encapSport {@code IFLA_GRE_ENCAP_SPORT}: UDP source port, 0 for automatic
         * @return this builder
         */
        public Builder encapSport(Integer encapSport) {
            this.encapSport = encapSport;
            return this;
        }

        /**
         * @param encapDport {@code IFLA_GRE_ENCAP_DPORT}: UDP destination port
         * @return this builder
         */
        public Builder encapDport(Integer encapDport) {
            this.encapDport = encapDport;
            return this;
        }

        /**
         * @param encapFlags {@code IFLA_GRE_ENCAP_FLAGS}: {@code TUNNEL_ENCAP_FLAG_*}
         * @return this builder
         */
        public Builder encapFlags(Integer encapFlags) {
            this.encapFlags = encapFlags;
            return this;
        }

        /**
         * @param ignoreDf {@code IFLA_GRE_IGNORE_DF} (IPv4 kinds)
         * @return this builder
         */
        public Builder ignoreDf(Integer ignoreDf) {
            this.ignoreDf = ignoreDf;
            return this;
        }

        /**
         * @param collectMetadata {@code IFLA_GRE_COLLECT_METADATA} (flag): {@code external}
         * @return this builder
         */
        public Builder collectMetadata(Boolean collectMetadata) {
            this.collectMetadata = collectMetadata;
            return this;
        }

        /**
         * @param erspanIndex {@code IFLA_GRE_ERSPAN_INDEX} (erspan kinds)
         * @return this builder
         */
        public Builder erspanIndex(Integer erspanIndex) {
            this.erspanIndex = erspanIndex;
            return this;
        }

        /**
         * @param erspanVer {@code IFLA_GRE_ERSPAN_VER} (erspan kinds)
         * @return this builder
         */
        public Builder erspanVer(Integer erspanVer) {
            this.erspanVer = erspanVer;
            return this;
        }

        /**
         * @param erspanDir {@code IFLA_GRE_ERSPAN_DIR} (erspan kinds)
         * @return this builder
         */
        public Builder erspanDir(Integer erspanDir) {
            this.erspanDir = erspanDir;
            return this;
        }

        /**
         * @param erspanHwid {@code IFLA_GRE_ERSPAN_HWID} (erspan kinds)
         * @return this builder
         */
        public Builder erspanHwid(Integer erspanHwid) {
            this.erspanHwid = erspanHwid;
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
        public GreInfo build() {
            return new GreInfo(link, iflags, oflags, ikey, okey, local, remote, ttl, tos, pmtudisc, encapLimit, flowinfo, flags, fwmark, encapType, encapSport, encapDport, encapFlags, ignoreDf, collectMetadata, erspanIndex, erspanVer, erspanDir, erspanHwid, unknown);
        }
    }
}

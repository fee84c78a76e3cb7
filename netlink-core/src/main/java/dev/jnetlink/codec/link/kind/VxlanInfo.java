package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
import java.net.InetAddress;
import java.util.List;

/**
 * A VXLAN's {@code IFLA_INFO_DATA}: what {@code ip -d link show} prints after {@code vxlan}
 * ({@code id 42 remote 10.0.0.2 local 10.0.0.1 dev eth0 srcport 0 0 dstport 4789 ttl 10 ...}).
 * Components are in the kernel's order ({@code vxlan_fill_info}); u8 booleans are 0 or 1.
 *
 * @param id {@code IFLA_VXLAN_ID}: the VNI
 * @param group {@code IFLA_VXLAN_GROUP}: IPv4 remote ({@code remote}) or multicast group
 *     ({@code group})
 * @param group6 {@code IFLA_VXLAN_GROUP6}: the same over IPv6
 * @param link {@code IFLA_VXLAN_LINK}: index of the underlay device ({@code dev})
 * @param local {@code IFLA_VXLAN_LOCAL}: IPv4 source address
 * @param local6 {@code IFLA_VXLAN_LOCAL6}: IPv6 source address
 * @param ttl {@code IFLA_VXLAN_TTL}, 0 for the default
 * @param ttlInherit {@code IFLA_VXLAN_TTL_INHERIT}
 * @param tos {@code IFLA_VXLAN_TOS}, 1 for inherit
 * @param df {@code IFLA_VXLAN_DF}: 0 unset, 1 set, 2 inherit
 * @param label {@code IFLA_VXLAN_LABEL}: IPv6 flow label, network order
 * @param labelPolicy {@code IFLA_VXLAN_LABEL_POLICY}: 0 fixed, 1 inherit
 * @param learning {@code IFLA_VXLAN_LEARNING}
 * @param proxy {@code IFLA_VXLAN_PROXY}
 * @param rsc {@code IFLA_VXLAN_RSC}
 * @param l2miss {@code IFLA_VXLAN_L2MISS}
 * @param l3miss {@code IFLA_VXLAN_L3MISS}
 * @param collectMetadata {@code IFLA_VXLAN_COLLECT_METADATA} ({@code external})
 * @param ageing {@code IFLA_VXLAN_AGEING}: FDB entry lifetime, seconds
 * @param limit {@code IFLA_VXLAN_LIMIT} ({@code maxaddress}), 0 for unlimited
 * @param port {@code IFLA_VXLAN_PORT} ({@code dstport})
 * @param udpCsum {@code IFLA_VXLAN_UDP_CSUM}
 * @param udpZeroCsum6Tx {@code IFLA_VXLAN_UDP_ZERO_CSUM6_TX}
 * @param udpZeroCsum6Rx {@code IFLA_VXLAN_UDP_ZERO_CSUM6_RX}
 * @param remcsumTx {@code IFLA_VXLAN_REMCSUM_TX}
 * @param remcsumRx {@code IFLA_VXLAN_REMCSUM_RX}
 * @param localBypass {@code IFLA_VXLAN_LOCALBYPASS}
 * @param portRange {@code IFLA_VXLAN_PORT_RANGE} ({@code srcport})
 * @param gbp {@code IFLA_VXLAN_GBP} (flag)
 * @param gpe {@code IFLA_VXLAN_GPE} (flag)
 * @param remcsumNoPartial {@code IFLA_VXLAN_REMCSUM_NOPARTIAL} (flag)
 * @param vnifilter {@code IFLA_VXLAN_VNIFILTER}
 * @param reservedBits {@code IFLA_VXLAN_RESERVED_BITS}: the VXLAN header bits the device
 *     tolerates, kept as the kernel's 8 bytes
 * @param unknown attributes not listed above
 */
public record VxlanInfo(Integer id, InetAddress group, InetAddress group6, Integer link,
        InetAddress local, InetAddress local6, Integer ttl, Integer ttlInherit, Integer tos,
        Integer df, Integer label, Integer labelPolicy, Integer learning, Integer proxy,
        Integer rsc, Integer l2miss, Integer l3miss, Integer collectMetadata, Integer ageing,
        Integer limit, Integer port, Integer udpCsum, Integer udpZeroCsum6Tx,
        Integer udpZeroCsum6Rx, Integer remcsumTx, Integer remcsumRx, Integer localBypass,
        VxlanPortRange portRange, Boolean gbp, Boolean gpe, Boolean remcsumNoPartial,
        Integer vnifilter, Bytes reservedBits, List<RawAttribute> unknown)
        implements LinkInfoData {

    /** The {@code IFLA_VXLAN_*} table, in the kernel's order. */
    public static final AttributeSetCodec<VxlanInfo> CODEC = AttributeSetCodec
            .builder(VxlanInfo.class, IflaVxlan.SPACE)
            .u32("id", IflaVxlan.ID)
            .inet("group", IflaVxlan.GROUP)
            .inet("group6", IflaVxlan.GROUP6)
            .u32("link", IflaVxlan.LINK)
            .inet("local", IflaVxlan.LOCAL)
            .inet("local6", IflaVxlan.LOCAL6)
            .u8("ttl", IflaVxlan.TTL)
            .u8("ttlInherit", IflaVxlan.TTL_INHERIT)
            .u8("tos", IflaVxlan.TOS)
            .u8("df", IflaVxlan.DF)
            .be32("label", IflaVxlan.LABEL)
            .u32("labelPolicy", IflaVxlan.LABEL_POLICY)
            .u8("learning", IflaVxlan.LEARNING)
            .u8("proxy", IflaVxlan.PROXY)
            .u8("rsc", IflaVxlan.RSC)
            .u8("l2miss", IflaVxlan.L2MISS)
            .u8("l3miss", IflaVxlan.L3MISS)
            .u8("collectMetadata", IflaVxlan.COLLECT_METADATA)
            .u32("ageing", IflaVxlan.AGEING)
            .u32("limit", IflaVxlan.LIMIT)
            .be16("port", IflaVxlan.PORT)
            .u8("udpCsum", IflaVxlan.UDP_CSUM)
            .u8("udpZeroCsum6Tx", IflaVxlan.UDP_ZERO_CSUM6_TX)
            .u8("udpZeroCsum6Rx", IflaVxlan.UDP_ZERO_CSUM6_RX)
            .u8("remcsumTx", IflaVxlan.REMCSUM_TX)
            .u8("remcsumRx", IflaVxlan.REMCSUM_RX)
            .u8("localBypass", IflaVxlan.LOCALBYPASS)
            .attr("portRange", IflaVxlan.PORT_RANGE, VxlanPortRange.CODEC)
            .flag("gbp", IflaVxlan.GBP)
            .flag("gpe", IflaVxlan.GPE)
            .flag("remcsumNoPartial", IflaVxlan.REMCSUM_NOPARTIAL)
            .u8("vnifilter", IflaVxlan.VNIFILTER)
            .bytes("reservedBits", IflaVxlan.RESERVED_BITS)
            .unknown("unknown")
            .build(v -> new VxlanInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next()));

    /**
     * The {@code vxlan} kind.
     * Found by {@link java.util.ServiceLoader}: listed in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
     */
    public static final class VxlanKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public VxlanKind() {
            super("vxlan", CODEC);
        }
    }

    /** @return the remote or group address, IPv4 or IPv6, or null */
    public InetAddress remoteOrGroup() {
        return group != null ? group : group6;
    }

    /** @return the local address, IPv4 or IPv6, or null */
    public InetAddress localAddress() {
        return local != null ? local : local6;
    }

    /** @return true if {@code learning} is on */
    public boolean isLearning() {
        return learning != null && learning != 0;
    }

    /** @return true for a metadata-collecting ({@code external}) device */
    public boolean isExternal() {
        return collectMetadata != null && collectMetadata != 0;
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
     * Builds a {@link VxlanInfo} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private Integer id;
        private InetAddress group;
        private InetAddress group6;
        private Integer link;
        private InetAddress local;
        private InetAddress local6;
        private Integer ttl;
        private Integer ttlInherit;
        private Integer tos;
        private Integer df;
        private Integer label;
        private Integer labelPolicy;
        private Integer learning;
        private Integer proxy;
        private Integer rsc;
        private Integer l2miss;
        private Integer l3miss;
        private Integer collectMetadata;
        private Integer ageing;
        private Integer limit;
        private Integer port;
        private Integer udpCsum;
        private Integer udpZeroCsum6Tx;
        private Integer udpZeroCsum6Rx;
        private Integer remcsumTx;
        private Integer remcsumRx;
        private Integer localBypass;
        private VxlanPortRange portRange;
        private Boolean gbp;
        private Boolean gpe;
        private Boolean remcsumNoPartial;
        private Integer vnifilter;
        private Bytes reservedBits;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(VxlanInfo r) {
            id = r.id;
            group = r.group;
            group6 = r.group6;
            link = r.link;
            local = r.local;
            local6 = r.local6;
            ttl = r.ttl;
            ttlInherit = r.ttlInherit;
            tos = r.tos;
            df = r.df;
            label = r.label;
            labelPolicy = r.labelPolicy;
            learning = r.learning;
            proxy = r.proxy;
            rsc = r.rsc;
            l2miss = r.l2miss;
            l3miss = r.l3miss;
            collectMetadata = r.collectMetadata;
            ageing = r.ageing;
            limit = r.limit;
            port = r.port;
            udpCsum = r.udpCsum;
            udpZeroCsum6Tx = r.udpZeroCsum6Tx;
            udpZeroCsum6Rx = r.udpZeroCsum6Rx;
            remcsumTx = r.remcsumTx;
            remcsumRx = r.remcsumRx;
            localBypass = r.localBypass;
            portRange = r.portRange;
            gbp = r.gbp;
            gpe = r.gpe;
            remcsumNoPartial = r.remcsumNoPartial;
            vnifilter = r.vnifilter;
            reservedBits = r.reservedBits;
            unknown = r.unknown;
        }

        /**
         * @param id {@code IFLA_VXLAN_ID}: the VNI
         * @return this builder
         */
        public Builder id(Integer id) {
            this.id = id;
            return this;
        }

        /**
         * @param group {@code IFLA_VXLAN_GROUP}: IPv4 remote ({@code remote}) or multicast group
         *     ({@code group})
         * @return this builder
         */
        public Builder group(InetAddress group) {
            this.group = group;
            return this;
        }

        /**
         * @param group6 {@code IFLA_VXLAN_GROUP6}: the same over IPv6
         * @return this builder
         */
        public Builder group6(InetAddress group6) {
            this.group6 = group6;
            return this;
        }

        /**
         * @param link {@code IFLA_VXLAN_LINK}: index of the underlay device ({@code dev})
         * @return this builder
         */
        public Builder link(Integer link) {
            this.link = link;
            return this;
        }

        /**
         * @param local {@code IFLA_VXLAN_LOCAL}: IPv4 source address
         * @return this builder
         */
        public Builder local(InetAddress local) {
            this.local = local;
            return this;
        }

        /**
         * @param local6 {@code IFLA_VXLAN_LOCAL6}: IPv6 source address
         * @return this builder
         */
        public Builder local6(InetAddress local6) {
            this.local6 = local6;
            return this;
        }

        /**
         * @param ttl {@code IFLA_VXLAN_TTL}, 0 for the default
         * @return this builder
         */
        public Builder ttl(Integer ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * @param ttlInherit {@code IFLA_VXLAN_TTL_INHERIT}
         * @return this builder
         */
        public Builder ttlInherit(Integer ttlInherit) {
            this.ttlInherit = ttlInherit;
            return this;
        }

        /**
         * @param tos {@code IFLA_VXLAN_TOS}, 1 for inherit
         * @return this builder
         */
        public Builder tos(Integer tos) {
            this.tos = tos;
            return this;
        }

        /**
         * @param df {@code IFLA_VXLAN_DF}: 0 unset, 1 set, 2 inherit
         * @return this builder
         */
        public Builder df(Integer df) {
            this.df = df;
            return this;
        }

        /**
         * @param label {@code IFLA_VXLAN_LABEL}: IPv6 flow label, network order
         * @return this builder
         */
        public Builder label(Integer label) {
            this.label = label;
            return this;
        }

        /**
         * @param labelPolicy {@code IFLA_VXLAN_LABEL_POLICY}: 0 fixed, 1 inherit
         * @return this builder
         */
        public Builder labelPolicy(Integer labelPolicy) {
            this.labelPolicy = labelPolicy;
            return this;
        }

        /**
         * @param learning {@code IFLA_VXLAN_LEARNING}
         * @return this builder
         */
        public Builder learning(Integer learning) {
            this.learning = learning;
            return this;
        }

        /**
         * @param proxy {@code IFLA_VXLAN_PROXY}
         * @return this builder
         */
        public Builder proxy(Integer proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * @param rsc {@code IFLA_VXLAN_RSC}
         * @return this builder
         */
        public Builder rsc(Integer rsc) {
            this.rsc = rsc;
            return this;
        }

        /**
         * @param l2miss {@code IFLA_VXLAN_L2MISS}
         * @return this builder
         */
        public Builder l2miss(Integer l2miss) {
            this.l2miss = l2miss;
            return this;
        }

        /**
         * @param l3miss {@code IFLA_VXLAN_L3MISS}
         * @return this builder
         */
        public Builder l3miss(Integer l3miss) {
            this.l3miss = l3miss;
            return this;
        }

        /**
         * @param collectMetadata {@code IFLA_VXLAN_COLLECT_METADATA} ({@code external})
         * @return this builder
         */
        public Builder collectMetadata(Integer collectMetadata) {
            this.collectMetadata = collectMetadata;
            return this;
        }

        /**
         * @param ageing {@code IFLA_VXLAN_AGEING}: FDB entry lifetime, seconds
         * @return this builder
         */
        public Builder ageing(Integer ageing) {
            this.ageing = ageing;
            return this;
        }

        /**
         * @param limit {@code IFLA_VXLAN_LIMIT} ({@code maxaddress}), 0 for unlimited
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * @param port {@code IFLA_VXLAN_PORT} ({@code dstport})
         * @return this builder
         */
        public Builder port(Integer port) {
            this.port = port;
            return this;
        }

        /**
         * @param udpCsum {@code IFLA_VXLAN_UDP_CSUM}
         * @return this builder
         */
        public Builder udpCsum(Integer udpCsum) {
            this.udpCsum = udpCsum;
            return this;
        }

        /**
         * @param udpZeroCsum6Tx {@code IFLA_VXLAN_UDP_ZERO_CSUM6_TX}
         * @return this builder
         */
        public Builder udpZeroCsum6Tx(Integer udpZeroCsum6Tx) {
            this.udpZeroCsum6Tx = udpZeroCsum6Tx;
            return this;
        }

        /**
         * @param udpZeroCsum6Rx {@code IFLA_VXLAN_UDP_ZERO_CSUM6_RX}
         * @return this builder
         */
        public Builder udpZeroCsum6Rx(Integer udpZeroCsum6Rx) {
            this.udpZeroCsum6Rx = udpZeroCsum6Rx;
            return this;
        }

        /**
         * @param remcsumTx {@code IFLA_VXLAN_REMCSUM_TX}
         * @return this builder
         */
        public Builder remcsumTx(Integer remcsumTx) {
            this.remcsumTx = remcsumTx;
            return this;
        }

        /**
         * @param remcsumRx {@code IFLA_VXLAN_REMCSUM_RX}
         * @return this builder
         */
        public Builder remcsumRx(Integer remcsumRx) {
            this.remcsumRx = remcsumRx;
            return this;
        }

        /**
         * @param localBypass {@code IFLA_VXLAN_LOCALBYPASS}
         * @return this builder
         */
        public Builder localBypass(Integer localBypass) {
            this.localBypass = localBypass;
            return this;
        }

        /**
         * @param portRange {@code IFLA_VXLAN_PORT_RANGE} ({@code srcport})
         * @return this builder
         */
        public Builder portRange(VxlanPortRange portRange) {
            this.portRange = portRange;
            return this;
        }

        /**
         * @param gbp {@code IFLA_VXLAN_GBP} (flag)
         * @return this builder
         */
        public Builder gbp(Boolean gbp) {
            this.gbp = gbp;
            return this;
        }

        /**
         * @param gpe {@code IFLA_VXLAN_GPE} (flag)
         * @return this builder
         */
        public Builder gpe(Boolean gpe) {
            this.gpe = gpe;
            return this;
        }

        /**
         * @param remcsumNoPartial {@code IFLA_VXLAN_REMCSUM_NOPARTIAL} (flag)
         * @return this builder
         */
        public Builder remcsumNoPartial(Boolean remcsumNoPartial) {
            this.remcsumNoPartial = remcsumNoPartial;
            return this;
        }

        /**
         * @param vnifilter {@code IFLA_VXLAN_VNIFILTER}
         * @return this builder
         */
        public Builder vnifilter(Integer vnifilter) {
            this.vnifilter = vnifilter;
            return this;
        }

        /**
         * @param reservedBits {@code IFLA_VXLAN_RESERVED_BITS}: the VXLAN header bits the device
         *     tolerates, kept as the kernel's 8 bytes
         * @return this builder
         */
        public Builder reservedBits(Bytes reservedBits) {
            this.reservedBits = reservedBits;
            return this;
        }

        /**
         * @param unknown attributes not listed above
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link VxlanInfo} */
        public VxlanInfo build() {
            return new VxlanInfo(id, group, group6, link, local, local6, ttl, ttlInherit, tos, df,
                    label, labelPolicy, learning, proxy, rsc, l2miss, l3miss, collectMetadata,
                    ageing, limit, port, udpCsum, udpZeroCsum6Tx, udpZeroCsum6Rx, remcsumTx,
                    remcsumRx, localBypass, portRange, gbp, gpe, remcsumNoPartial, vnifilter,
                    reservedBits, unknown);
        }
    }
}

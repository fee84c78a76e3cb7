package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
import java.net.InetAddress;
import java.util.List;

/**
 * A Geneve device's {@code IFLA_INFO_DATA}: what {@code ip -d link show} prints after
 * {@code geneve} ({@code id 5000 remote 10.0.0.2 ttl 32 tos 0x10 df set dstport 6081 ...}).
 * Components are in the kernel's order ({@code geneve_fill_info}: the IPv4 remote with its
 * {@code udpCsum}, or the IPv6 one with its {@code udpZeroCsum6Tx}); u8 booleans are 0 or 1.
 *
 * @param id {@code IFLA_GENEVE_ID}: the VNI (24 bits)
 * @param remote {@code IFLA_GENEVE_REMOTE}: the IPv4 remote
 * @param udpCsum {@code IFLA_GENEVE_UDP_CSUM}: UDP checksums over IPv4
 * @param remote6 {@code IFLA_GENEVE_REMOTE6}: the IPv6 remote
 * @param udpZeroCsum6Tx {@code IFLA_GENEVE_UDP_ZERO_CSUM6_TX}
 * @param ttl {@code IFLA_GENEVE_TTL}, 0 for auto
 * @param tos {@code IFLA_GENEVE_TOS}, 1 for inherit
 * @param label {@code IFLA_GENEVE_LABEL}: IPv6 flow label, network order
 * @param df {@code IFLA_GENEVE_DF}: 0 unset, 1 set, 2 inherit
 * @param port {@code IFLA_GENEVE_PORT} ({@code dstport})
 * @param collectMetadata {@code IFLA_GENEVE_COLLECT_METADATA} (flag): {@code external}
 * @param udpZeroCsum6Rx {@code IFLA_GENEVE_UDP_ZERO_CSUM6_RX}
 * @param ttlInherit {@code IFLA_GENEVE_TTL_INHERIT}
 * @param innerProtoInherit {@code IFLA_GENEVE_INNER_PROTO_INHERIT} (flag)
 * @param unknown attributes not listed above
 */
public record GeneveInfo(Integer id, InetAddress remote, Integer udpCsum, InetAddress remote6,
        Integer udpZeroCsum6Tx, Integer ttl, Integer tos, Integer label, Integer df,
        Integer port, Boolean collectMetadata, Integer udpZeroCsum6Rx, Integer ttlInherit,
        Boolean innerProtoInherit, List<RawAttribute> unknown)
        implements LinkInfoData {

    /** The {@code IFLA_GENEVE_*} table, in the kernel's order. */
    public static final AttributeSetCodec<GeneveInfo> CODEC = AttributeSetCodec
            .builder(GeneveInfo.class, IflaGeneve.SPACE)
            .u32("id", IflaGeneve.ID)
            .inet("remote", IflaGeneve.REMOTE)
            .u8("udpCsum", IflaGeneve.UDP_CSUM)
            .inet("remote6", IflaGeneve.REMOTE6)
            .u8("udpZeroCsum6Tx", IflaGeneve.UDP_ZERO_CSUM6_TX)
            .u8("ttl", IflaGeneve.TTL)
            .u8("tos", IflaGeneve.TOS)
            .be32("label", IflaGeneve.LABEL)
            .u8("df", IflaGeneve.DF)
            .be16("port", IflaGeneve.PORT)
            .flag("collectMetadata", IflaGeneve.COLLECT_METADATA)
            .u8("udpZeroCsum6Rx", IflaGeneve.UDP_ZERO_CSUM6_RX)
            .u8("ttlInherit", IflaGeneve.TTL_INHERIT)
            .flag("innerProtoInherit", IflaGeneve.INNER_PROTO_INHERIT)
            .unknown("unknown")
            .build(v -> new GeneveInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next()));

    /** The {@code geneve} kind. */
    public static final class GeneveKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public GeneveKind() {
            super("geneve", CODEC);
        }
    }

    /** @return the remote, IPv4 or IPv6, or null */
    public InetAddress remoteAddress() {
        return remote != null ? remote : remote6;
    }

    /** @return true for a metadata-collecting ({@code external}) device */
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
     * Builds a {@link GeneveInfo} component by component: a component not set is null (absent),
     * {@code unknown} is empty.
     */
    public static final class Builder {
        private Integer id;
        private InetAddress remote;
        private Integer udpCsum;
        private InetAddress remote6;
        private Integer udpZeroCsum6Tx;
        private Integer ttl;
        private Integer tos;
        private Integer label;
        private Integer df;
        private Integer port;
        private Boolean collectMetadata;
        private Integer udpZeroCsum6Rx;
        private Integer ttlInherit;
        private Boolean innerProtoInherit;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(GeneveInfo r) {
            id = r.id;
            remote = r.remote;
            udpCsum = r.udpCsum;
            remote6 = r.remote6;
            udpZeroCsum6Tx = r.udpZeroCsum6Tx;
            ttl = r.ttl;
            tos = r.tos;
            label = r.label;
            df = r.df;
            port = r.port;
            collectMetadata = r.collectMetadata;
            udpZeroCsum6Rx = r.udpZeroCsum6Rx;
            ttlInherit = r.ttlInherit;
            innerProtoInherit = r.innerProtoInherit;
            unknown = r.unknown;
        }

        /**
         * @param id {@code IFLA_GENEVE_ID}: the VNI (24 bits)
         * @return this builder
         */
        public Builder id(Integer id) {
            this.id = id;
            return this;
        }

        /**
         * @param remote {@code IFLA_GENEVE_REMOTE}: the IPv4 remote
         * @return this builder
         */
        public Builder remote(InetAddress remote) {
            this.remote = remote;
            return this;
        }

        /**
         * @param udpCsum {@code IFLA_GENEVE_UDP_CSUM}: UDP checksums over IPv4
         * @return this builder
         */
        public Builder udpCsum(Integer udpCsum) {
            this.udpCsum = udpCsum;
            return this;
        }

        /**
         * @param remote6 {@code IFLA_GENEVE_REMOTE6}: the IPv6 remote
         * @return this builder
         */
        public Builder remote6(InetAddress remote6) {
            this.remote6 = remote6;
            return this;
        }

        /**
         * @param udpZeroCsum6Tx {@code IFLA_GENEVE_UDP_ZERO_CSUM6_TX}
         * @return this builder
         */
        public Builder udpZeroCsum6Tx(Integer udpZeroCsum6Tx) {
            this.udpZeroCsum6Tx = udpZeroCsum6Tx;
            return this;
        }

        /**
         * @param ttl {@code IFLA_GENEVE_TTL}, 0 for auto
         * @return this builder
         */
        public Builder ttl(Integer ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * @param tos {@code IFLA_GENEVE_TOS}, 1 for inherit
         * @return this builder
         */
        public Builder tos(Integer tos) {
            this.tos = tos;
            return this;
        }

        /**
         * @param label {@code IFLA_GENEVE_LABEL}: IPv6 flow label, network order
         * @return this builder
         */
        public Builder label(Integer label) {
            this.label = label;
            return this;
        }

        /**
         * @param df {@code IFLA_GENEVE_DF}: 0 unset, 1 set, 2 inherit
         * @return this builder
         */
        public Builder df(Integer df) {
            this.df = df;
            return this;
        }

        /**
         * @param port {@code IFLA_GENEVE_PORT} ({@code dstport})
         * @return this builder
         */
        public Builder port(Integer port) {
            this.port = port;
            return this;
        }

        /**
         * @param collectMetadata {@code IFLA_GENEVE_COLLECT_METADATA} (flag): {@code external}
         * @return this builder
         */
        public Builder collectMetadata(Boolean collectMetadata) {
            this.collectMetadata = collectMetadata;
            return this;
        }

        /**
         * @param udpZeroCsum6Rx {@code IFLA_GENEVE_UDP_ZERO_CSUM6_RX}
         * @return this builder
         */
        public Builder udpZeroCsum6Rx(Integer udpZeroCsum6Rx) {
            this.udpZeroCsum6Rx = udpZeroCsum6Rx;
            return this;
        }

        /**
         * @param ttlInherit {@code IFLA_GENEVE_TTL_INHERIT}
         * @return this builder
         */
        public Builder ttlInherit(Integer ttlInherit) {
            this.ttlInherit = ttlInherit;
            return this;
        }

        /**
         * @param innerProtoInherit {@code IFLA_GENEVE_INNER_PROTO_INHERIT} (flag)
         * @return this builder
         */
        public Builder innerProtoInherit(Boolean innerProtoInherit) {
            this.innerProtoInherit = innerProtoInherit;
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
        public GeneveInfo build() {
            return new GeneveInfo(id, remote, udpCsum, remote6, udpZeroCsum6Tx, ttl, tos, label, df, port, collectMetadata, udpZeroCsum6Rx, ttlInherit, innerProtoInherit, unknown);
        }
    }
}

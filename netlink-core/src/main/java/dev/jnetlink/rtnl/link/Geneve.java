package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.kind.GeneveInfo;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A Geneve device: {@code ip link add name NAME type geneve id VNI remote ADDR [ttl { TTL |
 * auto | inherit }] [tos TOS] [df { unset | set | inherit }] [flowlabel LABEL] [dstport PORT]
 * [[no]udpcsum] [[no]udp6zerocsumtx] [[no]udp6zerocsumrx] [innerprotoinherit]}, or
 * {@code type geneve external}; the request written as iproute2 writes it for that command
 * line.
 *
 * <pre>{@code
 * rtnl.links().add(Geneve.withVni("gnv0", 5000).remote("10.0.0.2").dstPort(6081));
 * }</pre>
 */
public final class Geneve extends LinkSpec {
    /** Largest VNI (24 bits). */
    public static final int MAX_VNI = (1 << 24) - 1;

    /**
     * {@link GeneveInfo} in the order {@code ip link add ... type geneve} sends it: what it
     * adds while parsing ({@code ttl inherit}, {@code df}), then the rest
     * ({@code geneve_parse_opt}).
     */
    private static final AttributeSetCodec<GeneveInfo> REQUEST = GeneveInfo.CODEC.withRequestOrder(
            "ttlInherit", "df", "id", "remote", "remote6", "label", "ttl", "tos", "port",
            "collectMetadata", "innerProtoInherit", "udpCsum", "udpZeroCsum6Tx", "udpZeroCsum6Rx");

    private final Integer vni;
    private final InetAddress remote;
    private final int ttl;
    private final boolean ttlInherit;
    private final int tos;
    private final Integer df;
    private final int flowLabel;
    private final int dstPort;
    private final Boolean udpCsum;
    private final Boolean udp6ZeroCsumTx;
    private final Boolean udp6ZeroCsumRx;
    private final boolean innerProtoInherit;
    private final boolean external;

    private Geneve(Builder b) {
        super(b);
        this.vni = b.vni;
        this.remote = b.remote;
        this.ttl = b.ttl;
        this.ttlInherit = b.ttlInherit;
        this.tos = b.tos;
        this.df = b.df;
        this.flowLabel = b.flowLabel;
        this.dstPort = b.dstPort;
        this.udpCsum = b.udpCsum;
        this.udp6ZeroCsumTx = b.udp6ZeroCsumTx;
        this.udp6ZeroCsumRx = b.udp6ZeroCsumRx;
        this.innerProtoInherit = b.innerProtoInherit;
        this.external = b.external;
    }

    /**
     * Starts a Geneve device: {@code ip link add name NAME type geneve id VNI} (a remote is
     * needed too).
     *
     * @param name the link's name
     * @param vni the virtual network identifier, 0 to 16777215
     * @return a builder
     */
    public static Builder withVni(String name, int vni) {
        Builder b = new Builder(name);
        b.vni = vni;
        return b;
    }

    /**
     * Starts a metadata-collecting Geneve device: {@code ip link add NAME type geneve external}.
     *
     * @param name the link's name
     * @return a builder
     */
    public static Builder external(String name) {
        Builder b = new Builder(name);
        b.external = true;
        return b;
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    @Override
    public String kind() {
        return "geneve";
    }

    /** @return the VNI, or null for an external device */
    public Integer vni() {
        return vni;
    }

    /** @return the remote, or null for an external device */
    public InetAddress remote() {
        return remote;
    }

    @Override
    protected boolean hasInfoData() {
        return true;
    }

    /**
     * The {@code IFLA_INFO_DATA} this spec sends, as the record a reply decodes to: the VNI
     * (0 for external), flow label, ttl and tos always, as {@code ip} sends them; the other
     * options when set.
     *
     * @return the device's data
     */
    public GeneveInfo toInfo() {
        boolean v4 = remote instanceof Inet4Address;
        return GeneveInfo.builder()
                .ttlInherit(ttlInherit ? 1 : null)
                .df(df)
                .id(vni == null ? 0 : vni)
                .remote(v4 ? remote : null)
                .remote6(remote != null && !v4 ? remote : null)
                .label(flowLabel)
                .ttl(ttl)
                .tos(tos)
                .port(dstPort != 0 ? dstPort : null)
                .collectMetadata(external ? Boolean.TRUE : null)
                .innerProtoInherit(innerProtoInherit ? Boolean.TRUE : null)
                .udpCsum(u8(udpCsum))
                .udpZeroCsum6Tx(u8(udp6ZeroCsumTx))
                .udpZeroCsum6Rx(u8(udp6ZeroCsumRx))
                .build();
    }

    private static Integer u8(Boolean value) {
        return value == null ? null : value ? 1 : 0;
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        REQUEST.encode(w, toInfo());
    }

    @Override
    public String toString() {
        return "geneve " + name() + (external ? " external" : " id " + vni)
                + (remote == null ? "" : " remote " + IpAddresses.format(remote));
    }

    /** Builds a {@link Geneve}. */
    public static final class Builder extends LinkSpec.Builder<Builder> {
        private Integer vni;
        private InetAddress remote;
        private int ttl;
        private boolean ttlInherit;
        private int tos;
        private Integer df;
        private int flowLabel;
        private int dstPort;
        private Boolean udpCsum;
        private Boolean udp6ZeroCsumTx;
        private Boolean udp6ZeroCsumRx;
        private boolean innerProtoInherit;
        private boolean external;

        private Builder(String name) {
            super(name);
        }

        private Builder(Geneve s) {
            super(s);
            this.vni = s.vni;
            this.remote = s.remote;
            this.ttl = s.ttl;
            this.ttlInherit = s.ttlInherit;
            this.tos = s.tos;
            this.df = s.df;
            this.flowLabel = s.flowLabel;
            this.dstPort = s.dstPort;
            this.udpCsum = s.udpCsum;
            this.udp6ZeroCsumTx = s.udp6ZeroCsumTx;
            this.udp6ZeroCsumRx = s.udp6ZeroCsumRx;
            this.innerProtoInherit = s.innerProtoInherit;
            this.external = s.external;
        }

        /**
         * @param address {@code remote ADDR}: the other end, IPv4 or IPv6
         * @return this builder
         */
        public Builder remote(InetAddress address) {
            this.remote = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param address a literal IPv4 or IPv6 address
         * @return this builder
         */
        public Builder remote(String address) {
            return remote(IpAddresses.parse(address));
        }

        /**
         * @param ttl {@code ttl TTL}: 1 to 255, or 0 for {@code ttl auto} (the default)
         * @return this builder
         */
        public Builder ttl(int ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * @return this builder with {@code ttl inherit}: the inner packet's TTL
         */
        public Builder ttlInherit() {
            this.ttlInherit = true;
            return this;
        }

        /**
         * @param tos {@code tos TOS}: 0 to 255 (1 means inherit)
         * @return this builder
         */
        public Builder tos(int tos) {
            this.tos = tos;
            return this;
        }

        /**
         * @param df {@code df unset} (0), {@code df set} (1) or {@code df inherit} (2)
         * @return this builder
         */
        public Builder df(int df) {
            this.df = df;
            return this;
        }

        /**
         * @param label {@code flowlabel LABEL}: 0 to 1048575
         * @return this builder
         */
        public Builder flowLabel(int label) {
            this.flowLabel = label;
            return this;
        }

        /**
         * @param port {@code dstport PORT} (the kernel's default is 6081)
         * @return this builder
         */
        public Builder dstPort(int port) {
            this.dstPort = port;
            return this;
        }

        /**
         * @param on {@code udpcsum}/{@code noudpcsum}: UDP checksums over IPv4
         * @return this builder
         */
        public Builder udpCsum(boolean on) {
            this.udpCsum = on;
            return this;
        }

        /**
         * @param on {@code udp6zerocsumtx}: send zero UDP checksums over IPv6
         * @return this builder
         */
        public Builder udp6ZeroCsumTx(boolean on) {
            this.udp6ZeroCsumTx = on;
            return this;
        }

        /**
         * @param on {@code udp6zerocsumrx}: accept zero UDP checksums over IPv6
         * @return this builder
         */
        public Builder udp6ZeroCsumRx(boolean on) {
            this.udp6ZeroCsumRx = on;
            return this;
        }

        /**
         * @return this builder with {@code innerprotoinherit}: no Ethernet header inside (L3)
         */
        public Builder innerProtoInherit() {
            this.innerProtoInherit = true;
            return this;
        }

        @Override
        public Geneve build() {
            validateCommon(this);
            String me = "geneve " + name() + ": ";
            if (external) {
                if (remote != null) {
                    throw new IllegalArgumentException(me + "an external device takes its remote"
                            + " per packet; set none");
                }
            } else {
                if (vni < 0 || vni > MAX_VNI) {
                    throw new IllegalArgumentException(me + "VNI " + Integer.toUnsignedString(vni)
                            + " is outside 0.." + MAX_VNI);
                }
                if (remote == null) {
                    throw new IllegalArgumentException(me + "needs a remote (or external)");
                }
                if (remote.isMulticastAddress()) {
                    throw new IllegalArgumentException(me + "remote " + IpAddresses.format(remote)
                            + " is multicast; Geneve needs a unicast remote");
                }
            }
            if (ttlInherit && ttl != 0) {
                throw new IllegalArgumentException(me + "ttl " + ttl + " and ttl inherit exclude"
                        + " each other");
            }
            TunnelEndpoints.range(me, "ttl", ttl, 255);
            TunnelEndpoints.range(me, "tos", tos, 255);
            TunnelEndpoints.range(me, "flowlabel", flowLabel, 0xfffff);
            TunnelEndpoints.range(me, "dstport", dstPort, 65535);
            if (df != null) {
                TunnelEndpoints.range(me, "df", df, 2);
            }
            return new Geneve(this);
        }
    }
}

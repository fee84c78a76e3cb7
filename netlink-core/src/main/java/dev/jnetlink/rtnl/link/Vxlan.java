package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.kind.VxlanInfo;
import dev.jnetlink.codec.link.kind.VxlanPortRange;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * A VXLAN device: {@code ip link add name NAME type vxlan id VNI [remote|group ADDR]
 * [local ADDR] [ttl TTL] [tos TOS] [flowlabel LABEL] [dev DEV] [dstport PORT]
 * [srcport MIN MAX] [nolearning] [proxy] [rsc] [l2miss] [l3miss] [ageing S]
 * [maxaddress N] [[no]udpcsum] [[no]udp6zerocsumtx] [[no]udp6zerocsumrx] [external] [gbp]
 * [gpe]}, the request written as iproute2 writes it for that command line.
 *
 * <pre>{@code
 * rtnl.links().add(Vxlan.withVni("vx0", 42).remote("10.0.0.2").local("10.0.0.1")
 *         .dev("eth0").dstPort(4789));
 * }</pre>
 *
 * <p>Without {@link Builder#dstPort} the kernel uses its historical default 8472, not the
 * IANA port 4789, as {@code ip} warns.
 */
public final class Vxlan extends LinkSpec {
    /** Largest VNI (24 bits). */
    public static final int MAX_VNI = (1 << 24) - 1;

    /**
     * The table of {@link VxlanInfo} in the order {@code ip link add} sends it: the options
     * it adds while parsing, in its usage order, then those it adds after parsing.
     */
    private static final AttributeSetCodec<VxlanInfo> REQUEST = VxlanInfo.CODEC.withRequestOrder(
            "ttl", "tos", "label", "link", "portRange", "proxy", "rsc", "l2miss", "l3miss",
            "ageing", "limit", "udpCsum", "udpZeroCsum6Tx", "udpZeroCsum6Rx", "collectMetadata",
            "gbp", "gpe", "id", "local", "local6", "group", "group6", "learning", "port");

    private final Integer vni;
    private final InetAddress remote;
    private final InetAddress local;
    private final LinkRef dev;
    private final Integer ttl;
    private final Integer tos;
    private final Integer flowLabel;
    private final Integer dstPort;
    private final int srcPortLow;
    private final int srcPortHigh;
    private final boolean learning;
    private final Boolean proxy;
    private final Boolean rsc;
    private final Boolean l2miss;
    private final Boolean l3miss;
    private final Integer ageing;
    private final Integer maxAddress;
    private final Boolean udpCsum;
    private final Boolean udp6ZeroCsumTx;
    private final Boolean udp6ZeroCsumRx;
    private final boolean external;
    private final boolean gbp;
    private final boolean gpe;

    private Vxlan(Builder b) {
        super(b);
        this.vni = b.vni;
        this.remote = b.remote;
        this.local = b.local;
        this.dev = b.dev;
        this.ttl = b.ttl;
        this.tos = b.tos;
        this.flowLabel = b.flowLabel;
        this.dstPort = b.dstPort;
        this.srcPortLow = b.srcPortLow;
        this.srcPortHigh = b.srcPortHigh;
        this.learning = b.learning;
        this.proxy = b.proxy;
        this.rsc = b.rsc;
        this.l2miss = b.l2miss;
        this.l3miss = b.l3miss;
        this.ageing = b.ageing;
        this.maxAddress = b.maxAddress;
        this.udpCsum = b.udpCsum;
        this.udp6ZeroCsumTx = b.udp6ZeroCsumTx;
        this.udp6ZeroCsumRx = b.udp6ZeroCsumRx;
        this.external = b.external;
        this.gbp = b.gbp;
        this.gpe = b.gpe;
    }

    /**
     * Starts a VXLAN device: {@code ip link add name NAME type vxlan id VNI}.
     *
     * @param name the link's name
     * @param vni the VXLAN network identifier, 0 to 16777215
     * @return a builder
     */
    public static Builder withVni(String name, int vni) {
        return new Builder(name).vni(vni);
    }

    /**
     * Starts a metadata-collecting VXLAN device ({@code ip link add NAME type vxlan external}),
     * whose VNI and remote come per packet from lightweight tunnels or tc.
     *
     * @param name the link's name
     * @return a builder
     */
    public static Builder external(String name) {
        return new Builder(name).external();
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    @Override
    public String kind() {
        return "vxlan";
    }

    /** @return the VNI, or null for an external device */
    public Integer vni() {
        return vni;
    }

    /** @return the remote (unicast) or group (multicast) address, or null */
    public InetAddress remote() {
        return remote;
    }

    /** @return the local address, or null */
    public InetAddress local() {
        return local;
    }

    /** @return the underlay device ({@code dev}), or null */
    public LinkRef dev() {
        return dev;
    }

    /** @return the UDP destination port, or null for the kernel's default (8472) */
    public Integer dstPort() {
        return dstPort;
    }

    /** @return true if the device learns remote MACs ({@code learning}, the default) */
    public boolean learning() {
        return learning;
    }

    /** @return true for an {@code external} (metadata-collecting) device */
    public boolean isExternal() {
        return external;
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
     * The {@code IFLA_INFO_DATA} this spec sends, as the record {@code ip -d link show}'s reply
     * decodes to: the options set, and always {@code learning}, as {@code ip} sends them
     * ({@code gpe} without {@code dstport} asks for port 4790).
     *
     * @param ctx resolves the underlay device ({@code dev}) to its index
     * @return the VXLAN's data
     */
    public VxlanInfo toInfo(SpecContext ctx) {
        boolean v4Local = local instanceof Inet4Address;
        boolean v4Remote = remote instanceof Inet4Address;
        int port = dstPort != null ? dstPort : gpe ? 4790 : 0;
        return VxlanInfo.builder()
                .ttl(ttl)
                .tos(tos)
                .label(flowLabel)
                .link(dev == null ? null : dev.resolve(ctx))
                .portRange(srcPortLow != 0 || srcPortHigh != 0
                        ? new VxlanPortRange(srcPortLow, srcPortHigh) : null)
                .proxy(u8(proxy))
                .rsc(u8(rsc))
                .l2miss(u8(l2miss))
                .l3miss(u8(l3miss))
                .ageing(ageing)
                .limit(maxAddress)
                .udpCsum(u8(udpCsum))
                .udpZeroCsum6Tx(u8(udp6ZeroCsumTx))
                .udpZeroCsum6Rx(u8(udp6ZeroCsumRx))
                .collectMetadata(external ? 1 : null)
                .gbp(gbp ? Boolean.TRUE : null)
                .gpe(gpe ? Boolean.TRUE : null)
                .id(vni)
                .local(v4Local ? local : null)
                .local6(local != null && !v4Local ? local : null)
                .group(v4Remote ? remote : null)
                .group6(remote != null && !v4Remote ? remote : null)
                .learning(learning ? 1 : 0)
                .port(port != 0 ? port : null)
                .build();
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        REQUEST.encode(w, toInfo(ctx));
    }

    private static Integer u8(Boolean value) {
        return value == null ? null : value ? 1 : 0;
    }

    @Override
    public String toString() {
        return "vxlan " + name() + (external ? " external" : " id " + vni)
                + (remote == null ? "" : (remote.isMulticastAddress() ? " group " : " remote ")
                        + remote.getHostAddress());
    }

    /** Builds a {@link Vxlan}. */
    public static final class Builder extends LinkSpec.Builder<Builder> {
        private Integer vni;
        private InetAddress remote;
        private InetAddress local;
        private LinkRef dev;
        private Integer ttl;
        private Integer tos;
        private Integer flowLabel;
        private Integer dstPort;
        private int srcPortLow;
        private int srcPortHigh;
        private boolean learning = true;
        private Boolean proxy;
        private Boolean rsc;
        private Boolean l2miss;
        private Boolean l3miss;
        private Integer ageing;
        private Integer maxAddress;
        private Boolean udpCsum;
        private Boolean udp6ZeroCsumTx;
        private Boolean udp6ZeroCsumRx;
        private boolean external;
        private boolean gbp;
        private boolean gpe;

        private Builder(String name) {
            super(name);
        }

        private Builder(Vxlan s) {
            super(s);
            this.vni = s.vni;
            this.remote = s.remote;
            this.local = s.local;
            this.dev = s.dev;
            this.ttl = s.ttl;
            this.tos = s.tos;
            this.flowLabel = s.flowLabel;
            this.dstPort = s.dstPort;
            this.srcPortLow = s.srcPortLow;
            this.srcPortHigh = s.srcPortHigh;
            this.learning = s.learning;
            this.proxy = s.proxy;
            this.rsc = s.rsc;
            this.l2miss = s.l2miss;
            this.l3miss = s.l3miss;
            this.ageing = s.ageing;
            this.maxAddress = s.maxAddress;
            this.udpCsum = s.udpCsum;
            this.udp6ZeroCsumTx = s.udp6ZeroCsumTx;
            this.udp6ZeroCsumRx = s.udp6ZeroCsumRx;
            this.external = s.external;
            this.gbp = s.gbp;
            this.gpe = s.gpe;
        }

        /**
         * @param vni {@code id VNI}, 0 to 16777215
         * @return this builder
         */
        public Builder vni(int vni) {
            this.vni = vni;
            return this;
        }

        /**
         * @param address {@code remote ADDR} (unicast) or {@code group ADDR} (multicast, needs
         *     {@link #dev})
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
            return remote(literal(address));
        }

        /**
         * @param address {@code group ADDR}: a multicast group (needs {@link #dev})
         * @return this builder
         */
        public Builder group(String address) {
            return remote(literal(address));
        }

        /**
         * @param address {@code local ADDR}: the source address
         * @return this builder
         */
        public Builder local(InetAddress address) {
            this.local = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param address a literal IPv4 or IPv6 address
         * @return this builder
         */
        public Builder local(String address) {
            return local(literal(address));
        }

        /**
         * @param device {@code dev DEV}: the underlay device
         * @return this builder
         */
        public Builder dev(String device) {
            this.dev = LinkRef.named("dev", device);
            return this;
        }

        /**
         * @param index the underlay device's index
         * @return this builder
         */
        public Builder dev(int index) {
            this.dev = LinkRef.indexed("dev", index);
            return this;
        }

        /**
         * @param ttl {@code ttl TTL}, 1 to 255 (0 for the default)
         * @return this builder
         */
        public Builder ttl(int ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * @param tos {@code tos TOS}, 0 to 255 (1 for inherit)
         * @return this builder
         */
        public Builder tos(int tos) {
            this.tos = tos;
            return this;
        }

        /**
         * @param label {@code flowlabel LABEL}, 0 to 1048575 (IPv6)
         * @return this builder
         */
        public Builder flowLabel(int label) {
            this.flowLabel = label;
            return this;
        }

        /**
         * @param port {@code dstport PORT}: 4789 is IANA's
         * @return this builder
         */
        public Builder dstPort(int port) {
            this.dstPort = port;
            return this;
        }

        /**
         * @param low {@code srcport LOW HIGH}
         * @param high highest source port
         * @return this builder
         */
        public Builder srcPortRange(int low, int high) {
            this.srcPortLow = low;
            this.srcPortHigh = high;
            return this;
        }

        /**
         * @param on {@code learning} (the default) or {@code nolearning}
         * @return this builder
         */
        public Builder learning(boolean on) {
            this.learning = on;
            return this;
        }

        /**
         * @param on {@code proxy}/{@code noproxy}: ARP proxy
         * @return this builder
         */
        public Builder proxy(boolean on) {
            this.proxy = on;
            return this;
        }

        /**
         * @param on {@code rsc}/{@code norsc}: route short circuit
         * @return this builder
         */
        public Builder rsc(boolean on) {
            this.rsc = on;
            return this;
        }

        /**
         * @param on {@code l2miss}/{@code nol2miss}: netlink LLADDR miss notifications
         * @return this builder
         */
        public Builder l2miss(boolean on) {
            this.l2miss = on;
            return this;
        }

        /**
         * @param on {@code l3miss}/{@code nol3miss}: netlink IP address miss notifications
         * @return this builder
         */
        public Builder l3miss(boolean on) {
            this.l3miss = on;
            return this;
        }

        /**
         * @param seconds {@code ageing SECONDS}: FDB entry lifetime
         * @return this builder
         */
        public Builder ageing(int seconds) {
            this.ageing = seconds;
            return this;
        }

        /**
         * @param count {@code maxaddress N}: FDB size limit, 0 for unlimited
         * @return this builder
         */
        public Builder maxAddress(int count) {
            this.maxAddress = count;
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
         * {@code external}: metadata-collecting device (no VNI; learning off, as ip does).
         *
         * @return this builder
         */
        public Builder external() {
            this.external = true;
            this.learning = false;
            this.vni = null;
            return this;
        }

        /**
         * @return this builder with {@code gbp}: the Group Based Policy extension
         */
        public Builder gbp() {
            this.gbp = true;
            return this;
        }

        /**
         * @return this builder with {@code gpe}: the Generic Protocol Extension (dstport 4790
         *     unless set)
         */
        public Builder gpe() {
            this.gpe = true;
            return this;
        }

        private static InetAddress literal(String address) {
            Objects.requireNonNull(address, "address");
            try {
                return IpAddresses.parse(address);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not an IP address literal: \"" + address + "\"", e);
            }
        }

        @Override
        public Vxlan build() {
            validateCommon(this);
            String me = "vxlan " + name() + ": ";
            if (external && vni != null) {
                throw new IllegalArgumentException(me + "an external device has no VNI");
            }
            if (!external && vni == null) {
                throw new IllegalArgumentException(me + "needs a VNI (id) or external");
            }
            if (vni != null && (vni < 0 || vni > MAX_VNI)) {
                throw new IllegalArgumentException(me + "VNI " + Integer.toUnsignedString(vni)
                        + " is outside 0.." + MAX_VNI);
            }
            if (remote != null && remote.isMulticastAddress() && dev == null) {
                throw new IllegalArgumentException(me + "multicast group " + remote.getHostAddress()
                        + " needs an underlay device (dev)");
            }
            if (local != null && local.isMulticastAddress()) {
                throw new IllegalArgumentException(me + "local address " + local.getHostAddress()
                        + " is multicast");
            }
            if (local != null && remote != null
                    && (local instanceof Inet4Address) != (remote instanceof Inet4Address)) {
                throw new IllegalArgumentException(me + "local " + local.getHostAddress()
                        + " and remote " + remote.getHostAddress() + " are of different families");
            }
            range(me, "ttl", ttl, 255);
            range(me, "tos", tos, 255);
            range(me, "flowlabel", flowLabel, 0xfffff);
            range(me, "dstport", dstPort, 65535);
            range(me, "srcport low", srcPortLow, 65535);
            range(me, "srcport high", srcPortHigh, 65535);
            if (srcPortHigh < srcPortLow) {
                throw new IllegalArgumentException(me + "srcport range " + srcPortLow + " "
                        + srcPortHigh + " is empty");
            }
            if (ageing != null && ageing < 0) {
                throw new IllegalArgumentException(me + "ageing must be >= 0, got " + ageing);
            }
            if (maxAddress != null && maxAddress < 0) {
                throw new IllegalArgumentException(me + "maxaddress must be >= 0, got " + maxAddress);
            }
            return new Vxlan(this);
        }

        private static void range(String me, String what, Integer v, int max) {
            if (v != null && (v < 0 || v > max)) {
                throw new IllegalArgumentException(me + what + " " + v + " is outside 0.." + max);
            }
        }
    }
}

package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.kind.GreInfo;
import dev.jnetlink.codec.link.kind.TunnelFlags;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * A GRE tunnel, over IPv4 ({@code gre}: IP in GRE, {@code gretap}: Ethernet in GRE) or over
 * IPv6 ({@code ip6gre}, {@code ip6gretap}): {@code ip link add name NAME type { gre | gretap }
 * [remote ADDR] [local ADDR] [dev DEV] [ttl TTL] [tos TOS] [[i|o]key KEY] [[i|o]seq]
 * [[i|o]csum] [nopmtudisc] [ignore-df] [fwmark MARK] [encap { fou | gue } [encap-sport PORT]
 * [encap-dport PORT] [encap-csum] [encap-udp6-csum] [encap-remcsum]]}; for the IPv6 kinds
 * {@code [hoplimit TTL] [encaplimit { ELIM | none }] [tclass { TCLASS | inherit }]
 * [flowlabel { LABEL | inherit }] [dscp inherit] [allow-localremote] [fwmark inherit]} in
 * place of {@code ttl}, {@code tos}, {@code nopmtudisc} and {@code ignore-df}; or
 * {@code type KIND external}. The request is written as iproute2 writes it for that command
 * line.
 *
 * <pre>{@code
 * rtnl.links().add(Gre.gre("gre1").remote("10.0.0.2").local("10.0.0.1").ttl(64).key(42));
 * }</pre>
 *
 * <p>As {@code ip} does, a multicast remote without keys gets the group address as its keys,
 * and an IPv6 tunnel without {@link Builder#encap} sends {@code encap-udp6-csum} and
 * {@code erspan_ver 1} (which the kernel ignores for these kinds).
 */
public final class Gre extends LinkSpec {
    /**
     * The table of {@link GreInfo} in the order {@code ip link add ... type gre} sends it
     * ({@code gre_parse_opt}).
     */
    private static final AttributeSetCodec<GreInfo> REQUEST = GreInfo.CODEC.withRequestOrder(
            "ikey", "okey", "iflags", "oflags", "local", "remote", "pmtudisc", "ignoreDf", "tos",
            "link", "ttl", "fwmark", "encapType", "encapFlags", "encapSport", "encapDport");
    /** The same for {@code ip6gre} and {@code ip6gretap} (link_gre6.c's {@code gre_parse_opt}). */
    private static final AttributeSetCodec<GreInfo> REQUEST6 = GreInfo.CODEC.withRequestOrder(
            "ikey", "okey", "iflags", "oflags", "local", "remote", "link", "ttl", "encapLimit",
            "flowinfo", "flags", "fwmark", "erspanVer", "encapType", "encapFlags", "encapSport",
            "encapDport");
    /** {@code IPV6_DEFAULT_TNL_ENCAP_LIMIT}. */
    private static final int DEFAULT_ENCAP_LIMIT = 4;
    /** {@code DEFAULT_TNL_HOP_LIMIT}: an IPv6 tunnel's hop limit unless set. */
    private static final int DEFAULT_HOP_LIMIT = 64;

    private final String kind;
    private final InetAddress remote;
    private final InetAddress local;
    private final LinkRef dev;
    private final Integer ttl;
    private final int tos;
    private final int iflags;
    private final int oflags;
    private final int ikey;
    private final int okey;
    private final boolean pmtudisc;
    private final Boolean ignoreDf;
    private final int fwmark;
    private final TunnelEncap encap;
    private final boolean external;
    private final int encapLimit;
    private final int flowLabel;
    private final int ip6Flags;

    private Gre(Builder b) {
        super(b);
        this.kind = b.kind;
        this.remote = b.remote;
        this.local = b.local;
        this.dev = b.dev;
        this.ttl = b.ttl;
        this.tos = b.tos;
        this.iflags = b.iflags;
        this.oflags = b.oflags;
        this.ikey = b.ikey;
        this.okey = b.okey;
        this.pmtudisc = b.pmtudisc;
        this.ignoreDf = b.ignoreDf;
        this.fwmark = b.fwmark;
        this.encap = b.encap;
        this.external = b.external;
        this.encapLimit = b.encapLimit;
        this.flowLabel = b.flowLabel;
        this.ip6Flags = b.ip6Flags;
    }

    /**
     * Starts a {@code gre} tunnel (IPv4 packets in GRE over IPv4): {@code ip link add name
     * NAME type gre}.
     *
     * @param name the link's name
     * @return a builder
     */
    public static Builder gre(String name) {
        return new Builder("gre", name);
    }

    /**
     * Starts a {@code gretap} tunnel (Ethernet frames in GRE over IPv4), a device a bridge can
     * take as a port: {@code ip link add name NAME type gretap}.
     *
     * @param name the link's name
     * @return a builder
     */
    public static Builder gretap(String name) {
        return new Builder("gretap", name);
    }

    /**
     * Starts an {@code ip6gre} tunnel (IP packets in GRE over IPv6): {@code ip link add name
     * NAME type ip6gre}.
     *
     * @param name the link's name
     * @return a builder
     */
    public static Builder ip6gre(String name) {
        return new Builder("ip6gre", name);
    }

    /**
     * Starts an {@code ip6gretap} tunnel (Ethernet frames in GRE over IPv6): {@code ip link add
     * name NAME type ip6gretap}.
     *
     * @param name the link's name
     * @return a builder
     */
    public static Builder ip6gretap(String name) {
        return new Builder("ip6gretap", name);
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

    /** @return the underlay device ({@code dev}), or null */
    public LinkRef dev() {
        return dev;
    }

    /** @return true for an {@code external} (metadata-collecting) tunnel */
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
     * The {@code IFLA_INFO_DATA} this spec sends, as the record a reply decodes to: every
     * option {@code ip} always sends (keys, flags, pmtudisc, tos, ttl, fwmark, encapsulation,
     * 0 where not set), the endpoints and the device when set; only {@code collectMetadata}
     * for an external tunnel.
     *
     * @param ctx resolves the underlay device ({@code dev}) to its index
     * @return the tunnel's data
     */
    public GreInfo toInfo(SpecContext ctx) {
        if (external) {
            return GreInfo.builder().collectMetadata(true).build();
        }
        int ik = ikey;
        int ok = okey;
        int ifl = iflags;
        int ofl = oflags;
        if (remote != null && remote.isMulticastAddress() && !ipv6(kind)) {
            int group = ByteBuffer.wrap(remote.getAddress()).getInt();
            if (ik == 0) {
                ik = group;
                ifl |= TunnelFlags.GRE_KEY;
            }
            if (ok == 0) {
                ok = group;
                ofl |= TunnelFlags.GRE_KEY;
            }
        }
        GreInfo.Builder b = GreInfo.builder()
                .ikey(ik).okey(ok).iflags(ifl).oflags(ofl)
                .local(local).remote(remote)
                .link(dev == null ? null : dev.resolve(ctx))
                .fwmark(fwmark)
                .encapType(encap.type())
                .encapSport(encap.sport()).encapDport(encap.dport());
        if (ipv6(kind)) {
            return b.ttl(ttl == null ? DEFAULT_HOP_LIMIT : ttl)
                    .encapLimit(encapLimit)
                    .flowinfo(tos << 20 | flowLabel)
                    .flags(ip6Flags)
                    .erspanVer(1)
                    .encapFlags(TunnelEncap.NONE.equals(encap) ? TunnelFlags.ENCAP_FLAG_CSUM6 : encap.flags())
                    .build();
        }
        return b.pmtudisc(pmtudisc ? 1 : 0)
                .ignoreDf(ignoreDf == null ? null : ignoreDf ? 1 : 0)
                .tos(tos)
                .ttl(ttl == null ? 0 : ttl)
                .encapFlags(encap.flags())
                .build();
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        (ipv6(kind) ? REQUEST6 : REQUEST).encode(w, toInfo(ctx));
    }

    private static boolean ipv6(String kind) {
        return kind.startsWith("ip6");
    }

    @Override
    public String toString() {
        return kind + " " + name() + (external ? " external" : "")
                + (remote == null ? "" : " remote " + IpAddresses.format(remote))
                + (local == null ? "" : " local " + IpAddresses.format(local));
    }

    /** Builds a {@link Gre}. */
    public static final class Builder extends LinkSpec.Builder<Builder> {
        private final String kind;
        private InetAddress remote;
        private InetAddress local;
        private LinkRef dev;
        private Integer ttl;
        private int tos;
        private int iflags;
        private int oflags;
        private int ikey;
        private int okey;
        private boolean pmtudisc = true;
        private Boolean ignoreDf;
        private int fwmark;
        private TunnelEncap encap = TunnelEncap.NONE;
        private boolean external;
        private boolean keyOutOfRange;
        private int encapLimit = DEFAULT_ENCAP_LIMIT;
        private int flowLabel;
        private int ip6Flags;

        private Builder(String kind, String name) {
            super(name);
            this.kind = kind;
        }

        private Builder(Gre s) {
            super(s);
            this.kind = s.kind;
            this.remote = s.remote;
            this.local = s.local;
            this.dev = s.dev;
            this.ttl = s.ttl;
            this.tos = s.tos;
            this.iflags = s.iflags;
            this.oflags = s.oflags;
            this.ikey = s.ikey;
            this.okey = s.okey;
            this.pmtudisc = s.pmtudisc;
            this.ignoreDf = s.ignoreDf;
            this.fwmark = s.fwmark;
            this.encap = s.encap;
            this.external = s.external;
            this.encapLimit = s.encapLimit;
            this.flowLabel = s.flowLabel;
            this.ip6Flags = s.ip6Flags;
        }

        /**
         * @param address {@code remote ADDR}: the other end, IPv4 (IPv6 for ip6gre/ip6gretap)
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
         * @param index the underlay device's index
         * @return this builder
         */
        public Builder dev(int index) {
            this.dev = LinkRef.indexed("dev", index);
            return this;
        }

        /**
         * @param ttl {@code ttl TTL} ({@code hoplimit} over IPv6): 1 to 255, or 0 for
         *     {@code inherit}; unset, 0 over IPv4 and 64 over IPv6, as {@code ip} sends it
         * @return this builder
         */
        public Builder ttl(int ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * @param tos {@code tos TOS}: 0 to 255 (1 means inherit, as {@code tos inherit}); over
         *     IPv6 the traffic class, {@code tclass TCLASS}
         * @return this builder
         */
        public Builder tos(int tos) {
            this.tos = tos;
            return this;
        }

        /**
         * @return this builder with {@code tos inherit}: the inner packet's TOS
         */
        public Builder tosInherit() {
            return tos(1);
        }

        /**
         * @param key {@code key KEY}: the same key both ways, 0 to 4294967295
         * @return this builder
         */
        public Builder key(long key) {
            return ikey(key).okey(key);
        }

        /**
         * @param key {@code ikey KEY}: the key received packets must carry
         * @return this builder
         */
        public Builder ikey(long key) {
            this.ikey = (int) checkedKey(key);
            this.iflags |= TunnelFlags.GRE_KEY;
            return this;
        }

        /**
         * @param key {@code okey KEY}: the key put on sent packets
         * @return this builder
         */
        public Builder okey(long key) {
            this.okey = (int) checkedKey(key);
            this.oflags |= TunnelFlags.GRE_KEY;
            return this;
        }

        /**
         * @param key {@code ikey A.B.C.D}: a key written as a dotted quad
         * @return this builder
         */
        public Builder ikey(String key) {
            return ikey(dottedKey(key));
        }

        /**
         * @param key {@code okey A.B.C.D}: a key written as a dotted quad
         * @return this builder
         */
        public Builder okey(String key) {
            return okey(dottedKey(key));
        }

        private long checkedKey(long key) {
            if (key < 0 || key > 0xffff_ffffL) {
                keyOutOfRange = true;
            }
            return key;
        }

        private static long dottedKey(String key) {
            InetAddress a = IpAddresses.parse(key);
            if (!(a instanceof Inet4Address)) {
                throw new IllegalArgumentException("GRE key \"" + key
                        + "\" is neither a number nor a dotted quad");
            }
            return Integer.toUnsignedLong(ByteBuffer.wrap(a.getAddress()).getInt());
        }

        /**
         * @return this builder with {@code seq}: sequence numbers both ways
         */
        public Builder seq() {
            return iseq().oseq();
        }

        /**
         * @return this builder with {@code iseq}: received packets must be in sequence
         */
        public Builder iseq() {
            this.iflags |= TunnelFlags.GRE_SEQ;
            return this;
        }

        /**
         * @return this builder with {@code oseq}: sent packets carry sequence numbers
         */
        public Builder oseq() {
            this.oflags |= TunnelFlags.GRE_SEQ;
            return this;
        }

        /**
         * @return this builder with {@code csum}: checksums both ways
         */
        public Builder csum() {
            return icsum().ocsum();
        }

        /**
         * @return this builder with {@code icsum}: received packets must carry a checksum
         */
        public Builder icsum() {
            this.iflags |= TunnelFlags.GRE_CSUM;
            return this;
        }

        /**
         * @return this builder with {@code ocsum}: sent packets carry a checksum
         */
        public Builder ocsum() {
            this.oflags |= TunnelFlags.GRE_CSUM;
            return this;
        }

        /**
         * @param on {@code pmtudisc} (the default: DF set, path MTU discovery) or
         *     {@code nopmtudisc}
         * @return this builder
         */
        public Builder pmtudisc(boolean on) {
            this.pmtudisc = on;
            return this;
        }

        /**
         * @param on {@code ignore-df} (needs {@code nopmtudisc}) or {@code noignore-df}
         * @return this builder
         */
        public Builder ignoreDf(boolean on) {
            this.ignoreDf = on;
            return this;
        }

        /**
         * @param mark {@code fwmark MARK}: the firewall mark of the tunnel's packets
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
         * {@code external}: a metadata-collecting tunnel, whose endpoints and key come per
         * packet from lightweight tunnels or tc (no other option goes with it).
         *
         * @return this builder
         */
        public Builder external() {
            this.external = true;
            return this;
        }

        /**
         * @param limit {@code encaplimit ELIM} (IPv6 kinds): 0 to 255, 4 unless set
         * @return this builder
         */
        public Builder encapLimit(int limit) {
            this.encapLimit = limit;
            this.ip6Flags &= ~TunnelFlags.IP6_IGN_ENCAP_LIMIT;
            return this;
        }

        /**
         * @return this builder with {@code encaplimit none} (IPv6 kinds)
         */
        public Builder noEncapLimit() {
            this.ip6Flags |= TunnelFlags.IP6_IGN_ENCAP_LIMIT;
            return this;
        }

        /**
         * @param label {@code flowlabel LABEL} (IPv6 kinds): 0 to 1048575
         * @return this builder
         */
        public Builder flowLabel(int label) {
            this.flowLabel = label;
            return this;
        }

        /**
         * @param ip6Flag an {@code IP6_TNL_F_*} of {@link TunnelFlags} (IPv6 kinds):
         *     {@code tclass inherit} ({@link TunnelFlags#IP6_USE_ORIG_TCLASS}), {@code flowlabel
         *     inherit}, {@code dscp inherit}, {@code fwmark inherit}, {@code allow-localremote}
         * @return this builder
         */
        public Builder ip6Flag(int ip6Flag) {
            this.ip6Flags |= ip6Flag;
            return this;
        }

        @Override
        public Gre build() {
            validateCommon(this);
            String me = kind + " " + name() + ": ";
            if (external) {
                if (remote != null || local != null || dev != null || ttl != null || tos != 0
                        || iflags != 0 || oflags != 0 || !pmtudisc || ignoreDf != null
                        || fwmark != 0 || encap.type() != TunnelFlags.ENCAP_NONE
                        || flowLabel != 0 || ip6Flags != 0) {
                    throw new IllegalArgumentException(me + "an external tunnel takes its endpoints,"
                            + " keys and options per packet; set none of them");
                }
                return new Gre(this);
            }
            boolean v6 = ipv6(kind);
            String other = v6 ? kind.substring(3) : "ip6" + kind;
            TunnelEndpoints.requireFamily(me, "remote", remote, v6, other);
            TunnelEndpoints.requireFamily(me, "local", local, v6, other);
            if (keyOutOfRange) {
                throw new IllegalArgumentException(me + "a GRE key is 32 bits: 0 to 4294967295");
            }
            TunnelEndpoints.range(me, v6 ? "hoplimit" : "ttl", ttl == null ? 0 : ttl, 255);
            TunnelEndpoints.range(me, v6 ? "tclass" : "tos", tos, 255);
            if (v6) {
                if (!pmtudisc || ignoreDf != null) {
                    throw new IllegalArgumentException(me + "nopmtudisc and ignore-df are IPv4"
                            + " options");
                }
                TunnelEndpoints.range(me, "encaplimit", encapLimit, 255);
                TunnelEndpoints.range(me, "flowlabel", flowLabel, 0xfffff);
            } else if (flowLabel != 0 || ip6Flags != 0 || encapLimit != DEFAULT_ENCAP_LIMIT) {
                throw new IllegalArgumentException(me + "encaplimit, flowlabel and the IPv6"
                        + " tunnel flags are options of " + other);
            }
            if (!v6 && remote != null && remote.isMulticastAddress() && local == null) {
                throw new IllegalArgumentException(me + "a broadcast tunnel (remote "
                        + IpAddresses.format(remote) + ") needs a local address");
            }
            if (ignoreDf != null && ignoreDf && pmtudisc) {
                throw new IllegalArgumentException(me + "ignore-df needs nopmtudisc");
            }
            return new Gre(this);
        }
    }
}

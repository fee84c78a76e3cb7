package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.kind.GreInfo;
import dev.jnetlink.codec.link.kind.TunnelFlags;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;

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
public final class Gre extends TunnelSpec {
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

    private final int iflags;
    private final int oflags;
    private final int ikey;
    private final int okey;
    private final Boolean ignoreDf;

    private Gre(Builder b) {
        super(b);
        this.iflags = b.iflags;
        this.oflags = b.oflags;
        this.ikey = b.ikey;
        this.okey = b.okey;
        this.ignoreDf = b.ignoreDf;
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

    /**
     * The {@code IFLA_INFO_DATA} this spec sends, as the record a reply decodes to: every
     * option {@code ip} always sends (keys, flags, ttl, fwmark, encapsulation; over IPv4
     * pmtudisc and tos, over IPv6 the encapsulation limit, flow information, IPv6 flags and
     * {@code erspan_ver 1}; 0 or ip's default where not set), the endpoints and the device
     * when set; only {@code collectMetadata} for an external tunnel.
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
        if (remote != null && remote.isMulticastAddress() && !overIpv6()) {
            // as ip does: a broadcast tunnel keyed by its group
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
                .encapType(encap.type()).encapFlags(encapFlags())
                .encapSport(encap.sport()).encapDport(encap.dport());
        if (overIpv6()) {
            return b.ttl(ttl == null ? DEFAULT_HOP_LIMIT : ttl)
                    .encapLimit(encapLimit)
                    .flowinfo(flowinfo())
                    .flags(ip6Flags)
                    .erspanVer(1)
                    .build();
        }
        return b.pmtudisc(pmtudisc ? 1 : 0)
                .ignoreDf(ignoreDf == null ? null : ignoreDf ? 1 : 0)
                .tos(tos)
                .ttl(ttl == null ? 0 : ttl)
                .build();
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        (overIpv6() ? REQUEST6 : REQUEST).encode(w, toInfo(ctx));
    }

    /** Builds a {@link Gre}. */
    public static final class Builder extends TunnelSpec.Builder<Builder> {
        private int iflags;
        private int oflags;
        private int ikey;
        private int okey;
        private Boolean ignoreDf;
        private boolean keyOutOfRange;

        private Builder(String kind, String name) {
            super(kind, name);
        }

        private Builder(Gre s) {
            super(s);
            this.iflags = s.iflags;
            this.oflags = s.oflags;
            this.ikey = s.ikey;
            this.okey = s.okey;
            this.ignoreDf = s.ignoreDf;
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
            this.ikey = checkedKey(key);
            this.iflags |= TunnelFlags.GRE_KEY;
            return this;
        }

        /**
         * @param key {@code okey KEY}: the key put on sent packets
         * @return this builder
         */
        public Builder okey(long key) {
            this.okey = checkedKey(key);
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

        private int checkedKey(long key) {
            if (key < 0 || key > 0xffff_ffffL) {
                keyOutOfRange = true;
            }
            return (int) key;
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
         * @param on {@code ignore-df} (IPv4 kinds; needs {@code nopmtudisc}) or
         *     {@code noignore-df}
         * @return this builder
         */
        public Builder ignoreDf(boolean on) {
            this.ignoreDf = on;
            return this;
        }

        @Override
        public Gre build() {
            validateCommon(this);
            String me = kind() + " " + name() + ": ";
            boolean v6 = kind().startsWith("ip6");
            validateTunnel(me, iflags != 0 || oflags != 0 || ignoreDf != null,
                    v6 ? kind().substring(3) : "ip6" + kind());
            if (keyOutOfRange) {
                throw new IllegalArgumentException(me + "a GRE key is 32 bits: 0 to 4294967295");
            }
            if (v6 && ignoreDf != null) {
                throw new IllegalArgumentException(me + "ignore-df is an IPv4 option");
            }
            InetAddress remote = remoteAddress();
            if (!v6 && remote != null && remote.isMulticastAddress() && localAddress() == null) {
                throw new IllegalArgumentException(me + "a broadcast tunnel (remote "
                        + IpAddresses.format(remote) + ") needs a local address");
            }
            if (ignoreDf != null && ignoreDf && pmtudisc()) {
                throw new IllegalArgumentException(me + "ignore-df needs nopmtudisc");
            }
            return new Gre(this);
        }
    }
}

package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.kind.TunnelFlags;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * What the IP tunnel specs ({@link Gre}, {@link IpTunnel}) share: the kind, the endpoints, the
 * underlay device, ttl/hop limit, tos/traffic class, path MTU discovery, fwmark, UDP
 * encapsulation, {@code external}, and the IPv6 kinds' encapsulation limit, flow label and
 * {@code IP6_TNL_F_*} flags, with their checks; as {@code ip link add ... type KIND} takes
 * them (tunnel.c's options common to link_gre*.c, link_iptnl.c and link_ip6tnl.c).
 */
public abstract class TunnelSpec extends LinkSpec {
    /** {@code IPV6_DEFAULT_TNL_ENCAP_LIMIT}: an IPv6 tunnel's encapsulation limit unless set. */
    protected static final int DEFAULT_ENCAP_LIMIT = 4;
    /** {@code DEFAULT_TNL_HOP_LIMIT}: an IPv6 tunnel's hop limit unless set. */
    protected static final int DEFAULT_HOP_LIMIT = 64;

    /** {@code IFLA_INFO_KIND}. */
    protected final String kind;
    /** {@code remote}, or null. */
    protected final InetAddress remote;
    /** {@code local}, or null. */
    protected final InetAddress local;
    /** {@code dev}, or null. */
    protected final LinkRef dev;
    /** {@code ttl}/{@code hoplimit}, or null for ip's default. */
    protected final Integer ttl;
    /** {@code tos}, over IPv6 the traffic class. */
    protected final int tos;
    /** {@code pmtudisc} (IPv4 kinds). */
    protected final boolean pmtudisc;
    /** {@code fwmark}. */
    protected final int fwmark;
    /** {@code encap ...}. */
    protected final TunnelEncap encap;
    /** {@code external}. */
    protected final boolean external;
    /** {@code encaplimit} (IPv6 kinds). */
    protected final int encapLimit;
    /** {@code flowlabel} (IPv6 kinds). */
    protected final int flowLabel;
    /** {@code IP6_TNL_F_*} (IPv6 kinds). */
    protected final int ip6Flags;

    /** @param b the builder, already validated */
    protected TunnelSpec(Builder<?> b) {
        super(b);
        this.kind = b.kind;
        this.remote = b.remote;
        this.local = b.local;
        this.dev = b.dev;
        this.ttl = b.ttl;
        this.tos = b.tos;
        this.pmtudisc = b.pmtudisc;
        this.fwmark = b.fwmark;
        this.encap = b.encap;
        this.external = b.external;
        this.encapLimit = b.encapLimit;
        this.flowLabel = b.flowLabel;
        this.ip6Flags = b.ip6Flags;
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

    /** @return true for a kind that runs over IPv6 ({@code ip6gre}, {@code ip6tnl}, ...) */
    protected final boolean overIpv6() {
        return kind.startsWith("ip6");
    }

    /** @return the IPv6 kinds' {@code FLOWINFO}: traffic class and flow label */
    protected final int flowinfo() {
        return tos << 20 | flowLabel;
    }

    /**
     * @return the encapsulation flags {@code ip} sends: for an IPv6 kind without
     *     {@code encap}, {@code encap-udp6-csum} (its default)
     */
    protected final int encapFlags() {
        return overIpv6() && TunnelEncap.NONE.equals(encap) ? TunnelFlags.ENCAP_FLAG_CSUM6
                : encap.flags();
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

    @Override
    public String toString() {
        return kind + " " + name() + (external ? " external" : "")
                + (remote == null ? "" : " remote " + IpAddresses.format(remote))
                + (local == null ? "" : " local " + IpAddresses.format(local));
    }

    /**
     * The options every tunnel kind's builder has.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends LinkSpec.Builder<B> {
        private final String kind;
        private InetAddress remote;
        private InetAddress local;
        private LinkRef dev;
        private Integer ttl;
        private int tos;
        private boolean pmtudisc = true;
        private int fwmark;
        private TunnelEncap encap = TunnelEncap.NONE;
        private boolean external;
        private int encapLimit = DEFAULT_ENCAP_LIMIT;
        private int flowLabel;
        private int ip6Flags;

        /**
         * @param kind {@code IFLA_INFO_KIND}
         * @param name the link's name
         */
        protected Builder(String kind, String name) {
            super(name);
            this.kind = kind;
        }

        /** @param s copies this spec's options */
        protected Builder(TunnelSpec s) {
            super(s);
            this.kind = s.kind;
            this.remote = s.remote;
            this.local = s.local;
            this.dev = s.dev;
            this.ttl = s.ttl;
            this.tos = s.tos;
            this.pmtudisc = s.pmtudisc;
            this.fwmark = s.fwmark;
            this.encap = s.encap;
            this.external = s.external;
            this.encapLimit = s.encapLimit;
            this.flowLabel = s.flowLabel;
            this.ip6Flags = s.ip6Flags;
        }

        /**
         * @param address {@code remote ADDR}: the other end, of the kind's family
         * @return this builder
         */
        public B remote(InetAddress address) {
            this.remote = Objects.requireNonNull(address, "address");
            return self();
        }

        /**
         * @param address a literal IP address
         * @return this builder
         */
        public B remote(String address) {
            return remote(IpAddresses.parse(address));
        }

        /**
         * @param address {@code local ADDR}: this end, of the kind's family
         * @return this builder
         */
        public B local(InetAddress address) {
            this.local = Objects.requireNonNull(address, "address");
            return self();
        }

        /**
         * @param address a literal IP address
         * @return this builder
         */
        public B local(String address) {
            return local(IpAddresses.parse(address));
        }

        /**
         * @param device {@code dev DEV}: the device the tunnel's packets leave by
         * @return this builder
         */
        public B dev(String device) {
            this.dev = LinkRef.named("dev", device);
            return self();
        }

        /**
         * @param index the underlay device's index
         * @return this builder
         */
        public B dev(int index) {
            this.dev = LinkRef.indexed("dev", index);
            return self();
        }

        /**
         * @param ttl {@code ttl TTL} ({@code hoplimit} over IPv6): 1 to 255, or 0 for
         *     {@code inherit}; unset, 0 over IPv4 and 64 over IPv6, as {@code ip} sends it
         * @return this builder
         */
        public B ttl(int ttl) {
            this.ttl = ttl;
            return self();
        }

        /**
         * @param tos {@code tos TOS}: 0 to 255 (1 means inherit over IPv4); over IPv6 the
         *     traffic class, {@code tclass TCLASS}
         * @return this builder
         */
        public B tos(int tos) {
            this.tos = tos;
            return self();
        }

        /**
         * @return this builder with {@code tos inherit} (IPv4 kinds): the inner packet's TOS
         */
        public B tosInherit() {
            return tos(1);
        }

        /**
         * @param on {@code pmtudisc} (the default: DF set) or {@code nopmtudisc} (IPv4 kinds)
         * @return this builder
         */
        public B pmtudisc(boolean on) {
            this.pmtudisc = on;
            return self();
        }

        /**
         * @param mark {@code fwmark MARK}: the firewall mark of the tunnel's packets
         * @return this builder
         */
        public B fwmark(int mark) {
            this.fwmark = mark;
            return self();
        }

        /**
         * @param encap {@code encap fou|gue ...}: UDP encapsulation of the tunnel's packets
         * @return this builder
         */
        public B encap(TunnelEncap encap) {
            this.encap = Objects.requireNonNull(encap, "encap");
            return self();
        }

        /**
         * @param limit {@code encaplimit ELIM} (IPv6 kinds): 0 to 255, 4 unless set
         * @return this builder
         */
        public B encapLimit(int limit) {
            this.encapLimit = limit;
            this.ip6Flags &= ~TunnelFlags.IP6_IGN_ENCAP_LIMIT;
            return self();
        }

        /**
         * @return this builder with {@code encaplimit none} (IPv6 kinds)
         */
        public B noEncapLimit() {
            this.ip6Flags |= TunnelFlags.IP6_IGN_ENCAP_LIMIT;
            return self();
        }

        /**
         * @param label {@code flowlabel LABEL} (IPv6 kinds): 0 to 1048575
         * @return this builder
         */
        public B flowLabel(int label) {
            this.flowLabel = label;
            return self();
        }

        /**
         * @param ip6Flag an {@code IP6_TNL_F_*} of {@link TunnelFlags} (IPv6 kinds):
         *     {@code tclass inherit} ({@link TunnelFlags#IP6_USE_ORIG_TCLASS}), {@code flowlabel
         *     inherit}, {@code dscp inherit}, {@code fwmark inherit}, {@code allow-localremote}
         * @return this builder
         */
        public B ip6Flag(int ip6Flag) {
            this.ip6Flags |= ip6Flag;
            return self();
        }

        /**
         * {@code external}: a metadata-collecting tunnel, whose endpoints come per packet from
         * lightweight tunnels or tc (no other option goes with it).
         *
         * @return this builder
         */
        public B external() {
            this.external = true;
            return self();
        }

        /** @return the kind */
        protected final String kind() {
            return kind;
        }

        /** @return true if {@link #external()} was set */
        protected final boolean isExternal() {
            return external;
        }

        /** @return the ttl so far, 0 when unset */
        protected final int ttlOrZero() {
            return ttl == null ? 0 : ttl;
        }

        /** @return true unless {@code nopmtudisc} */
        protected final boolean pmtudisc() {
            return pmtudisc;
        }

        /** @return the remote so far, or null */
        protected final InetAddress remoteAddress() {
            return remote;
        }

        /** @return the local address so far, or null */
        protected final InetAddress localAddress() {
            return local;
        }

        /**
         * Checks the shared options: none for an external tunnel (besides
         * {@code kindOptionsSet}), else the endpoints' family, the ranges, and the IPv6
         * options only on an IPv6 kind.
         *
         * @param me the message prefix, {@code "gre gre1: "}
         * @param kindOptionsSet whether the kind's own options are set (for external)
         * @param otherFamily the kind(s) of the other family, for the message
         * @throws IllegalArgumentException saying what is wrong
         */
        protected final void validateTunnel(String me, boolean kindOptionsSet, String otherFamily) {
            if (external) {
                if (kindOptionsSet || remote != null || local != null || dev != null || ttl != null
                        || tos != 0 || !pmtudisc || fwmark != 0 || !TunnelEncap.NONE.equals(encap)
                        || flowLabel != 0 || ip6Flags != 0 || encapLimit != DEFAULT_ENCAP_LIMIT) {
                    throw new IllegalArgumentException(me + "an external tunnel takes its endpoints"
                            + " and options per packet; set none of them");
                }
                return;
            }
            boolean v6 = kind.startsWith("ip6");
            requireFamily(me, "remote", remote, v6, otherFamily);
            requireFamily(me, "local", local, v6, otherFamily);
            TunnelEndpoints.range(me, v6 ? "hoplimit" : "ttl", ttlOrZero(), 255);
            TunnelEndpoints.range(me, v6 ? "tclass" : "tos", tos, 255);
            if (v6) {
                if (!pmtudisc) {
                    throw new IllegalArgumentException(me + "nopmtudisc is an IPv4 option");
                }
                TunnelEndpoints.range(me, "encaplimit", encapLimit, 255);
                TunnelEndpoints.range(me, "flowlabel", flowLabel, 0xfffff);
            } else if (flowLabel != 0 || ip6Flags != 0 || encapLimit != DEFAULT_ENCAP_LIMIT) {
                throw new IllegalArgumentException(me + "encaplimit, flowlabel and the IPv6"
                        + " tunnel flags are options of " + otherFamily);
            }
        }

        private static void requireFamily(String me, String role, InetAddress address, boolean ipv6,
                String otherKind) {
            if (address != null && (address instanceof Inet6Address) != ipv6) {
                throw new IllegalArgumentException(me + role + " " + IpAddresses.format(address)
                        + " is " + (ipv6 ? "IPv4" : "IPv6") + "; this kind runs over "
                        + (ipv6 ? "IPv6" : "IPv4") + " (use " + otherKind + ")");
            }
        }
    }
}

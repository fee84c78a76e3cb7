package dev.jnetlink.codec.addr;

import dev.jnetlink.codec.RawAttribute;
import java.net.InetAddress;
import java.util.List;

/**
 * An interface address as the kernel describes it in {@code RTM_NEWADDR}: what one
 * {@code inet}/{@code inet6} line of {@code ip addr show} prints. Components are the
 * {@code IFA_*} attributes in the order an IPv4 address carries them (IPv6 uses another order,
 * which {@link AddressCodec} writes back); an attribute the kernel did not send is null.
 * Attributes this library does not model are kept in {@link #unknown()}.
 *
 * <p>For IPv4, {@code IFA_LOCAL} is the interface's address and {@code IFA_ADDRESS} the
 * prefix address, which differs only for a point-to-point peer; IPv6 sends only
 * {@code IFA_ADDRESS} unless there is a peer. {@link #ip()}, {@link #peer()} and
 * {@link #prefix()} hide that.
 *
 * @param header the {@code ifaddrmsg}: family, prefix length, scope, interface
 * @param targetNetnsid {@code IFA_TARGET_NETNSID}: the namespace a cross-namespace dump read
 * @param address {@code IFA_ADDRESS}
 * @param local {@code IFA_LOCAL}
 * @param broadcast {@code IFA_BROADCAST} ({@code brd})
 * @param label {@code IFA_LABEL} (IPv4: {@code eth0:1})
 * @param proto {@code IFA_PROTO}: who added it ({@code IFAPROT_*}: 1 loopback, 2 RA, 3 link-local)
 * @param flags {@code IFA_FLAGS}: all {@code IFA_F_*} bits, see {@link AddressFlags}
 * @param rtPriority {@code IFA_RT_PRIORITY}: the metric of the prefix route
 * @param cacheInfo {@code IFA_CACHEINFO}: lifetimes and timestamps
 * @param anycast {@code IFA_ANYCAST}
 * @param multicast {@code IFA_MULTICAST}
 * @param unknown attributes this library does not model, as received
 */
public record Address(
        IfAddrMsg header,
        Integer targetNetnsid,
        InetAddress address,
        InetAddress local,
        InetAddress broadcast,
        String label,
        Integer proto,
        Integer flags,
        Integer rtPriority,
        AddressCacheInfo cacheInfo,
        InetAddress anycast,
        InetAddress multicast,
        List<RawAttribute> unknown) {

    /** @return {@link AddressFamily#INET} or {@link AddressFamily#INET6} */
    public int family() {
        return header.family();
    }

    /** @return the interface index */
    public int index() {
        return header.index();
    }

    /** @return the prefix length */
    public int prefixLength() {
        return header.prefixLength();
    }

    /** @return the scope */
    public Scope scope() {
        return Scope.of(header.scope());
    }

    /** @return every {@code IFA_F_*} bit: {@code IFA_FLAGS} if sent, else the header's 8 */
    public int allFlags() {
        return flags != null ? flags : header.flags();
    }

    /**
     * @param flag an {@link AddressFlags} bit
     * @return true if it is set
     */
    public boolean hasFlag(int flag) {
        return (allFlags() & flag) != 0;
    }

    /** @return true while duplicate address detection has not finished (IPv6) */
    public boolean isTentative() {
        return hasFlag(AddressFlags.TENTATIVE);
    }

    /** @return true if duplicate address detection found another node using it (IPv6) */
    public boolean isDadFailed() {
        return hasFlag(AddressFlags.DADFAILED);
    }

    /** @return the interface's own address: {@code IFA_LOCAL} if sent, else {@code IFA_ADDRESS} */
    public InetAddress ip() {
        return local != null ? local : address != null ? address : anycast != null ? anycast
                : multicast;
    }

    /** @return the point-to-point peer ({@code peer} in {@code ip addr}), or null */
    public InetAddress peer() {
        return local != null && address != null && !local.equals(address) ? address : null;
    }

    /**
     * @return {@link #ip()} with the prefix length, e.g. {@code 10.1.0.101/24}: what
     *     {@code ip addr add} was given (for a point-to-point address the length belongs to
     *     the peer)
     */
    public Prefix prefix() {
        return new Prefix(ip(), prefixLength());
    }

    /** @return seconds of valid lifetime left, {@link AddressCacheInfo#FOREVER} for none */
    public long validLifetime() {
        return cacheInfo == null ? AddressCacheInfo.FOREVER : cacheInfo.valid();
    }

    /** @return seconds of preferred lifetime left, {@link AddressCacheInfo#FOREVER} for none */
    public long preferredLifetime() {
        return cacheInfo == null ? AddressCacheInfo.FOREVER : cacheInfo.preferred();
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
     * Builds an {@link Address} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private IfAddrMsg header;
        private Integer targetNetnsid;
        private InetAddress address;
        private InetAddress local;
        private InetAddress broadcast;
        private String label;
        private Integer proto;
        private Integer flags;
        private Integer rtPriority;
        private AddressCacheInfo cacheInfo;
        private InetAddress anycast;
        private InetAddress multicast;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(Address r) {
            header = r.header;
            targetNetnsid = r.targetNetnsid;
            address = r.address;
            local = r.local;
            broadcast = r.broadcast;
            label = r.label;
            proto = r.proto;
            flags = r.flags;
            rtPriority = r.rtPriority;
            cacheInfo = r.cacheInfo;
            anycast = r.anycast;
            multicast = r.multicast;
            unknown = r.unknown;
        }

        /**
         * @param header the {@code ifaddrmsg}: family, prefix length, scope, interface
         * @return this builder
         */
        public Builder header(IfAddrMsg header) {
            this.header = header;
            return this;
        }

        /**
         * @param targetNetnsid {@code IFA_TARGET_NETNSID}: the namespace a cross-namespace dump
         *     read
         * @return this builder
         */
        public Builder targetNetnsid(Integer targetNetnsid) {
            this.targetNetnsid = targetNetnsid;
            return this;
        }

        /**
         * @param address {@code IFA_ADDRESS}
         * @return this builder
         */
        public Builder address(InetAddress address) {
            this.address = address;
            return this;
        }

        /**
         * @param local {@code IFA_LOCAL}
         * @return this builder
         */
        public Builder local(InetAddress local) {
            this.local = local;
            return this;
        }

        /**
         * @param broadcast {@code IFA_BROADCAST} ({@code brd})
         * @return this builder
         */
        public Builder broadcast(InetAddress broadcast) {
            this.broadcast = broadcast;
            return this;
        }

        /**
         * @param label {@code IFA_LABEL} (IPv4: {@code eth0:1})
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * @param proto {@code IFA_PROTO}: who added it ({@code IFAPROT_*}: 1 loopback, 2 RA, 3
         *     link-local)
         * @return this builder
         */
        public Builder proto(Integer proto) {
            this.proto = proto;
            return this;
        }

        /**
         * @param flags {@code IFA_FLAGS}: all {@code IFA_F_*} bits, see {@link AddressFlags}
         * @return this builder
         */
        public Builder flags(Integer flags) {
            this.flags = flags;
            return this;
        }

        /**
         * @param rtPriority {@code IFA_RT_PRIORITY}: the metric of the prefix route
         * @return this builder
         */
        public Builder rtPriority(Integer rtPriority) {
            this.rtPriority = rtPriority;
            return this;
        }

        /**
         * @param cacheInfo {@code IFA_CACHEINFO}: lifetimes and timestamps
         * @return this builder
         */
        public Builder cacheInfo(AddressCacheInfo cacheInfo) {
            this.cacheInfo = cacheInfo;
            return this;
        }

        /**
         * @param anycast {@code IFA_ANYCAST}
         * @return this builder
         */
        public Builder anycast(InetAddress anycast) {
            this.anycast = anycast;
            return this;
        }

        /**
         * @param multicast {@code IFA_MULTICAST}
         * @return this builder
         */
        public Builder multicast(InetAddress multicast) {
            this.multicast = multicast;
            return this;
        }

        /**
         * @param unknown attributes this library does not model, as received
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link Address} */
        public Address build() {
            return new Address(header, targetNetnsid, address, local, broadcast, label, proto,
                    flags, rtPriority, cacheInfo, anycast, multicast, unknown);
        }
    }
}

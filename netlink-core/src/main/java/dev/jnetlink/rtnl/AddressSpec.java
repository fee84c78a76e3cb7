package dev.jnetlink.rtnl;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.AddressCacheInfo;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.AddressFlags;
import dev.jnetlink.codec.addr.IfAddrMsg;
import dev.jnetlink.codec.addr.Ifa;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.addr.Scope;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * An interface address to add, replace or delete: what {@code ip addr add ADDRESS/LEN dev DEV
 * ...} takes. Immutable; built and checked by {@link Builder#build()}, so a bad value fails
 * before any request is sent.
 *
 * <pre>{@code
 * rtnl.addresses().add(AddressSpec.of("veth0", "10.1.0.1/24").label("veth0:web"));
 * rtnl.addresses().add(AddressSpec.of("veth0", "2001:db8::1/64").noPrefixRoute().waitForDad(Duration.ofSeconds(3)));
 * }</pre>
 */
public final class AddressSpec {
    private static final int V6_ONLY = AddressFlags.NODAD | AddressFlags.OPTIMISTIC
            | AddressFlags.HOMEADDRESS | AddressFlags.MANAGETEMPADDR;

    private final String dev;
    private final Prefix local;
    private final Prefix peer;
    private final InetAddress broadcast;
    private final boolean noBroadcast;
    private final String label;
    private final Scope scope;
    private final int flags;
    private final Long validLifetime;
    private final Long preferredLifetime;
    private final Integer metric;
    private final Duration dadTimeout;

    private AddressSpec(Builder b) {
        this.dev = b.dev;
        this.local = b.local;
        this.peer = b.peer;
        this.broadcast = b.broadcast;
        this.noBroadcast = b.noBroadcast;
        this.label = b.label;
        this.scope = b.scope;
        this.flags = b.flags;
        this.validLifetime = b.validLifetime;
        this.preferredLifetime = b.preferredLifetime;
        this.metric = b.metric;
        this.dadTimeout = b.dadTimeout;
    }

    /**
     * Starts an address: {@code ip addr add PREFIX dev DEV}.
     *
     * @param dev the interface name
     * @param prefix {@code ADDRESS/LENGTH}, e.g. {@code 10.1.0.101/24}; a bare address is a /32 or /128
     * @return a builder
     * @throws IllegalArgumentException if the name or the prefix is invalid
     */
    public static Builder of(String dev, String prefix) {
        return new Builder(dev, Prefix.parse(prefix));
    }

    /**
     * @param dev the interface name
     * @param prefix the address and its prefix length
     * @return a builder
     */
    public static Builder of(String dev, Prefix prefix) {
        return new Builder(dev, Objects.requireNonNull(prefix, "prefix"));
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    /** @return the interface name */
    public String dev() {
        return dev;
    }

    /** @return the local address with the prefix length given */
    public Prefix local() {
        return local;
    }

    /** @return the point-to-point peer with its prefix length, or null */
    public Prefix peer() {
        return peer;
    }

    /** @return {@link AddressFamily#INET} or {@link AddressFamily#INET6} */
    public int family() {
        return local.family();
    }

    /** @return the prefix length sent: the peer's if there is one, else the local one's */
    public int prefixLength() {
        return peer != null ? peer.length() : local.length();
    }

    /**
     * @return the broadcast address sent: the one given, or for IPv4 without a peer and with a
     *     prefix of /30 or shorter the subnet's ({@code brd +}); null if none
     */
    public InetAddress broadcast() {
        if (broadcast != null || noBroadcast || family() != AddressFamily.INET || peer != null
                || local.length() > 30) {
            return broadcast;
        }
        return local.broadcast();
    }

    /** @return the label, or null */
    public String label() {
        return label;
    }

    /** @return the scope, or null for the kernel's choice */
    public Scope scope() {
        return scope;
    }

    /** @return the {@code IFA_F_*} flags requested */
    public int flags() {
        return flags;
    }

    /** @return seconds of valid lifetime, or null for forever */
    public Long validLifetime() {
        return validLifetime;
    }

    /** @return seconds of preferred lifetime, or null: forever, or the valid lifetime if one is set */
    public Long preferredLifetime() {
        return preferredLifetime;
    }

    private long valid() {
        return validLifetime != null ? validLifetime : AddressCacheInfo.FOREVER;
    }

    private long preferred() {
        return preferredLifetime != null ? preferredLifetime : valid();
    }

    /** @return the prefix route's metric, or null */
    public Integer metric() {
        return metric;
    }

    /** @return how long {@code add} waits for duplicate address detection, or null to not wait */
    public Duration dadTimeout() {
        return dadTimeout;
    }

    /**
     * Writes the request payload as {@code ip addr add/del} does, attribute for attribute:
     * {@code IFA_LOCAL}, the peer, metric, flags past 8 bits, label, {@code IFA_ADDRESS},
     * broadcast, lifetimes.
     *
     * @param w the writer, after the netlink header
     * @param index the interface's index
     * @param delete true for {@code RTM_DELADDR}: only what identifies the address
     */
    public void write(MessageWriter w, int index, boolean delete) {
        int headerFlags = flags <= 0xff ? flags : 0;
        int sc = scope != null ? scope.value() : defaultScope();
        new IfAddrMsg(family(), prefixLength(), delete ? 0 : headerFlags, delete && scope == null ? 0 : sc,
                index).write(w.buffer());
        w.putInet(Ifa.LOCAL, local.address());
        if (peer != null) {
            w.putInet(Ifa.ADDRESS, peer.address());
        }
        if (!delete && metric != null) {
            w.putU32(Ifa.RT_PRIORITY, metric);
        }
        if (!delete && flags > 0xff) {
            w.putU32(Ifa.FLAGS, flags);
        }
        if (label != null) {
            w.putString(Ifa.LABEL, label);
        }
        if (peer == null) {
            w.putInet(Ifa.ADDRESS, local.address());
        }
        InetAddress brd = delete ? broadcast : broadcast();
        if (brd != null) {
            w.putInet(Ifa.BROADCAST, brd);
        }
        if (!delete && (validLifetime != null || preferredLifetime != null)) {
            int m = w.beginAttribute(Ifa.CACHEINFO);
            HostOrder.writeI32(w.buffer(), (int) preferred());
            HostOrder.writeI32(w.buffer(), (int) valid());
            HostOrder.writeI32(w.buffer(), 0);
            HostOrder.writeI32(w.buffer(), 0);
            w.endAttribute(m);
        }
    }

    private int defaultScope() {
        // As iproute2: 127.0.0.0/8 is host scope; the kernel picks the rest.
        byte[] a = local.address().getAddress();
        return family() == AddressFamily.INET && a[0] == 127 ? Scope.HOST.value() : 0;
    }

    /** @return {@code 10.1.0.101/24 dev veth0}: how errors name the address */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (peer != null) {
            sb.append(IpAddresses.format(local.address())).append(" peer ").append(peer);
        } else {
            sb.append(local);
        }
        return sb.append(" dev ").append(dev).toString();
    }

    /** Builds an {@link AddressSpec}. */
    public static final class Builder {
        private final String dev;
        private final Prefix local;
        private Prefix peer;
        private InetAddress broadcast;
        private boolean noBroadcast;
        private String label;
        private Scope scope;
        private int flags;
        private Long validLifetime;
        private Long preferredLifetime;
        private Integer metric;
        private Duration dadTimeout;

        private Builder(String dev, Prefix local) {
            this.dev = InterfaceNames.validate(dev);
            this.local = local;
        }

        private Builder(AddressSpec s) {
            this.dev = s.dev;
            this.local = s.local;
            this.peer = s.peer;
            this.broadcast = s.broadcast;
            this.noBroadcast = s.noBroadcast;
            this.label = s.label;
            this.scope = s.scope;
            this.flags = s.flags;
            this.validLifetime = s.validLifetime;
            this.preferredLifetime = s.preferredLifetime;
            this.metric = s.metric;
            this.dadTimeout = s.dadTimeout;
        }

        /**
         * A point-to-point peer: {@code ip addr add LOCAL peer PEER/LEN}. The prefix length
         * sent is the peer's.
         *
         * @param peer {@code ADDRESS[/LEN]}
         * @return this builder
         */
        public Builder peer(String peer) {
            this.peer = Prefix.parse(peer);
            return this;
        }

        /**
         * @param broadcast the broadcast address ({@code brd ADDRESS}), IPv4 only
         * @return this builder
         */
        public Builder broadcast(String broadcast) {
            this.broadcast = IpAddresses.parse(broadcast);
            this.noBroadcast = false;
            return this;
        }

        /**
         * Sends no broadcast address. By default an IPv4 address gets its subnet's broadcast
         * address, as {@code ip addr add ... brd +} computes it.
         *
         * @return this builder
         */
        public Builder noBroadcast() {
            this.broadcast = null;
            this.noBroadcast = true;
            return this;
        }

        /**
         * @param label {@code label LABEL} (IPv4): the device name, or it followed by a colon
         *     and more, at most 15 bytes
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * @param scope {@code scope SCOPE}
         * @return this builder
         */
        public Builder scope(Scope scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        /** @return this builder, with {@code noprefixroute}: the kernel adds no prefix route */
        public Builder noPrefixRoute() {
            return flag(AddressFlags.NOPREFIXROUTE);
        }

        /** @return this builder, with {@code nodad} (IPv6): no duplicate address detection */
        public Builder noDad() {
            return flag(AddressFlags.NODAD);
        }

        /** @return this builder, with {@code optimistic} (IPv6): usable while DAD runs */
        public Builder optimistic() {
            return flag(AddressFlags.OPTIMISTIC);
        }

        /** @return this builder, with {@code home} (IPv6): a Mobile IPv6 home address */
        public Builder home() {
            return flag(AddressFlags.HOMEADDRESS);
        }

        /** @return this builder, with {@code mngtmpaddr} (IPv6): make temporary addresses from it */
        public Builder manageTempAddr() {
            return flag(AddressFlags.MANAGETEMPADDR);
        }

        /** @return this builder, with {@code autojoin}: join the multicast group */
        public Builder autojoin() {
            return flag(AddressFlags.MCAUTOJOIN);
        }

        private Builder flag(int f) {
            flags |= f;
            return this;
        }

        /**
         * @param seconds {@code valid_lft}: seconds before the address is removed
         * @return this builder
         */
        public Builder validLifetime(long seconds) {
            this.validLifetime = seconds;
            return this;
        }

        /**
         * @param seconds {@code preferred_lft}: seconds before it is deprecated; by default
         *     the valid lifetime (iproute2 instead refuses a valid lifetime without a preferred one)
         * @return this builder
         */
        public Builder preferredLifetime(long seconds) {
            this.preferredLifetime = seconds;
            return this;
        }

        /**
         * @param metric {@code metric N}: the metric of the prefix route the kernel adds
         * @return this builder
         */
        public Builder metric(int metric) {
            this.metric = metric;
            return this;
        }

        /**
         * Makes {@code add} wait until the address leaves the tentative state, as CNI's
         * {@code SettleAddresses} does, failing with {@link DadException} if duplicate address
         * detection fails or does not finish in time. IPv6 only.
         *
         * @param timeout the longest wait
         * @return this builder
         */
        public Builder waitForDad(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("DAD timeout must be positive, got " + timeout);
            }
            this.dadTimeout = timeout;
            return this;
        }

        /**
         * @return the spec
         * @throws IllegalArgumentException if the values do not fit together: a peer, a
         *     broadcast address or a label of the wrong family, an IPv6-only flag on IPv4, a
         *     label not made from the device name, lifetimes out of order
         */
        public AddressSpec build() {
            int family = local.family();
            String v = local.toString();
            if (peer != null && peer.family() != family) {
                throw new IllegalArgumentException("peer " + peer + " is not of the same family as " + v);
            }
            if (broadcast != null && (family != AddressFamily.INET || AddressFamily.of(broadcast) != family)) {
                throw new IllegalArgumentException("broadcast " + IpAddresses.format(broadcast)
                        + " does not fit " + v + ": only IPv4 addresses have an IPv4 broadcast address");
            }
            if (family == AddressFamily.INET && (flags & V6_ONLY) != 0) {
                throw new IllegalArgumentException("flags " + String.join(" ",
                        AddressFlags.names((flags & V6_ONLY) | AddressFlags.PERMANENT, family))
                        + " are for IPv6 addresses only, not " + v);
            }
            if (label != null) {
                if (family != AddressFamily.INET) {
                    throw new IllegalArgumentException("label \"" + label + "\": labels are for IPv4 addresses only");
                }
                int bytes = label.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > InterfaceNames.MAX_BYTES) {
                    throw new IllegalArgumentException("label \"" + label + "\" is " + bytes
                            + " bytes; at most " + InterfaceNames.MAX_BYTES);
                }
                if (!label.equals(dev) && !label.startsWith(dev + ":")) {
                    throw new IllegalArgumentException("label \"" + label + "\" must be \"" + dev
                            + "\" or start with \"" + dev + ":\"");
                }
            }
            if (validLifetime != null && (validLifetime <= 0 || validLifetime > AddressCacheInfo.FOREVER)) {
                throw new IllegalArgumentException("valid lifetime must be 1 to "
                        + AddressCacheInfo.FOREVER + " seconds, got " + validLifetime);
            }
            if (preferredLifetime != null && (preferredLifetime < 0 || preferredLifetime > AddressCacheInfo.FOREVER)) {
                throw new IllegalArgumentException("preferred lifetime must be 0 to "
                        + AddressCacheInfo.FOREVER + " seconds, got " + preferredLifetime);
            }
            long valid = validLifetime != null ? validLifetime : AddressCacheInfo.FOREVER;
            long preferred = preferredLifetime != null ? preferredLifetime : valid;
            if (preferred > valid) {
                throw new IllegalArgumentException("preferred lifetime " + preferred
                        + " exceeds valid lifetime " + valid);
            }
            if (dadTimeout != null && family != AddressFamily.INET6) {
                throw new IllegalArgumentException("waitForDad: " + v
                        + " is IPv4, which has no duplicate address detection");
            }
            return new AddressSpec(this);
        }
    }
}

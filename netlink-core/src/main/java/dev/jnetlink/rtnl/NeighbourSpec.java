package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.neigh.Nda;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.NeighbourFlags;
import dev.jnetlink.codec.neigh.NeighbourState;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A neighbour (ARP or NDP) entry to add, replace or delete: what {@code ip neigh add ADDRESS
 * lladdr MAC dev DEV nud STATE} takes. Immutable; checked by {@link Builder#build()}.
 *
 * <pre>{@code
 * rtnl.neighbours().add(NeighbourSpec.of("10.1.0.2", "veth0").lladdr("02:00:00:00:00:02"));
 * rtnl.neighbours().add(NeighbourSpec.of("10.1.0.77", "veth0").proxy());
 * }</pre>
 */
public final class NeighbourSpec {
    private final InetAddress dst;
    private final String dev;
    private final MacAddress lladdr;
    private final NeighbourState state;
    private final int flags;

    private NeighbourSpec(Builder b) {
        this.dst = b.dst;
        this.dev = b.dev;
        this.lladdr = b.lladdr;
        this.state = b.state;
        this.flags = b.flags;
    }

    /**
     * Starts an entry: {@code ip neigh add ADDRESS dev DEV}, permanent unless told otherwise.
     *
     * @param address the neighbour's IPv4 (ARP) or IPv6 (NDP) address
     * @param dev the interface
     * @return a builder
     * @throws IllegalArgumentException if the address or name is invalid
     */
    public static Builder of(String address, String dev) {
        return new Builder(IpAddresses.parse(address), dev);
    }

    /**
     * @param address the neighbour's address
     * @param dev the interface
     * @return a builder
     */
    public static Builder of(InetAddress address, String dev) {
        return new Builder(Objects.requireNonNull(address, "address"), dev);
    }

    /** @return the neighbour's address */
    public InetAddress address() {
        return dst;
    }

    /** @return the interface */
    public String dev() {
        return dev;
    }

    /** @return the link-layer address, or null */
    public MacAddress lladdr() {
        return lladdr;
    }

    /** @return the state */
    public NeighbourState state() {
        return state;
    }

    /** @return the {@code NTF_*} flags */
    public int flags() {
        return flags;
    }

    /**
     * Writes the request payload as {@code ip neigh add/del} does: {@code ndmsg},
     * {@code NDA_DST}, {@code NDA_LLADDR}.
     *
     * @param w the writer, after the netlink header
     * @param index the interface's index
     * @param delete true for {@code RTM_DELNEIGH}: no link-layer address
     */
    public void write(MessageWriter w, int index, boolean delete) {
        new NdMsg(AddressFamily.of(dst), index, state.bits(), flags, 0).write(w.buffer());
        w.putInet(Nda.DST, dst);
        if (!delete && lladdr != null) {
            w.putMac(Nda.LLADDR, lladdr);
        }
    }

    /** @return {@code 10.1.0.2 dev veth0 [proxy]}: how errors name the entry */
    @Override
    public String toString() {
        return IpAddresses.format(dst) + " dev " + dev + ((flags & NeighbourFlags.PROXY) != 0 ? " proxy" : "");
    }

    /** Builds a {@link NeighbourSpec}. */
    public static final class Builder {
        private final InetAddress dst;
        private final String dev;
        private MacAddress lladdr;
        private NeighbourState state = NeighbourState.PERMANENT;
        private int flags;

        private Builder(InetAddress dst, String dev) {
            this.dst = dst;
            this.dev = InterfaceNames.validate(dev);
        }

        /**
         * @param mac {@code lladdr MAC}, e.g. {@code 02:00:00:00:00:02}
         * @return this builder
         */
        public Builder lladdr(String mac) {
            this.lladdr = MacAddress.parse(mac);
            return this;
        }

        /**
         * @param mac {@code lladdr MAC}
         * @return this builder
         */
        public Builder lladdr(MacAddress mac) {
            this.lladdr = Objects.requireNonNull(mac, "mac");
            return this;
        }

        /**
         * @param s {@code nud STATE}: {@link NeighbourState#PERMANENT} (the default),
         *     {@link NeighbourState#REACHABLE}, {@link NeighbourState#STALE},
         *     {@link NeighbourState#NOARP}, ...
         * @return this builder
         */
        public Builder state(NeighbourState s) {
            this.state = Objects.requireNonNull(s, "state");
            return this;
        }

        /** @return this builder, for a proxy ARP/NDP entry: {@code ip neigh add proxy ADDRESS dev DEV} */
        public Builder proxy() {
            flags |= NeighbourFlags.PROXY;
            return this;
        }

        /** @return this builder, marking the neighbour an IPv6 router ({@code router}) */
        public Builder router() {
            flags |= NeighbourFlags.ROUTER;
            return this;
        }

        /**
         * @return the spec
         * @throws IllegalArgumentException for a proxy entry with a link-layer address, or a
         *     router flag on IPv4
         */
        public NeighbourSpec build() {
            if ((flags & NeighbourFlags.PROXY) != 0 && lladdr != null) {
                throw new IllegalArgumentException("proxy entry " + IpAddresses.format(dst)
                        + ": a proxy entry has no link-layer address");
            }
            if ((flags & NeighbourFlags.ROUTER) != 0 && AddressFamily.of(dst) != AddressFamily.INET6) {
                throw new IllegalArgumentException("router flag: only IPv6 neighbours are routers, not "
                        + IpAddresses.format(dst));
            }
            return new NeighbourSpec(this);
        }
    }
}

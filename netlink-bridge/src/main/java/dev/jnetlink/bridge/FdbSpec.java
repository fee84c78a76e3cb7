package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.FdbEntry;
import dev.jnetlink.bridge.codec.BridgeLinkCodec;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.NeighbourFlags;
import dev.jnetlink.rtnl.InterfaceNames;
import java.net.InetAddress;
import java.util.Objects;

/**
 * An FDB entry to add, append, replace or delete: the arguments of {@code bridge fdb
 * add|append|replace|del LLADDR dev DEV ...}. Where the entry goes must be said:
 * {@link Builder#master()} for the bridge's FDB (a MAC reachable through a port) or
 * {@link Builder#self()} for the device's own table (a VXLAN device's remote VTEPs, a port's
 * unicast filter); iproute2 picks {@code self} when neither is given, which surprises, so
 * this class asks.
 *
 * <pre>{@code
 * FdbSpec.builder("02:00:00:00:00:aa", "veth0").master().state(FdbState.STATIC).vlan(10).build();
 * FdbSpec.builder("00:00:00:00:00:00", "vxlan0").self().state(FdbState.PERMANENT)
 *         .dst(InetAddress.getByName("10.0.0.2")).build();
 * }</pre>
 */
public final class FdbSpec {
    private final MacAddress mac;
    private final String dev;
    private final boolean master;
    private final boolean self;
    private final FdbState state;
    private final boolean sticky;
    private final boolean externallyLearned;
    private final Integer vlan;
    private final InetAddress dst;
    private final Integer port;
    private final Integer vni;
    private final Integer srcVni;
    private final String via;

    private FdbSpec(Builder b) {
        this.mac = b.mac;
        this.dev = b.dev;
        this.master = b.master;
        this.self = b.self;
        this.state = b.state;
        this.sticky = b.sticky;
        this.externallyLearned = b.externallyLearned;
        this.vlan = b.vlan;
        this.dst = b.dst;
        this.port = b.port;
        this.vni = b.vni;
        this.srcVni = b.srcVni;
        this.via = b.via;
    }

    /**
     * @param mac the MAC address, {@code aa:bb:cc:dd:ee:ff}
     * @param dev the port or device ({@code dev DEV})
     * @return a builder
     * @throws IllegalArgumentException if the text is not a MAC address
     */
    public static Builder builder(String mac, String dev) {
        return builder(MacAddress.parse(mac), dev);
    }

    /**
     * @param mac the MAC address
     * @param dev the port or device ({@code dev DEV})
     * @return a builder
     */
    public static Builder builder(MacAddress mac, String dev) {
        return new Builder(mac, dev);
    }

    /** @return the MAC address */
    public MacAddress mac() {
        return mac;
    }

    /** @return the port or device's name */
    public String dev() {
        return dev;
    }

    /** @return true if the entry goes to the master's FDB ({@code master}) */
    public boolean isMaster() {
        return master;
    }

    /** @return true if the entry goes to the device's own table ({@code self}) */
    public boolean isSelf() {
        return self;
    }

    /** @return the {@code via} device's name, or null */
    public String via() {
        return via;
    }

    /**
     * @param devIndex the index of {@link #dev()}
     * @param viaIndex the index of {@link #via()}, or null
     * @return the message that carries this entry
     */
    FdbEntry toEntry(int devIndex, Integer viaIndex) {
        int flags = (master ? NeighbourFlags.MASTER : 0) | (self ? NeighbourFlags.SELF : 0)
                | (sticky ? NeighbourFlags.STICKY : 0)
                | (externallyLearned ? NeighbourFlags.EXT_LEARNED : 0);
        return FdbEntry.builder()
                .header(new NdMsg(BridgeLinkCodec.AF_BRIDGE, devIndex, state.nud(), flags, 0))
                .lladdr(mac)
                .dst(dst)
                .port(port)
                .vni(vni)
                .srcVni(srcVni)
                .ifindex(viaIndex)
                .vlan(vlan)
                .build();
    }

    /** Reads like the arguments: {@code 02:00:00:00:00:aa dev veth0 master static vlan 10}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(mac).append(" dev ").append(dev);
        if (self) {
            sb.append(" self");
        }
        if (master) {
            sb.append(" master");
        }
        sb.append(' ').append(state.name().toLowerCase(java.util.Locale.ROOT));
        if (sticky) {
            sb.append(" sticky");
        }
        if (externallyLearned) {
            sb.append(" extern_learn");
        }
        if (vlan != null) {
            sb.append(" vlan ").append(vlan);
        }
        if (dst != null) {
            sb.append(" dst ").append(dst.getHostAddress());
        }
        if (port != null) {
            sb.append(" port ").append(port);
        }
        if (vni != null) {
            sb.append(" vni ").append(vni);
        }
        if (srcVni != null) {
            sb.append(" src_vni ").append(srcVni);
        }
        if (via != null) {
            sb.append(" via ").append(via);
        }
        return sb.toString();
    }

    /** Builds an {@link FdbSpec}; {@link #build()} validates. */
    public static final class Builder {
        private final MacAddress mac;
        private final String dev;
        private boolean master;
        private boolean self;
        private FdbState state = FdbState.STATIC;
        private boolean sticky;
        private boolean externallyLearned;
        private Integer vlan;
        private InetAddress dst;
        private Integer port;
        private Integer vni;
        private Integer srcVni;
        private String via;

        private Builder(MacAddress mac, String dev) {
            this.mac = Objects.requireNonNull(mac, "mac");
            this.dev = dev;
        }

        /**
         * The entry goes in the FDB of the bridge {@code dev} is a port of ({@code master}).
         *
         * @return this builder
         */
        public Builder master() {
            this.master = true;
            return this;
        }

        /**
         * The entry goes in the device's own table ({@code self}): a VXLAN device's FDB, a
         * bridge's own entries (on the bridge device itself), a port's unicast filter.
         *
         * @return this builder
         */
        public Builder self() {
            this.self = true;
            return this;
        }

        /**
         * @param state {@code permanent}, {@code static} (the default here) or {@code dynamic}
         * @return this builder
         */
        public Builder state(FdbState state) {
            this.state = Objects.requireNonNull(state, "state");
            return this;
        }

        /**
         * {@code sticky}: the entry never moves to another port.
         *
         * @return this builder
         */
        public Builder sticky() {
            this.sticky = true;
            return this;
        }

        /**
         * {@code extern_learn}: learned by an external control plane.
         *
         * @return this builder
         */
        public Builder externallyLearned() {
            this.externallyLearned = true;
            return this;
        }

        /**
         * @param vid {@code vlan VID}: the VLAN the entry is for, 1 to 4094 (the bridge must
         *     have the VLAN on the port)
         * @return this builder
         */
        public Builder vlan(int vid) {
            this.vlan = vid;
            return this;
        }

        /**
         * @param address {@code dst IPADDR}: the remote VTEP (VXLAN)
         * @return this builder
         */
        public Builder dst(InetAddress address) {
            this.dst = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param udpPort {@code port PORT}: the remote UDP port (VXLAN), 1 to 65535
         * @return this builder
         */
        public Builder port(int udpPort) {
            this.port = udpPort;
            return this;
        }

        /**
         * @param vni {@code vni VNI}: the remote VNI (VXLAN), 0 to 2<sup>24</sup>-1
         * @return this builder
         */
        public Builder vni(int vni) {
            this.vni = vni;
            return this;
        }

        /**
         * @param vni {@code src_vni VNI} (VXLAN in collect-metadata mode)
         * @return this builder
         */
        public Builder srcVni(int vni) {
            this.srcVni = vni;
            return this;
        }

        /**
         * @param dev {@code via DEV}: the interface to reach the VTEP through (VXLAN)
         * @return this builder
         */
        public Builder via(String dev) {
            this.via = dev;
            return this;
        }

        /**
         * @return the spec
         * @throws IllegalArgumentException naming what is wrong: a MAC that is not 6 bytes, a
         *     zero MAC for the bridge's FDB, no {@code master}/{@code self}, a VLAN, port or
         *     VNI out of range, a bad device name
         */
        public FdbSpec build() {
            InterfaceNames.validate(dev);
            if (via != null) {
                InterfaceNames.validate(via);
            }
            if (!mac.isEthernet()) {
                throw new IllegalArgumentException("FDB MAC " + mac + " is " + mac.length()
                        + " bytes; an Ethernet address has 6");
            }
            if (master && mac.isZero()) {
                throw new IllegalArgumentException("a bridge FDB entry cannot be for"
                        + " 00:00:00:00:00:00 (only a VXLAN device's own table takes it, with self)");
            }
            if (!master && !self) {
                throw new IllegalArgumentException("say where the FDB entry for " + mac + " goes:"
                        + " master() for the bridge's FDB or self() for " + dev + "'s own table");
            }
            if (vlan != null) {
                VlanSpec.checkVid(vlan);
            }
            if (port != null && (port < 1 || port > 65535)) {
                throw new IllegalArgumentException("UDP port must be 1..65535, got " + port);
            }
            checkVni("vni", vni);
            checkVni("src_vni", srcVni);
            return new FdbSpec(this);
        }

        private static void checkVni(String what, Integer v) {
            if (v != null && (v < 0 || v > 0xff_ffff)) {
                throw new IllegalArgumentException(what + " must be 0.." + 0xff_ffff + ", got " + v);
            }
        }
    }
}

package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.IflaInfo;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.InterfaceNames;
import java.util.Objects;

/**
 * What {@code ip link add} needs to create a link: the options every kind shares (name, MTU,
 * MAC, txqueuelen, group, master, up, target namespace) and, in each subclass, the kind's own.
 * Specs are immutable; build one with its kind's builder (validated in {@code build()}), and
 * derive a variant with {@code newBuilder()}.
 *
 * <p>A kind this library has no class for can still be created with a generic spec that takes raw attributes.
 */
public abstract class LinkSpec {
    private final String name;
    private final Integer mtu;
    private final MacAddress mac;
    private final Integer txqlen;
    private final Integer group;
    private final String master;
    private final boolean up;
    private final NetNs netns;

    /**
     * @param b the builder, already validated
     */
    protected LinkSpec(Builder<?> b) {
        this.name = b.name;
        this.mtu = b.mtu;
        this.mac = b.mac;
        this.txqlen = b.txqlen;
        this.group = b.group;
        this.master = b.master;
        this.up = b.up;
        this.netns = b.netns;
    }

    /** @return the kind as {@code IFLA_INFO_KIND} carries it, e.g. {@code veth} */
    public abstract String kind();

    /** @return the link's name */
    public String name() {
        return name;
    }

    /** @return the MTU, or null for the kernel's default */
    public Integer mtu() {
        return mtu;
    }

    /** @return the MAC address, or null for a random one */
    public MacAddress mac() {
        return mac;
    }

    /** @return the transmit queue length, or null for the default */
    public Integer txqlen() {
        return txqlen;
    }

    /** @return the link group, or null */
    public Integer group() {
        return group;
    }

    /** @return the master's name (bridge or bond), or null */
    public String master() {
        return master;
    }

    /** @return true to create the link administratively up */
    public boolean up() {
        return up;
    }

    /** @return the namespace to create the link in, or null for the request's namespace */
    public NetNs netns() {
        return netns;
    }

    /**
     * Writes the {@code RTM_NEWLINK} payload: {@code ifinfomsg}, the common attributes, the
     * kind's top-level attributes, then {@code IFLA_LINKINFO}.
     *
     * @param w the writer, after the netlink header
     * @param ctx resolves names of other links to indexes
     */
    public final void write(MessageWriter w, SpecContext ctx) {
        int flags = up ? LinkFlags.UP : 0;
        new IfInfoMsg(0, 0, 0, flags, flags).write(w.buffer());
        w.putString(Ifla.IFNAME, name);
        writeCommon(w, mtu, mac, txqlen);
        if (group != null) {
            w.putU32(Ifla.GROUP, group);
        }
        if (master != null) {
            w.putU32(Ifla.MASTER, ctx.indexOf(master));
        }
        if (netns != null) {
            w.putU32(Ifla.NET_NS_FD, netns.fd());
        }
        writeLinkAttributes(w, ctx);
        int info = w.beginNested(Ifla.LINKINFO);
        // Sent without a NUL, as iproute2 does; the kernel accepts both.
        w.putStringNoNul(IflaInfo.KIND, kind());
        if (hasInfoData()) {
            int data = w.beginNested(IflaInfo.DATA);
            writeInfoData(w, ctx);
            w.endNested(data);
        }
        w.endNested(info);
    }

    /**
     * Writes MTU, address and queue length, in the order iproute2 sends them.
     *
     * @param w the writer
     * @param mtu or null
     * @param mac or null
     * @param txqlen or null
     */
    protected static void writeCommon(MessageWriter w, Integer mtu, MacAddress mac, Integer txqlen) {
        if (mtu != null) {
            w.putU32(Ifla.MTU, mtu);
        }
        if (txqlen != null) {
            w.putU32(Ifla.TXQLEN, txqlen);
        }
        if (mac != null) {
            w.putMac(Ifla.ADDRESS, mac);
        }
    }

    /**
     * Writes the kind's top-level attributes (e.g. {@code IFLA_LINK} for the parent of a
     * macvlan). Default: none.
     *
     * @param w the writer
     * @param ctx resolves names to indexes
     */
    protected void writeLinkAttributes(MessageWriter w, SpecContext ctx) {
    }

    /** @return true if the kind sends {@code IFLA_INFO_DATA} */
    protected boolean hasInfoData() {
        return false;
    }

    /**
     * Writes the content of {@code IFLA_INFO_DATA}. Called only if {@link #hasInfoData()}.
     *
     * @param w the writer, inside the nest
     * @param ctx resolves names to indexes
     */
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
    }

    /**
     * Checks the common options; kinds call this from their builders' {@code build()}.
     *
     * @param b the builder
     */
    protected static void validateCommon(Builder<?> b) {
        InterfaceNames.validate(b.name);
        if (b.master != null) {
            InterfaceNames.validate(b.master);
        }
        validateMtu(b.mtu);
        validateMac(b.mac);
        if (b.txqlen != null && b.txqlen < 0) {
            throw new IllegalArgumentException("txqueuelen must be >= 0, got " + b.txqlen);
        }
    }

    /**
     * @param mtu an MTU or null
     * @throws IllegalArgumentException if outside 68 to 65535 bytes
     */
    protected static void validateMtu(Integer mtu) {
        if (mtu != null && (mtu < 68 || mtu > 65535)) {
            throw new IllegalArgumentException("MTU " + mtu + " is outside 68..65535 (devices may"
                    + " narrow this further: see minmtu/maxmtu in `ip -d link show`)");
        }
    }

    /**
     * @param mac a MAC or null
     * @throws IllegalArgumentException if not 6 bytes, multicast or all zero
     */
    protected static void validateMac(MacAddress mac) {
        if (mac == null) {
            return;
        }
        if (!mac.isEthernet()) {
            throw new IllegalArgumentException("MAC address " + mac + " is " + mac.length()
                    + " bytes; an Ethernet address has 6");
        }
        if (mac.isMulticast()) {
            throw new IllegalArgumentException("MAC address " + mac
                    + " is a multicast address (lowest bit of the first byte set)");
        }
        if (mac.isZero()) {
            throw new IllegalArgumentException("MAC address 00:00:00:00:00:00 is not valid");
        }
    }

    /**
     * The common part of every kind's builder.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private String name;
        private Integer mtu;
        private MacAddress mac;
        private Integer txqlen;
        private Integer group;
        private String master;
        private boolean up;
        private NetNs netns;

        /** @param name the link's name */
        protected Builder(String name) {
            this.name = name;
        }

        /**
         * @param spec copies the common options of this spec
         */
        protected Builder(LinkSpec spec) {
            this.name = spec.name;
            this.mtu = spec.mtu;
            this.mac = spec.mac;
            this.txqlen = spec.txqlen;
            this.group = spec.group;
            this.master = spec.master;
            this.up = spec.up;
            this.netns = spec.netns;
        }

        /** @return this builder as its concrete type */
        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }

        /** @return the name so far */
        protected final String name() {
            return name;
        }

        /** @return the target namespace so far, or null */
        protected final NetNs targetNetns() {
            return netns;
        }

        /**
         * @param name the link's name ({@code ip link add name NAME})
         * @return this builder
         */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /**
         * @param mtu {@code ip link add ... mtu MTU}
         * @return this builder
         */
        public B mtu(int mtu) {
            this.mtu = mtu;
            return self();
        }

        /**
         * @param mac {@code ip link add ... address MAC}
         * @return this builder
         */
        public B mac(MacAddress mac) {
            this.mac = Objects.requireNonNull(mac, "mac");
            return self();
        }

        /**
         * @param mac {@code ip link add ... address aa:bb:cc:dd:ee:ff}
         * @return this builder
         */
        public B mac(String mac) {
            return mac(MacAddress.parse(mac));
        }

        /**
         * @param txqlen {@code ip link add ... txqueuelen N}
         * @return this builder
         */
        public B txqlen(int txqlen) {
            this.txqlen = txqlen;
            return self();
        }

        /**
         * @param group {@code ip link add ... group N}
         * @return this builder
         */
        public B group(int group) {
            this.group = group;
            return self();
        }

        /**
         * @param master {@code ip link add ... master BRIDGE}: enslave at creation
         * @return this builder
         */
        public B master(String master) {
            this.master = master;
            return self();
        }

        /**
         * Creates the link administratively up ({@code ip link add ... up}).
         *
         * @return this builder
         */
        public B up() {
            this.up = true;
            return self();
        }

        /**
         * Creates the link directly in a namespace ({@code ip link add ... netns NAME}), with
         * no later move.
         *
         * @param ns the namespace; its handle must stay open until the link is created
         * @return this builder
         */
        public B netns(NetNs ns) {
            this.netns = Objects.requireNonNull(ns, "ns");
            return self();
        }

        /**
         * Validates and builds the spec.
         *
         * @return the spec
         * @throws IllegalArgumentException saying what is wrong
         */
        public abstract LinkSpec build();
    }
}

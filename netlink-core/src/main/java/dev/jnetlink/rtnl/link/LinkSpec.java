package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.IflaInfo;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.InterfaceNames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code ip link add} needs to create a link: the options every kind shares (name, MTU,
 * MAC, txqueuelen, group, master, alias, up, target namespace) and, in each subclass, the
 * kind's own. Specs are immutable; build one with its kind's builder (validated in
 * {@code build()}), and derive a variant with {@code newBuilder()}.
 *
 * <p>The request is written as {@code ip link add [link DEV] name NAME [txqueuelen N]
 * [address MAC] [mtu MTU] [group G] [master M] [alias A] [netns NS] [up] type KIND ...} sends
 * it, attribute for attribute, so the bytes can be compared with iproute2's.
 *
 * <p>A kind this library has no class for can still be created with {@link GenericLink}.
 */
public abstract class LinkSpec {
    /** Longest alias in bytes ({@code IFALIASZ} - 1). */
    public static final int MAX_ALIAS_BYTES = 255;
    /** {@code ETH_MIN_MTU}. */
    public static final int ETH_MIN_MTU = 68;
    /** {@code ETH_MAX_MTU}. */
    public static final int ETH_MAX_MTU = 65535;

    private final String name;
    private final Integer mtu;
    private final MacAddress mac;
    private final Integer txqlen;
    private final Integer group;
    private final String master;
    private final String alias;
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
        this.alias = b.alias;
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

    /**
     * @return the alias ({@code ifalias}), or null. The kernel ignores an alias in a create
     *     request, so {@link dev.jnetlink.rtnl.Links#add(LinkSpec)} sets it with a second one.
     */
    public String alias() {
        return alias;
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
     * @return every namespace handle the request names by fd (this link's target namespace,
     *     and for kinds such as veth the peer's), which the request must keep open while it is
     *     sent: see {@link NetNs#lease()}; the handles behind {@code netns NAME} and
     *     {@code peer netns NAME} in {@code ip link add}
     */
    public List<NetNs> namespaces() {
        return netns == null ? List.of() : List.of(netns);
    }

    /**
     * The links this spec names in the request's namespace (its master, its parent), which
     * the client looks up, and hands to {@link #checkReference}, before it sends anything.
     *
     * @return the references, master first
     */
    public final List<LinkRef> references() {
        List<LinkRef> refs = new ArrayList<>(2);
        if (master != null) {
            refs.add(LinkRef.named("master", master));
        }
        kindReferences(refs);
        return refs;
    }

    /**
     * Adds the kind's references (parent, underlay device). Default: none.
     *
     * @param refs receives them
     */
    protected void kindReferences(List<LinkRef> refs) {
    }

    /**
     * Checks a referenced link before the request is sent: what the library can judge from it
     * (a macvlan's parent must be an Ethernet device, not loopback). Default: nothing.
     *
     * @param ref the reference, one of {@link #references()}
     * @param link the link it names, as the kernel described it
     * @throws IllegalArgumentException if the link cannot play that role
     */
    public void checkReference(LinkRef ref, Link link) {
    }

    /**
     * Writes the {@code RTM_NEWLINK} payload: {@code ifinfomsg}, the common attributes, the
     * kind's top-level attributes, the name, then {@code IFLA_LINKINFO}.
     *
     * @param w the writer, after the netlink header
     * @param ctx resolves names of other links to indexes
     */
    public final void write(MessageWriter w, SpecContext ctx) {
        String as = ctx.createAs(name);
        int flags = up ? LinkFlags.UP : 0;
        new IfInfoMsg(0, 0, 0, flags, flags).write(w.buffer());
        writeCommon(w, txqlen, mac, mtu);
        if (group != null) {
            w.putU32(Ifla.GROUP, group);
        }
        if (master != null) {
            w.putU32(Ifla.MASTER, ctx.indexOf(master));
        }
        if (alias != null) {
            // Sent as iproute2 does; the kernel ignores it on create, Links.add sets it after.
            w.putStringNoNul(Ifla.IFALIAS, alias);
        }
        if (netns != null && as.equals(name)) {
            w.putU32(Ifla.NET_NS_FD, netns.fd());
        }
        writeLinkAttributes(w, ctx);
        w.putString(Ifla.IFNAME, as);
        writeLinkInfo(w, ctx);
    }

    private void writeLinkInfo(MessageWriter w, SpecContext ctx) {
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
     * Writes the {@code RTM_NEWLINK} payload that changes an existing link's kind options, as
     * {@code ip link set dev NAME type KIND OPTIONS} does: {@code ifinfomsg} with the link's
     * index, then {@code IFLA_LINKINFO} with the kind and its {@code IFLA_INFO_DATA}. Only the
     * kind's options are sent; the common ones (MTU, MAC, ...) have setters of their own.
     *
     * @param w the writer, after the netlink header
     * @param index the link's index
     * @param ctx resolves names of other links to indexes
     */
    public final void writeChange(MessageWriter w, int index, SpecContext ctx) {
        new IfInfoMsg(0, 0, index, 0, 0).write(w.buffer());
        writeLinkInfo(w, ctx);
    }

    /**
     * Writes queue length, address and MTU, in the order {@code ip link add} sends them for
     * {@code txqueuelen N address MAC mtu MTU}.
     *
     * @param w the writer
     * @param txqlen or null
     * @param mac or null
     * @param mtu or null
     */
    protected static void writeCommon(MessageWriter w, Integer txqlen, MacAddress mac, Integer mtu) {
        if (txqlen != null) {
            w.putU32(Ifla.TXQLEN, txqlen);
        }
        if (mac != null) {
            w.putMac(Ifla.ADDRESS, mac);
        }
        if (mtu != null) {
            w.putU32(Ifla.MTU, mtu);
        }
    }

    /**
     * Writes the kind's top-level attributes before the name (e.g. {@code IFLA_LINK} for the
     * parent of a macvlan). Default: none.
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
     * Writes the content of {@code IFLA_INFO_DATA}. Called only if {@link #hasInfoData()}. A
     * kind builds the record its replies decode to and encodes it through that record's table,
     * in the order its tool sends the attributes
     * ({@link dev.jnetlink.codec.AttributeSetCodec#withRequestOrder}), so its attributes are
     * described once: {@code REQUEST.encode(w, toInfo())}.
     *
     * @param w the writer, inside the nest
     * @param ctx resolves names to indexes
     */
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
    }

    /**
     * Checks that a referenced link is an Ethernet device other than loopback, as macvlan,
     * macvtap, ipvlan and VLAN parents must be.
     *
     * @param ref the reference
     * @param link the link
     * @throws IllegalArgumentException if it is loopback or not Ethernet
     */
    protected final void requireEthernetParent(LinkRef ref, Link link) {
        if ((link.flags() & LinkFlags.LOOPBACK) != 0) {
            throw new IllegalArgumentException(kind() + " " + name + ": " + ref.role() + " "
                    + link.name() + " is a loopback device; a " + kind()
                    + " needs an Ethernet " + ref.role());
        }
        if (link.deviceType() != 1) {
            throw new IllegalArgumentException(kind() + " " + name + ": " + ref.role() + " "
                    + link.name() + " is not an Ethernet device (link/" + link.deviceTypeName()
                    + "); a " + kind() + " needs an Ethernet " + ref.role());
        }
    }

    /**
     * Checks the common options; kinds call this from their builders' {@code build()}.
     *
     * @param b the builder
     * @throws IllegalArgumentException saying what is wrong
     */
    protected static void validateCommon(Builder<?> b) {
        InterfaceNames.validate(b.name);
        if (b.master != null) {
            InterfaceNames.validate(b.master);
            if (b.netns != null) {
                throw new IllegalArgumentException(b.name + ": master " + b.master + " would be"
                        + " looked up in the target namespace " + b.netns.describe()
                        + ", not this one; create the link with a client opened in that"
                        + " namespace (Rtnl.openIn) to enslave it at creation");
            }
        }
        if (b.ethernetMtuRange()) {
            validateMtu(b.mtu);
        } else if (b.mtu != null && b.mtu <= 0) {
            throw new IllegalArgumentException("MTU must be positive, got " + b.mtu);
        }
        validateTxqlen(b.txqlen, "txqueuelen");
        validateMac(b.mac);
        validateAlias(b.alias);
    }

    /**
     * @param txqlen a queue length or null
     * @param what its name in the message
     * @throws IllegalArgumentException if negative
     */
    protected static void validateTxqlen(Integer txqlen, String what) {
        if (txqlen != null && txqlen < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + txqlen);
        }
    }

    /**
     * Checks an Ethernet MTU: {@value #ETH_MIN_MTU} to {@value #ETH_MAX_MTU}. The device
     * may narrow this further (a VXLAN's or a macvlan's maximum follows its underlay); the
     * kernel says so.
     *
     * @param mtu an MTU or null
     * @throws IllegalArgumentException if outside the range
     */
    protected static void validateMtu(Integer mtu) {
        if (mtu != null && (mtu < ETH_MIN_MTU || mtu > ETH_MAX_MTU)) {
            throw new IllegalArgumentException("MTU " + mtu + " is outside " + ETH_MIN_MTU + ".."
                    + ETH_MAX_MTU + ", the Ethernet range (devices may narrow it further: see"
                    + " minmtu/maxmtu in `ip -d link show`)");
        }
    }

    /**
     * @param mac a MAC or null
     * @throws IllegalArgumentException if not 6 bytes, multicast or all zero
     */
    public static void validateMac(MacAddress mac) {
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
     * @param alias an alias or null
     * @throws IllegalArgumentException if over {@value #MAX_ALIAS_BYTES} bytes or with a NUL
     */
    public static void validateAlias(String alias) {
        if (alias == null) {
            return;
        }
        int bytes = alias.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ALIAS_BYTES) {
            throw new IllegalArgumentException("alias is " + bytes + " bytes; the kernel allows at"
                    + " most " + MAX_ALIAS_BYTES);
        }
        if (alias.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("alias must not contain a NUL");
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
        private String alias;
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
            this.alias = spec.alias;
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

        /**
         * @return true if the MTU must lie in the Ethernet range (every kind with a class here);
         *     {@link GenericLink} leaves the range to the kernel
         */
        protected boolean ethernetMtuRange() {
            return true;
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
         * @param mac {@code ip link add ... address aa:bb:cc:dd:ee:ff}
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
         * @param alias {@code ip link add ... alias TEXT}; set by a second request, since the
         *     kernel ignores it on create
         * @return this builder
         */
        public B alias(String alias) {
            this.alias = alias;
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
         * no later move. Parents ({@code link DEV}) are still looked up in the request's
         * namespace, as the kernel does.
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

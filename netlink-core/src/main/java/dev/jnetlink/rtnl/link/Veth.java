package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.kind.IflaVeth;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.InterfaceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A veth pair: {@code ip link add NAME type veth peer name PEER}. Either end can be created
 * directly in a namespace ({@link Builder#netns}, {@link Builder#peerNetns}); the kernel
 * creates both ends or neither. The peer takes its own MTU, MAC, queue length, group, alias and
 * namespace ({@code peer name PEER txqueuelen N address MAC mtu MTU group G alias TEXT netns
 * NS}); without a namespace of its own the peer is made in the namespace of the request (the
 * client's), as the kernel does. Only this end can be created up: Linux 6.18 refuses a peer
 * created up with ENOTCONN (set it up afterwards).
 *
 * <pre>{@code
 * rtnl.links().add(Veth.pair("veth1.1", "veth1.2").netns(r1).peerNetns(r2));
 * }</pre>
 */
public final class Veth extends LinkSpec {
    private final String peerName;
    private final Integer peerMtu;
    private final MacAddress peerMac;
    private final Integer peerTxqlen;
    private final NetNs peerNetns;
    private final Integer peerGroup;
    private final String peerAlias;

    private Veth(Builder b) {
        super(b);
        this.peerName = b.peerName;
        this.peerMtu = b.peerMtu;
        this.peerMac = b.peerMac;
        this.peerTxqlen = b.peerTxqlen;
        this.peerNetns = b.peerNetns;
        this.peerGroup = b.peerGroup;
        this.peerAlias = b.peerAlias;
    }

    /**
     * Starts a veth pair: {@code ip link add NAME type veth peer name PEER}.
     *
     * @param name this end's name
     * @param peerName the other end's name
     * @return a builder
     */
    public static Builder pair(String name, String peerName) {
        return new Builder(name, peerName);
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    @Override
    public String kind() {
        return "veth";
    }

    /** @return the peer's name */
    public String peerName() {
        return peerName;
    }

    /** @return the peer's MTU, or null */
    public Integer peerMtu() {
        return peerMtu;
    }

    /** @return the peer's MAC, or null */
    public MacAddress peerMac() {
        return peerMac;
    }

    /** @return the peer's queue length, or null */
    public Integer peerTxqlen() {
        return peerTxqlen;
    }

    /**
     * @return the peer's namespace, or null: the namespace of the request (the client's), not
     *     this end's target namespace
     */
    public NetNs peerNetns() {
        return peerNetns;
    }

    /** @return the peer's link group, or null */
    public Integer peerGroup() {
        return peerGroup;
    }

    /**
     * @return the peer's alias, or null; set after the pair is made, as for this end's
     *     ({@link LinkSpec#alias()})
     */
    public String peerAlias() {
        return peerAlias;
    }

    @Override
    public List<NetNs> namespaces() {
        List<NetNs> out = new ArrayList<>(super.namespaces());
        if (peerNetns != null) {
            out.add(peerNetns);
        }
        return out;
    }

    @Override
    protected boolean hasInfoData() {
        return true;
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        String as = ctx.createPeerAs(peerName);
        int peer = w.beginNested(IflaVeth.PEER);
        IfInfoMsg.EMPTY.write(w.buffer());
        writeCommon(w, peerTxqlen, peerMac, peerMtu);
        if (peerGroup != null) {
            w.putU32(Ifla.GROUP, peerGroup);
        }
        if (peerAlias != null) {
            // sent as iproute2 does; the kernel ignores it on create, Links.add sets it after
            w.putStringNoNul(Ifla.IFALIAS, peerAlias);
        }
        if (peerNetns != null && as.equals(peerName)) {
            w.putU32(Ifla.NET_NS_FD, peerNetns.fd());
        }
        w.putString(Ifla.IFNAME, as);
        w.endNested(peer);
    }

    @Override
    public String toString() {
        return "veth " + name() + " peer " + peerName;
    }

    /** Builds a {@link Veth}. */
    public static final class Builder extends LinkSpec.Builder<Builder> {
        private String peerName;
        private Integer peerMtu;
        private MacAddress peerMac;
        private Integer peerTxqlen;
        private NetNs peerNetns;
        private Integer peerGroup;
        private String peerAlias;

        private Builder(String name, String peerName) {
            super(name);
            this.peerName = peerName;
        }

        private Builder(Veth v) {
            super(v);
            this.peerName = v.peerName;
            this.peerMtu = v.peerMtu;
            this.peerMac = v.peerMac;
            this.peerTxqlen = v.peerTxqlen;
            this.peerNetns = v.peerNetns;
            this.peerGroup = v.peerGroup;
            this.peerAlias = v.peerAlias;
        }

        /**
         * @param name the peer's name ({@code peer name NAME})
         * @return this builder
         */
        public Builder peerName(String name) {
            this.peerName = name;
            return this;
        }

        /**
         * @param mtu the peer's MTU ({@code peer ... mtu MTU})
         * @return this builder
         */
        public Builder peerMtu(int mtu) {
            this.peerMtu = mtu;
            return this;
        }

        /**
         * @param mac the peer's MAC ({@code peer ... address MAC})
         * @return this builder
         */
        public Builder peerMac(MacAddress mac) {
            this.peerMac = Objects.requireNonNull(mac, "mac");
            return this;
        }

        /**
         * @param mac the peer's MAC as text ({@code peer ... address MAC})
         * @return this builder
         */
        public Builder peerMac(String mac) {
            return peerMac(MacAddress.parse(mac));
        }

        /**
         * @param txqlen the peer's queue length ({@code peer ... txqueuelen N})
         * @return this builder
         */
        public Builder peerTxqlen(int txqlen) {
            this.peerTxqlen = txqlen;
            return this;
        }

        /**
         * @param group the peer's link group ({@code peer ... group G})
         * @return this builder
         */
        public Builder peerGroup(int group) {
            this.peerGroup = group;
            return this;
        }

        /**
         * @param alias the peer's alias ({@code peer ... alias TEXT}), up to 255 bytes; set by a
         *     second request once the pair exists, as {@link LinkSpec.Builder#alias} is
         * @return this builder
         */
        public Builder peerAlias(String alias) {
            this.peerAlias = Objects.requireNonNull(alias, "alias");
            return this;
        }

        /**
         * Creates the peer directly in a namespace ({@code peer name PEER netns NS}).
         *
         * @param ns the namespace; its handle must stay open until the pair is created
         * @return this builder
         */
        public Builder peerNetns(NetNs ns) {
            this.peerNetns = Objects.requireNonNull(ns, "ns");
            return this;
        }

        @Override
        public Veth build() {
            validateCommon(this);
            InterfaceNames.validate(peerName);
            validateMtu(peerMtu);
            validateMac(peerMac);
            validateTxqlen(peerTxqlen, "peer txqueuelen");
            validateAlias(peerAlias);
            NetNs a = targetNetns();
            boolean sameNamespace = a == null ? peerNetns == null
                    : peerNetns != null && a.sameAs(peerNetns);
            if (peerName.equals(name()) && sameNamespace) {
                throw new IllegalArgumentException("veth ends must have different names in one"
                        + " namespace, both are \"" + peerName + "\"");
            }
            return new Veth(this);
        }
    }
}

package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.link.kind.QosMapping;
import dev.jnetlink.codec.link.kind.VlanFlags;
import dev.jnetlink.codec.link.kind.VlanInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * An 802.1Q (or 802.1ad) VLAN sub-interface:
 * {@code ip link add link PARENT name NAME type vlan [protocol 802.1Q|802.1ad] id ID
 * [reorder_hdr on|off] [gvrp on|off] [mvrp on|off] [loose_binding on|off]
 * [bridge_binding on|off] [ingress-qos-map FROM:TO ...] [egress-qos-map FROM:TO ...]}.
 *
 * <pre>{@code
 * rtnl.links().add(Vlan.on("eth0", "eth0.20", 20));
 * }</pre>
 */
public final class Vlan extends StackedLinkSpec {
    /** Lowest VLAN id a sub-interface may have. */
    public static final int MIN_ID = 1;
    /** Highest VLAN id a sub-interface may have (4095 is reserved). */
    public static final int MAX_ID = 4094;

    /**
     * The table of {@link VlanInfo} in the order {@code ip link add} sends it for the command
     * line above: protocol, id and the QoS maps as it parses them, the flags after parsing (the
     * kernel emits the flags third).
     */
    private static final AttributeSetCodec<VlanInfo> REQUEST = VlanInfo.CODEC
            .withRequestOrder("protocol", "id", "ingressQos", "egressQos", "flags");

    private final int id;
    private final Integer protocol;
    private final int flags;
    private final int flagMask;
    private final List<QosMapping> ingressQos;
    private final List<QosMapping> egressQos;

    private Vlan(Builder b) {
        super(b);
        this.id = b.id;
        this.protocol = b.protocol;
        this.flags = b.flags;
        this.flagMask = b.flagMask;
        this.ingressQos = b.ingressQos == null ? null : List.copyOf(b.ingressQos);
        this.egressQos = b.egressQos == null ? null : List.copyOf(b.egressQos);
    }

    /**
     * Starts a VLAN: {@code ip link add link PARENT name NAME type vlan id ID}.
     *
     * @param parent the parent's name
     * @param name the new link's name, e.g. {@code eth0.20}
     * @param id the VLAN id, 1 to 4094
     * @return a builder
     */
    public static Builder on(String parent, String name, int id) {
        return new Builder(name, LinkRef.named("parent", parent), id);
    }

    /**
     * Starts a VLAN on a parent given by index.
     *
     * @param parentIndex the parent's index
     * @param name the new link's name
     * @param id the VLAN id, 1 to 4094
     * @return a builder
     */
    public static Builder on(int parentIndex, String name, int id) {
        return new Builder(name, LinkRef.indexed("parent", parentIndex), id);
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    @Override
    public String kind() {
        return "vlan";
    }

    /** @return the VLAN id */
    public int id() {
        return id;
    }

    /**
     * @return the protocol ({@link VlanInfo#PROTOCOL_8021Q} or
     *     {@link VlanInfo#PROTOCOL_8021AD}), or null for the kernel's default (802.1Q)
     */
    public Integer protocol() {
        return protocol;
    }

    /** @return the {@code VLAN_FLAG_*} bits set on; only those in {@link #flagMask()} count */
    public int flags() {
        return flags;
    }

    /** @return the {@code VLAN_FLAG_*} bits this spec sets (on or off) */
    public int flagMask() {
        return flagMask;
    }

    /** @return the ingress QoS map, or null */
    public List<QosMapping> ingressQos() {
        return ingressQos;
    }

    /** @return the egress QoS map, or null */
    public List<QosMapping> egressQos() {
        return egressQos;
    }

    /**
     * The {@code IFLA_INFO_DATA} this spec sends, as the record {@code ip -d link show}'s reply
     * decodes to: the flags only when one is set on or off, the QoS maps only when given.
     *
     * @return the VLAN's data
     */
    public VlanInfo toInfo() {
        return new VlanInfo(protocol, id, flagMask == 0 ? null : new VlanFlags(flags, flagMask),
                ingressQos, egressQos, List.of());
    }

    @Override
    protected boolean hasInfoData() {
        return true;
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        REQUEST.encode(w, toInfo());
    }

    @Override
    public String toString() {
        return "vlan " + name() + " link " + parent() + " id " + id;
    }

    /** Builds a {@link Vlan}. */
    public static final class Builder extends StackedLinkSpec.Builder<Builder> {
        private int id;
        private Integer protocol;
        private int flags;
        private int flagMask;
        private List<QosMapping> ingressQos;
        private List<QosMapping> egressQos;

        private Builder(String name, LinkRef parent, int id) {
            super(name, parent);
            this.id = id;
        }

        private Builder(Vlan spec) {
            super(spec);
            this.id = spec.id;
            this.protocol = spec.protocol;
            this.flags = spec.flags;
            this.flagMask = spec.flagMask;
            this.ingressQos = spec.ingressQos == null ? null : new ArrayList<>(spec.ingressQos);
            this.egressQos = spec.egressQos == null ? null : new ArrayList<>(spec.egressQos);
        }

        /**
         * @param id {@code id ID}, 1 to 4094
         * @return this builder
         */
        public Builder id(int id) {
            this.id = id;
            return this;
        }

        /**
         * @return this builder with {@code protocol 802.1Q}
         */
        public Builder dot1q() {
            this.protocol = VlanInfo.PROTOCOL_8021Q;
            return this;
        }

        /**
         * @return this builder with {@code protocol 802.1ad} (QinQ service tag)
         */
        public Builder dot1ad() {
            this.protocol = VlanInfo.PROTOCOL_8021AD;
            return this;
        }

        private Builder flag(int bit, boolean on) {
            flagMask |= bit;
            flags = on ? flags | bit : flags & ~bit;
            return this;
        }

        /**
         * @param on {@code reorder_hdr on|off} (on by default in the kernel)
         * @return this builder
         */
        public Builder reorderHdr(boolean on) {
            return flag(VlanFlags.REORDER_HDR, on);
        }

        /**
         * @param on {@code gvrp on|off}
         * @return this builder
         */
        public Builder gvrp(boolean on) {
            return flag(VlanFlags.GVRP, on);
        }

        /**
         * @param on {@code mvrp on|off}
         * @return this builder
         */
        public Builder mvrp(boolean on) {
            return flag(VlanFlags.MVRP, on);
        }

        /**
         * @param on {@code loose_binding on|off}: do not follow the parent's operational state
         * @return this builder
         */
        public Builder looseBinding(boolean on) {
            return flag(VlanFlags.LOOSE_BINDING, on);
        }

        /**
         * @param on {@code bridge_binding on|off}
         * @return this builder
         */
        public Builder bridgeBinding(boolean on) {
            return flag(VlanFlags.BRIDGE_BINDING, on);
        }

        /**
         * Adds to {@code ingress-qos-map}: frames with VLAN priority {@code vlanPriority} get
         * skb priority {@code skbPriority}.
         *
         * @param vlanPriority 0 to 7
         * @param skbPriority any
         * @return this builder
         */
        public Builder ingressQos(int vlanPriority, int skbPriority) {
            if (ingressQos == null) {
                ingressQos = new ArrayList<>();
            }
            ingressQos.add(new QosMapping(vlanPriority, skbPriority));
            return this;
        }

        /**
         * Adds to {@code egress-qos-map}: packets with skb priority {@code skbPriority} leave
         * with VLAN priority {@code vlanPriority}.
         *
         * @param skbPriority any
         * @param vlanPriority 0 to 7
         * @return this builder
         */
        public Builder egressQos(int skbPriority, int vlanPriority) {
            if (egressQos == null) {
                egressQos = new ArrayList<>();
            }
            egressQos.add(new QosMapping(skbPriority, vlanPriority));
            return this;
        }

        @Override
        public Vlan build() {
            validateStacked("vlan");
            if (id < MIN_ID || id > MAX_ID) {
                throw new IllegalArgumentException("vlan " + name() + ": VLAN id " + id
                        + " is outside " + MIN_ID + ".." + MAX_ID
                        + (id == 0 ? " (0 means untagged/priority-tagged)" : "")
                        + (id == 4095 ? " (4095 is reserved)" : ""));
            }
            if (ingressQos != null) {
                for (QosMapping q : ingressQos) {
                    checkPriority(q.from(), "ingress-qos-map " + q);
                }
            }
            if (egressQos != null) {
                for (QosMapping q : egressQos) {
                    checkPriority(q.to(), "egress-qos-map " + q);
                }
            }
            return new Vlan(this);
        }

        private void checkPriority(int p, String what) {
            if (p < 0 || p > 7) {
                throw new IllegalArgumentException("vlan " + name() + ": " + what
                        + ": a VLAN priority is 0 to 7, got " + p);
            }
        }
    }
}

package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.Ifla;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Any link kind by name, with its {@code IFLA_INFO_DATA} given as raw attributes, so a kind this
 * library has no class for can still be created: {@code ip link add [link PARENT] name NAME type
 * KIND ...}. The kernel validates the attributes; its extended-ack message names the one it
 * rejects.
 *
 * <pre>{@code
 * // ip link add name ifb0 type ifb
 * rtnl.links().add(GenericLink.of("ifb", "ifb0"));
 * // ip link add name nl0 type nlmon: a netlink monitor (ARPHRD_NETLINK, "link/netlink"), which
 * // shows its namespace's netlink traffic to packet sockets; no options of its own
 * rtnl.links().add(GenericLink.of("nlmon", "nl0"));
 * // ip link add link eth0 name vl5 type vlan id 5, by hand (IFLA_VLAN_ID = 1, a u16)
 * rtnl.links().add(GenericLink.of("vlan", "vl5").parent("eth0")
 *         .data(new RawAttribute(1, Bytes.of((byte) 5, (byte) 0))));
 * }</pre>
 */
public final class GenericLink extends LinkSpec {
    private final String kind;
    private final LinkRef parent;
    private final List<RawAttribute> data;

    private GenericLink(Builder b) {
        super(b);
        this.kind = b.kind;
        this.parent = b.parent;
        this.data = b.data == null ? null : List.copyOf(b.data);
    }

    /**
     * Starts a link of any kind: {@code ip link add name NAME type KIND}.
     *
     * @param kind {@code IFLA_INFO_KIND}, e.g. {@code ifb}
     * @param name the link's name
     * @return a builder
     */
    public static Builder of(String kind, String name) {
        return new Builder(kind, name);
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    @Override
    public String kind() {
        return kind;
    }

    /** @return the parent ({@code IFLA_LINK}), or null */
    public LinkRef parent() {
        return parent;
    }

    /** @return the {@code IFLA_INFO_DATA} attributes, or null to send none */
    public List<RawAttribute> data() {
        return data;
    }

    @Override
    protected void kindReferences(List<LinkRef> refs) {
        if (parent != null) {
            refs.add(parent);
        }
    }

    @Override
    protected void writeLinkAttributes(MessageWriter w, SpecContext ctx) {
        if (parent != null) {
            w.putU32(Ifla.LINK, parent.resolve(ctx));
        }
    }

    @Override
    protected boolean hasInfoData() {
        return data != null;
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        for (RawAttribute a : data) {
            w.putRaw(a);
        }
    }

    @Override
    public String toString() {
        return kind + " " + name() + (parent == null ? "" : " link " + parent);
    }

    /** Builds a {@link GenericLink}. */
    public static final class Builder extends LinkSpec.Builder<Builder> {
        private final String kind;
        private LinkRef parent;
        private List<RawAttribute> data;

        private Builder(String kind, String name) {
            super(name);
            this.kind = kind;
        }

        private Builder(GenericLink spec) {
            super(spec);
            this.kind = spec.kind;
            this.parent = spec.parent;
            this.data = spec.data == null ? null : new ArrayList<>(spec.data);
        }

        /**
         * @param parent the parent's name ({@code link DEV}, sent as {@code IFLA_LINK})
         * @return this builder
         */
        public Builder parent(String parent) {
            this.parent = LinkRef.named("parent", parent);
            return this;
        }

        /**
         * @param parentIndex the parent's index
         * @return this builder
         */
        public Builder parent(int parentIndex) {
            this.parent = LinkRef.indexed("parent", parentIndex);
            return this;
        }

        /**
         * Sets the {@code IFLA_INFO_DATA} attributes, written as given, in order.
         *
         * @param attributes the attributes (an empty list sends an empty nest)
         * @return this builder
         */
        public Builder data(List<RawAttribute> attributes) {
            this.data = new ArrayList<>(attributes);
            return this;
        }

        /**
         * @param attributes the {@code IFLA_INFO_DATA} attributes
         * @return this builder
         */
        public Builder data(RawAttribute... attributes) {
            return data(List.of(attributes));
        }

        @Override
        protected boolean ethernetMtuRange() {
            return false;
        }

        @Override
        public GenericLink build() {
            validateCommon(this);
            if (kind == null || kind.isBlank()) {
                throw new IllegalArgumentException("link kind must not be empty");
            }
            if (data != null) {
                for (RawAttribute a : data) {
                    Objects.requireNonNull(a, "data attribute");
                }
            }
            return new GenericLink(this);
        }
    }
}

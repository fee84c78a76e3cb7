package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import java.util.List;

/**
 * A link stacked on a parent device, {@code ip link add link PARENT name NAME type KIND}: the
 * parent is sent as {@code IFLA_LINK} and looked up (by name or index) in the request's
 * namespace before anything is created. What {@link Macvlan}, {@link Macvtap}, {@link Ipvlan}
 * and {@link Vlan} share.
 */
public abstract class StackedLinkSpec extends LinkSpec {
    private final LinkRef parent;

    /** @param b the validated builder */
    protected StackedLinkSpec(Builder<?> b) {
        super(b);
        this.parent = b.parent;
    }

    /** @return the parent ({@code link DEV}) */
    public LinkRef parent() {
        return parent;
    }

    @Override
    protected void kindReferences(List<LinkRef> refs) {
        refs.add(parent);
    }

    /**
     * Checks the parent: an Ethernet device other than loopback. Kinds add their own checks.
     *
     * @param ref the reference
     * @param link the link it names
     */
    @Override
    public void checkReference(LinkRef ref, Link link) {
        if (ref.equals(parent)) {
            requireEthernetParent(ref, link);
        }
    }

    @Override
    protected void writeLinkAttributes(MessageWriter w, SpecContext ctx) {
        w.putU32(Ifla.LINK, parent.resolve(ctx));
    }

    /**
     * The parent part of a stacked kind's builder.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends LinkSpec.Builder<B> {
        private LinkRef parent;

        /**
         * @param name the link's name
         * @param parent the parent, or null to set later
         */
        protected Builder(String name, LinkRef parent) {
            super(name);
            this.parent = parent;
        }

        /** @param spec copies its values */
        protected Builder(StackedLinkSpec spec) {
            super(spec);
            this.parent = spec.parent;
        }

        /**
         * @param parent the parent's name ({@code link DEV})
         * @return this builder
         */
        public B parent(String parent) {
            this.parent = LinkRef.named("parent", parent);
            return self();
        }

        /**
         * @param parentIndex the parent's index
         * @return this builder
         */
        public B parent(int parentIndex) {
            this.parent = LinkRef.indexed("parent", parentIndex);
            return self();
        }

        /**
         * Checks the common options and that there is a parent; kinds call it from
         * {@code build()}.
         *
         * @param kind the kind, for messages
         * @throws IllegalArgumentException saying what is wrong
         */
        protected final void validateStacked(String kind) {
            validateCommon(this);
            if (parent == null) {
                throw new IllegalArgumentException(kind + " " + name() + " needs a parent"
                        + " (ip link add link DEV ...)");
            }
        }
    }
}

package dev.jnetlink.rtnl.link;

/**
 * A macvlan: a virtual Ethernet device with its own MAC on a parent device,
 * {@code ip link add link PARENT name NAME type macvlan mode MODE}. Create it directly in a
 * container's namespace with {@link Builder#netns}; the parent is looked up in the request's
 * namespace, as the kernel does.
 *
 * <pre>{@code
 * rtnl.links().add(Macvlan.on("eth0", "mv0").mode(MacvlanMode.BRIDGE).netns(container));
 * }</pre>
 */
public final class Macvlan extends MacvlanBase {
    private Macvlan(Builder b) {
        super(b);
    }

    /**
     * Starts a macvlan: {@code ip link add link PARENT name NAME type macvlan}.
     *
     * @param parent the parent's name
     * @param name the new link's name
     * @return a builder
     */
    public static Builder on(String parent, String name) {
        return new Builder(name, LinkRef.named("parent", parent));
    }

    /**
     * Starts a macvlan on a parent given by index.
     *
     * @param parentIndex the parent's index
     * @param name the new link's name
     * @return a builder
     */
    public static Builder on(int parentIndex, String name) {
        return new Builder(name, LinkRef.indexed("parent", parentIndex));
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    @Override
    public String kind() {
        return "macvlan";
    }

    /** Builds a {@link Macvlan}. */
    public static final class Builder extends MacvlanBase.Builder<Builder> {
        private Builder(String name, LinkRef parent) {
            super(name, parent);
        }

        private Builder(Macvlan spec) {
            super(spec);
        }

        @Override
        public Macvlan build() {
            validate("macvlan");
            return new Macvlan(this);
        }
    }
}

package dev.jnetlink.rtnl.link;

/**
 * A macvtap: a macvlan whose packets are also readable from a character device
 * ({@code /dev/tapN}), {@code ip link add link PARENT name NAME type macvtap mode MODE}. Options
 * as {@link Macvlan}. Create it directly in a
 * container's namespace with {@link Builder#netns}; the parent is looked up in the request's
 * namespace, as the kernel does.
 *
 * <pre>{@code
 * rtnl.links().add(Macvtap.on("eth0", "mvt0").mode(MacvlanMode.BRIDGE).netns(container));
 * }</pre>
 */
public final class Macvtap extends MacvlanBase {
    private Macvtap(Builder b) {
        super(b);
    }

    /**
     * Starts a macvtap: {@code ip link add link PARENT name NAME type macvtap}.
     *
     * @param parent the parent's name
     * @param name the new link's name
     * @return a builder
     */
    public static Builder on(String parent, String name) {
        return new Builder(name, LinkRef.named("parent", parent));
    }

    /**
     * Starts a macvtap on a parent given by index.
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
        return "macvtap";
    }

    /** Builds a {@link Macvtap}. */
    public static final class Builder extends MacvlanBase.Builder<Builder> {
        private Builder(String name, LinkRef parent) {
            super(name, parent);
        }

        private Builder(Macvtap spec) {
            super(spec);
        }

        @Override
        public Macvtap build() {
            validate("macvtap");
            return new Macvtap(this);
        }
    }
}

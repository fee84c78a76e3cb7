package dev.jnetlink.rtnl.link;

/**
 * A dummy device: {@code ip link add name NAME type dummy}. Takes only the common options.
 */
public final class Dummy extends LinkSpec {
    private Dummy(Builder b) {
        super(b);
    }

    /**
     * Starts a dummy device: {@code ip link add name NAME type dummy}.
     *
     * @param name the link's name
     * @return a builder
     */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    @Override
    public String kind() {
        return "dummy";
    }

    @Override
    public String toString() {
        return "dummy " + name();
    }

    /** Builds a {@link Dummy}. */
    public static final class Builder extends LinkSpec.Builder<Builder> {
        private Builder(String name) {
            super(name);
        }

        private Builder(Dummy spec) {
            super(spec);
        }

        @Override
        public Dummy build() {
            validateCommon(this);
            return new Dummy(this);
        }
    }
}

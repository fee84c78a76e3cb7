package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.bridge.codec.BridgeKind;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.rtnl.link.LinkSpec;
import dev.jnetlink.rtnl.link.SpecContext;
import java.util.Objects;

/**
 * A bridge to create: {@code ip link add NAME type bridge [OPTIONS]}, or {@code brctl addbr
 * NAME} when no option is given. Create it with {@link Bridges#create(Bridge)} (which names a
 * missing kernel feature precisely) or with core's {@code rtnl.links().add(spec)}: the spec is
 * an ordinary {@link LinkSpec}, so name, MAC ({@code address}), MTU, group, namespace and
 * {@code up} work as for any kind.
 *
 * <pre>{@code
 * Bridge docker0 = Bridge.named("docker0")
 *         .mac("02:42:ac:11:00:01")
 *         .options(BridgeOptions.builder().stp(false).build())
 *         .up()
 *         .build();
 * }</pre>
 *
 * <p>The kernel creates the bridge and applies its options in one request, and removes it
 * again if an option is refused: nothing is left half-made.
 */
public final class Bridge extends LinkSpec {
    private final BridgeOptions options;

    private Bridge(Builder b) {
        super(b);
        this.options = b.options;
    }

    /**
     * Starts a bridge: {@code ip link add NAME type bridge}.
     *
     * @param name the bridge's name
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
        return BridgeKind.NAME;
    }

    /** @return the bridge options, empty if none */
    public BridgeOptions options() {
        return options;
    }

    @Override
    protected boolean hasInfoData() {
        return !options.isEmpty();
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        BridgeInfo.CODEC.encode(w, options.toInfo());
    }

    /** Reads like the command: {@code bridge br0 stp_state 1 priority 4096}. */
    @Override
    public String toString() {
        return "bridge " + name() + options.toString().substring("bridge".length());
    }

    /** Builds a {@link Bridge}. */
    public static final class Builder extends LinkSpec.Builder<Builder> {
        private BridgeOptions options = BridgeOptions.builder().build();

        private Builder(String name) {
            super(name);
        }

        private Builder(Bridge b) {
            super(b);
            this.options = b.options;
        }

        /**
         * @param options the bridge settings ({@code ip link add ... type bridge OPTIONS})
         * @return this builder
         */
        public Builder options(BridgeOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        @Override
        public Bridge build() {
            validateCommon(this);
            return new Bridge(this);
        }
    }
}

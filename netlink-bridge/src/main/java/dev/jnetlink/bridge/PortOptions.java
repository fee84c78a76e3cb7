package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.BridgePortInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bridge port settings ({@code IFLA_BRPORT_*}): the options of {@code bridge link set dev PORT
 * ...}, {@code ip link set PORT type bridge_slave ...} and {@code brctl setpathcost/
 * setportprio/hairpin}. Only the options set are sent. {@link Builder#build()} checks the
 * kernel's ranges (cost 1 to 65535, priority 0 to 63) before any request.
 *
 * <pre>{@code
 * PortOptions opts = PortOptions.builder().cost(10).priority(5).learning(false).build();
 * bridges.setPortOptions("veth0", opts);
 * }</pre>
 */
public final class PortOptions {
    /** Lowest path cost ({@code BR_MIN_PATH_COST}). */
    public static final int MIN_COST = 1;
    /** Highest path cost ({@code BR_MAX_PATH_COST}). */
    public static final int MAX_COST = 65535;
    /** Highest port priority ({@code BR_MAX_PORT_PRIORITY}). */
    public static final int MAX_PRIORITY = 63;

    private final Integer cost;
    private final Integer priority;
    private final PortState state;
    private final Boolean hairpin;
    private final Boolean guard;
    private final Boolean rootBlock;
    private final Boolean learning;
    private final Boolean unicastFlood;
    private final Boolean multicastFlood;
    private final Boolean broadcastFlood;
    private final Boolean proxyArp;
    private final Boolean isolated;
    private final Boolean neighSuppress;
    private final MulticastRouter multicastRouter;

    private PortOptions(Builder b) {
        this.cost = b.cost;
        this.priority = b.priority;
        this.state = b.state;
        this.hairpin = b.hairpin;
        this.guard = b.guard;
        this.rootBlock = b.rootBlock;
        this.learning = b.learning;
        this.unicastFlood = b.unicastFlood;
        this.multicastFlood = b.multicastFlood;
        this.broadcastFlood = b.broadcastFlood;
        this.proxyArp = b.proxyArp;
        this.isolated = b.isolated;
        this.neighSuppress = b.neighSuppress;
        this.multicastRouter = b.multicastRouter;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder newBuilder() {
        return new Builder(this);
    }

    /** @return true if no option is set */
    public boolean isEmpty() {
        return toString().isEmpty();
    }

    /** @return the path cost, or null */
    public Integer cost() {
        return cost;
    }

    /** @return the port priority, or null */
    public Integer priority() {
        return priority;
    }

    /** @return the STP state to force, or null */
    public PortState state() {
        return state;
    }

    /**
     * @return the {@code IFLA_PROTINFO} these options send: a {@link BridgePortInfo}
     *     with only the options set
     */
    public BridgePortInfo toInfo() {
        return BridgePortInfo.builder()
                .state(state == null ? null : state.value())
                .priority(priority)
                .cost(cost)
                .hairpin(hairpin)
                .guard(guard)
                .rootBlock(rootBlock)
                .learning(learning)
                .unicastFlood(unicastFlood)
                .mcastFlood(multicastFlood)
                .bcastFlood(broadcastFlood)
                .proxyArp(proxyArp)
                .neighSuppress(neighSuppress)
                .isolated(isolated)
                .multicastRouter(multicastRouter == null ? null : multicastRouter.value())
                .build();
    }

    /** Lists the options set, as {@code bridge link set} arguments. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        add(parts, "cost", cost);
        add(parts, "priority", priority);
        add(parts, "state", state == null ? null : state.value());
        onOff(parts, "hairpin", hairpin);
        onOff(parts, "guard", guard);
        onOff(parts, "root_block", rootBlock);
        onOff(parts, "learning", learning);
        onOff(parts, "flood", unicastFlood);
        onOff(parts, "mcast_flood", multicastFlood);
        onOff(parts, "bcast_flood", broadcastFlood);
        onOff(parts, "proxy_arp", proxyArp);
        onOff(parts, "isolated", isolated);
        onOff(parts, "neigh_suppress", neighSuppress);
        add(parts, "mcast_router", multicastRouter == null ? null : multicastRouter.value());
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + " " + value);
        }
    }

    private static void onOff(List<String> parts, String name, Boolean value) {
        if (value != null) {
            parts.add(name + (value ? " on" : " off"));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortOptions other && toInfo().equals(other.toInfo());
    }

    @Override
    public int hashCode() {
        return toInfo().hashCode();
    }

    /** Builds {@link PortOptions}; {@link #build()} validates. */
    public static final class Builder {
        private Integer cost;
        private Integer priority;
        private PortState state;
        private Boolean hairpin;
        private Boolean guard;
        private Boolean rootBlock;
        private Boolean learning;
        private Boolean unicastFlood;
        private Boolean multicastFlood;
        private Boolean broadcastFlood;
        private Boolean proxyArp;
        private Boolean isolated;
        private Boolean neighSuppress;
        private MulticastRouter multicastRouter;

        private Builder() {
        }

        private Builder(PortOptions o) {
            this.cost = o.cost;
            this.priority = o.priority;
            this.state = o.state;
            this.hairpin = o.hairpin;
            this.guard = o.guard;
            this.rootBlock = o.rootBlock;
            this.learning = o.learning;
            this.unicastFlood = o.unicastFlood;
            this.multicastFlood = o.multicastFlood;
            this.broadcastFlood = o.broadcastFlood;
            this.proxyArp = o.proxyArp;
            this.isolated = o.isolated;
            this.neighSuppress = o.neighSuppress;
            this.multicastRouter = o.multicastRouter;
        }

        /**
         * {@code cost N}, {@code brctl setpathcost BR PORT N}.
         *
         * @param cost the STP path cost, 1 to 65535
         * @return this builder
         */
        public Builder cost(int cost) {
            this.cost = cost;
            return this;
        }

        /**
         * {@code priority N}, {@code brctl setportprio BR PORT N}.
         *
         * @param priority the STP port priority, 0 to 63
         * @return this builder
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * {@code state N}. The kernel refuses it while its own STP runs ({@code EBUSY}) and on
         * a port that is down ({@code ENETDOWN}; on one without carrier only
         * {@link PortState#DISABLED} is taken). Without STP the kernel recomputes the states
         * of enabled ports at once, so only {@link PortState#DISABLED} stays; other states are
         * for user-space STP daemons.
         *
         * @param state the spanning-tree state to force
         * @return this builder
         */
        public Builder state(PortState state) {
            this.state = Objects.requireNonNull(state, "state");
            return this;
        }

        /**
         * {@code hairpin on|off}, {@code brctl hairpin BR PORT on|off}.
         *
         * @param on true to let frames go back out the port they came in on
         * @return this builder
         */
        public Builder hairpin(boolean on) {
            this.hairpin = on;
            return this;
        }

        /**
         * {@code guard on|off}.
         *
         * @param on true to disable the port when it receives a BPDU
         * @return this builder
         */
        public Builder guard(boolean on) {
            this.guard = on;
            return this;
        }

        /**
         * {@code root_block on|off}.
         *
         * @param on true so the port never becomes the root port
         * @return this builder
         */
        public Builder rootBlock(boolean on) {
            this.rootBlock = on;
            return this;
        }

        /**
         * {@code learning on|off}.
         *
         * @param on true to learn source MACs into the FDB
         * @return this builder
         */
        public Builder learning(boolean on) {
            this.learning = on;
            return this;
        }

        /**
         * {@code flood on|off}.
         *
         * @param on true to flood unknown unicast out of this port
         * @return this builder
         */
        public Builder unicastFlood(boolean on) {
            this.unicastFlood = on;
            return this;
        }

        /**
         * {@code mcast_flood on|off}.
         *
         * @param on true to flood unknown multicast out of this port
         * @return this builder
         */
        public Builder multicastFlood(boolean on) {
            this.multicastFlood = on;
            return this;
        }

        /**
         * {@code bcast_flood on|off}.
         *
         * @param on true to flood broadcast out of this port
         * @return this builder
         */
        public Builder broadcastFlood(boolean on) {
            this.broadcastFlood = on;
            return this;
        }

        /**
         * {@code proxy_arp on|off}.
         *
         * @param on true to answer ARP from the bridge's neighbour table
         * @return this builder
         */
        public Builder proxyArp(boolean on) {
            this.proxyArp = on;
            return this;
        }

        /**
         * {@code isolated on|off}.
         *
         * @param on true so the port talks only to non-isolated ports
         * @return this builder
         */
        public Builder isolated(boolean on) {
            this.isolated = on;
            return this;
        }

        /**
         * {@code neigh_suppress on|off}.
         *
         * @param on true to suppress ARP/ND flooding for known neighbours
         * @return this builder
         */
        public Builder neighSuppress(boolean on) {
            this.neighSuppress = on;
            return this;
        }

        /**
         * {@code mcast_router N}.
         *
         * @param router how the port treats multicast routers
         * @return this builder
         */
        public Builder multicastRouter(MulticastRouter router) {
            this.multicastRouter = Objects.requireNonNull(router, "router");
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException if cost or priority is outside the kernel's range
         */
        public PortOptions build() {
            if (cost != null && (cost < MIN_COST || cost > MAX_COST)) {
                throw new IllegalArgumentException("port path cost must be " + MIN_COST + ".."
                        + MAX_COST + ", got " + Integer.toUnsignedString(cost));
            }
            if (priority != null && (priority < 0 || priority > MAX_PRIORITY)) {
                throw new IllegalArgumentException("port priority must be 0.." + MAX_PRIORITY
                        + ", got " + priority);
            }
            return new PortOptions(this);
        }
    }
}

package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.link.kind.IpvlanInfo;
import dev.jnetlink.codec.link.kind.IpvlanMode;
import java.util.List;
import java.util.Objects;

/**
 * An ipvlan: a virtual device sharing its parent's MAC, switching on IP,
 * {@code ip link add link PARENT name NAME type ipvlan mode l2|l3|l3s [bridge|private|vepa]}.
 *
 * <pre>{@code
 * rtnl.links().add(Ipvlan.on("eth0", "ipv0").mode(IpvlanMode.L3).netns(container));
 * }</pre>
 */
public final class Ipvlan extends StackedLinkSpec {
    /** The isolation between slaves ({@code IFLA_IPVLAN_FLAGS}). */
    public enum Isolation {
        /** {@code bridge} (the default): slaves reach each other through the parent. */
        BRIDGE(0),
        /** {@code private}: slaves cannot reach each other. */
        PRIVATE(IpvlanInfo.FLAG_PRIVATE),
        /** {@code vepa}: slave-to-slave traffic goes out through the parent to the switch. */
        VEPA(IpvlanInfo.FLAG_VEPA);

        private final int flags;

        Isolation(int flags) {
            this.flags = flags;
        }

        /** @return the {@code IFLA_IPVLAN_FLAGS} value */
        public int flags() {
            return flags;
        }
    }

    private final IpvlanMode mode;
    private final Isolation isolation;

    private Ipvlan(Builder b) {
        super(b);
        this.mode = b.mode;
        this.isolation = b.isolation;
    }

    /**
     * Starts an ipvlan: {@code ip link add link PARENT name NAME type ipvlan}.
     *
     * @param parent the parent's name
     * @param name the new link's name
     * @return a builder
     */
    public static Builder on(String parent, String name) {
        return new Builder(name, LinkRef.named("parent", parent));
    }

    /**
     * Starts an ipvlan on a parent given by index.
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
        return "ipvlan";
    }

    /** @return the mode, or null for the kernel's default (l3) */
    public IpvlanMode mode() {
        return mode;
    }

    /** @return the isolation flag, or null for the kernel's default (bridge) */
    public Isolation isolation() {
        return isolation;
    }

    /**
     * The {@code IFLA_INFO_DATA} this spec sends, as the record {@code ip -d link show}'s reply
     * decodes to, with only the options set. {@code ip} writes mode then flags, the kernel's
     * order, so the record's own table writes the request.
     *
     * @return the ipvlan's data
     */
    public IpvlanInfo toInfo() {
        return new IpvlanInfo(mode == null ? null : mode.value(),
                isolation == null ? null : isolation.flags(), List.of());
    }

    @Override
    protected boolean hasInfoData() {
        return mode != null || isolation != null;
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        IpvlanInfo.CODEC.encode(w, toInfo());
    }

    @Override
    public String toString() {
        return "ipvlan " + name() + " link " + parent() + (mode == null ? "" : " mode " + mode.ipName());
    }

    /** Builds an {@link Ipvlan}. */
    public static final class Builder extends StackedLinkSpec.Builder<Builder> {
        private IpvlanMode mode;
        private Isolation isolation;

        private Builder(String name, LinkRef parent) {
            super(name, parent);
        }

        private Builder(Ipvlan spec) {
            super(spec);
            this.mode = spec.mode;
            this.isolation = spec.isolation;
        }

        /**
         * @param mode {@code mode l2|l3|l3s}
         * @return this builder
         */
        public Builder mode(IpvlanMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * @param isolation {@code bridge}, {@code private} or {@code vepa}
         * @return this builder
         */
        public Builder isolation(Isolation isolation) {
            this.isolation = Objects.requireNonNull(isolation, "isolation");
            return this;
        }

        @Override
        public Ipvlan build() {
            validateStacked("ipvlan");
            return new Ipvlan(this);
        }
    }
}

package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.link.kind.VrfInfo;
import java.util.List;

/**
 * A VRF (an L3 master device: routes of the links enslaved to it are looked up in its table):
 * {@code ip link add name NAME type vrf table TABLE}. Enslave a link with
 * {@link dev.jnetlink.rtnl.Links#setMaster} ({@code ip link set dev DEV master NAME}); the
 * kernel adds the {@code l3mdev} rule ({@code 1000: from all lookup [l3mdev-table]}) when the
 * first VRF of a namespace is created.
 *
 * <pre>{@code
 * rtnl.links().add(Vrf.named("vrf-blue", 10).up());
 * rtnl.links().setMaster("eth1", "vrf-blue");
 * }</pre>
 */
public final class Vrf extends LinkSpec {
    private final int table;

    private Vrf(Builder b) {
        super(b);
        this.table = b.table;
    }

    /**
     * Starts a VRF: {@code ip link add name NAME type vrf table TABLE}.
     *
     * @param name the VRF's name
     * @param table its routing table, not 0 (253 to 255 are the kernel's default, main and
     *     local tables, which the kernel takes, though a VRF there shares them)
     * @return a builder
     */
    public static Builder named(String name, int table) {
        return new Builder(name, table);
    }

    /** @return a builder holding this spec's values */
    public Builder newBuilder() {
        return new Builder(this);
    }

    @Override
    public String kind() {
        return "vrf";
    }

    /** @return the VRF's routing table */
    public int table() {
        return table;
    }

    @Override
    protected boolean hasInfoData() {
        return true;
    }

    /**
     * The {@code IFLA_INFO_DATA} this spec sends, as the record {@code ip -d link show}'s reply
     * decodes to.
     *
     * @return the VRF's data
     */
    public VrfInfo toInfo() {
        return new VrfInfo(table, List.of());
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        VrfInfo.CODEC.encode(w, toInfo());
    }

    @Override
    public String toString() {
        return "vrf " + name() + " table " + Integer.toUnsignedString(table);
    }

    /** Builds a {@link Vrf}. */
    public static final class Builder extends LinkSpec.Builder<Builder> {
        private int table;

        private Builder(String name, int table) {
            super(name);
            this.table = table;
        }

        private Builder(Vrf s) {
            super(s);
            this.table = s.table;
        }

        /**
         * @param table {@code table TABLE}: the VRF's routing table, not 0
         * @return this builder
         */
        public Builder table(int table) {
            this.table = table;
            return this;
        }

        @Override
        public Vrf build() {
            validateCommon(this);
            if (table == 0) {
                throw new IllegalArgumentException("vrf " + name() + ": table 0 is not a routing"
                        + " table (RT_TABLE_UNSPEC); give the VRF a table id, 1 to 4294967295");
            }
            return new Vrf(this);
        }
    }
}

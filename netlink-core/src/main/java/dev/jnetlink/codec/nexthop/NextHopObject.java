package dev.jnetlink.codec.nexthop;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import java.net.InetAddress;
import java.util.List;

/**
 * A nexthop object as the kernel describes it in {@code RTM_NEWNEXTHOP}: one line of
 * {@code ip nexthop show}. Either a single next hop (a gateway and/or a device, or a
 * blackhole) or a group of other objects. Components are the {@code NHA_*} attributes in the
 * order the kernel sends them ({@code nh_fill_node}); an attribute it did not send is null.
 *
 * @param header the {@code nhmsg}: family, scope, protocol, flags
 * @param id {@code NHA_ID}: the object's id ({@code id N})
 * @param fdb {@code NHA_FDB}: a nexthop for VXLAN FDB entries ({@code fdb})
 * @param groupType {@code NHA_GROUP_TYPE}: {@link #MPATH} or {@link #RESILIENT} ({@code type})
 * @param group {@code NHA_GROUP}: the members of a group ({@code group 1/4,3})
 * @param resilient {@code NHA_RES_GROUP}: a resilient group's parameters
 * @param opFlags {@code NHA_OP_FLAGS}: in a reply, what it holds ({@code NHA_OP_FLAG_RESP_*})
 * @param groupStats {@code NHA_GROUP_STATS}: per-member statistics, kept as bytes
 * @param hwStatsEnable {@code NHA_HW_STATS_ENABLE}
 * @param hwStatsUsed {@code NHA_HW_STATS_USED}
 * @param blackhole {@code NHA_BLACKHOLE}: drop the packets ({@code blackhole})
 * @param oif {@code NHA_OIF}: the output interface's index ({@code dev})
 * @param gateway {@code NHA_GATEWAY}: the gateway ({@code via})
 * @param encap {@code NHA_ENCAP}: lightweight tunnel encapsulation, kept as bytes
 * @param encapType {@code NHA_ENCAP_TYPE}
 * @param unknown attributes this library does not model, as received
 */
public record NextHopObject(
        NhMsg header,
        Integer id,
        Boolean fdb,
        Integer groupType,
        List<NextHopGroupMember> group,
        ResilientGroup resilient,
        Integer opFlags,
        Bytes groupStats,
        Integer hwStatsEnable,
        Integer hwStatsUsed,
        Boolean blackhole,
        Integer oif,
        InetAddress gateway,
        Bytes encap,
        Integer encapType,
        List<RawAttribute> unknown) {

    /** {@code NEXTHOP_GRP_TYPE_MPATH}: hash-threshold multipath (the default). */
    public static final int MPATH = 0;
    /** {@code NEXTHOP_GRP_TYPE_RES}: resilient hashing over buckets ({@code type resilient}). */
    public static final int RESILIENT = 1;

    /** @return true for a group ({@code NHA_GROUP} present) */
    public boolean isGroup() {
        return group != null;
    }

    /** @return true for {@code blackhole} */
    public boolean isBlackhole() {
        return Boolean.TRUE.equals(blackhole);
    }

    /** @return true for {@code fdb} */
    public boolean isFdb() {
        return Boolean.TRUE.equals(fdb);
    }

    /** @return the id, as an unsigned value; 0 if not sent */
    public long idValue() {
        return id == null ? 0 : Integer.toUnsignedLong(id);
    }

    /** @return a builder with every component absent (null) and no unknown attributes */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link NextHopObject} component by component: a component not set is null
     * (absent), {@code unknown} is empty. A component added to the record adds a method here
     * and breaks no caller.
     */
    public static final class Builder {
        private NhMsg header;
        private Integer id;
        private Boolean fdb;
        private Integer groupType;
        private List<NextHopGroupMember> group;
        private ResilientGroup resilient;
        private Integer opFlags;
        private Bytes groupStats;
        private Integer hwStatsEnable;
        private Integer hwStatsUsed;
        private Boolean blackhole;
        private Integer oif;
        private InetAddress gateway;
        private Bytes encap;
        private Integer encapType;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(NextHopObject r) {
            header = r.header;
            id = r.id;
            fdb = r.fdb;
            groupType = r.groupType;
            group = r.group;
            resilient = r.resilient;
            opFlags = r.opFlags;
            groupStats = r.groupStats;
            hwStatsEnable = r.hwStatsEnable;
            hwStatsUsed = r.hwStatsUsed;
            blackhole = r.blackhole;
            oif = r.oif;
            gateway = r.gateway;
            encap = r.encap;
            encapType = r.encapType;
            unknown = r.unknown;
        }

        /**
         * @param header the {@code nhmsg}: family, scope, protocol, flags
         * @return this builder
         */
        public Builder header(NhMsg header) {
            this.header = header;
            return this;
        }

        /**
         * @param id {@code NHA_ID}: the object's id ({@code id N})
         * @return this builder
         */
        public Builder id(Integer id) {
            this.id = id;
            return this;
        }

        /**
         * @param fdb {@code NHA_FDB}: a nexthop for VXLAN FDB entries ({@code fdb})
         * @return this builder
         */
        public Builder fdb(Boolean fdb) {
            this.fdb = fdb;
            return this;
        }

        /**
         * @param groupType {@code NHA_GROUP_TYPE}: {@link #MPATH} or {@link #RESILIENT} ({@code type})
         * @return this builder
         */
        public Builder groupType(Integer groupType) {
            this.groupType = groupType;
            return this;
        }

        /**
         * @param group {@code NHA_GROUP}: the members of a group ({@code group 1/4,3})
         * @return this builder
         */
        public Builder group(List<NextHopGroupMember> group) {
            this.group = group == null ? null : List.copyOf(group);
            return this;
        }

        /**
         * @param resilient {@code NHA_RES_GROUP}: a resilient group's parameters
         * @return this builder
         */
        public Builder resilient(ResilientGroup resilient) {
            this.resilient = resilient;
            return this;
        }

        /**
         * @param opFlags {@code NHA_OP_FLAGS}: in a reply, what it holds ({@code NHA_OP_FLAG_RESP_*})
         * @return this builder
         */
        public Builder opFlags(Integer opFlags) {
            this.opFlags = opFlags;
            return this;
        }

        /**
         * @param groupStats {@code NHA_GROUP_STATS}: per-member statistics, kept as bytes
         * @return this builder
         */
        public Builder groupStats(Bytes groupStats) {
            this.groupStats = groupStats;
            return this;
        }

        /**
         * @param hwStatsEnable {@code NHA_HW_STATS_ENABLE}
         * @return this builder
         */
        public Builder hwStatsEnable(Integer hwStatsEnable) {
            this.hwStatsEnable = hwStatsEnable;
            return this;
        }

        /**
         * @param hwStatsUsed {@code NHA_HW_STATS_USED}
         * @return this builder
         */
        public Builder hwStatsUsed(Integer hwStatsUsed) {
            this.hwStatsUsed = hwStatsUsed;
            return this;
        }

        /**
         * @param blackhole {@code NHA_BLACKHOLE}: drop the packets ({@code blackhole})
         * @return this builder
         */
        public Builder blackhole(Boolean blackhole) {
            this.blackhole = blackhole;
            return this;
        }

        /**
         * @param oif {@code NHA_OIF}: the output interface's index ({@code dev})
         * @return this builder
         */
        public Builder oif(Integer oif) {
            this.oif = oif;
            return this;
        }

        /**
         * @param gateway {@code NHA_GATEWAY}: the gateway ({@code via})
         * @return this builder
         */
        public Builder gateway(InetAddress gateway) {
            this.gateway = gateway;
            return this;
        }

        /**
         * @param encap {@code NHA_ENCAP}: lightweight tunnel encapsulation, kept as bytes
         * @return this builder
         */
        public Builder encap(Bytes encap) {
            this.encap = encap;
            return this;
        }

        /**
         * @param encapType {@code NHA_ENCAP_TYPE}
         * @return this builder
         */
        public Builder encapType(Integer encapType) {
            this.encapType = encapType;
            return this;
        }

        /**
         * @param unknown attributes this library does not model, as received
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link NextHopObject} */
        public NextHopObject build() {
            return new NextHopObject(header, id, fdb, groupType, group, resilient, opFlags, groupStats, hwStatsEnable, hwStatsUsed, blackhole, oif, gateway, encap, encapType, unknown);
        }
    }
}

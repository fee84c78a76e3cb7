package dev.jnetlink.codec.neigh;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.RawAttribute;
import java.net.InetAddress;
import java.util.List;

/**
 * A neighbour (ARP or NDP) entry as the kernel describes it in {@code RTM_NEWNEIGH}: one line
 * of {@code ip neigh show}. Components are the {@code NDA_*} attributes in the order the
 * kernel emits them ({@code neigh_fill_info}, {@code pneigh_fill_info}); an attribute not sent
 * is null; attributes this library does not model are kept in {@link #unknown()}.
 *
 * @param header the {@code ndmsg}: family, interface, state, flags, type
 * @param dst {@code NDA_DST}: the neighbour's IP address
 * @param lladdr {@code NDA_LLADDR}: its link-layer address, when known
 * @param probes {@code NDA_PROBES}: probes sent
 * @param cacheInfo {@code NDA_CACHEINFO}: ages
 * @param protocol {@code NDA_PROTOCOL}: who added it
 * @param flagsExt {@code NDA_FLAGS_EXT}: extended flags ({@code NTF_EXT_MANAGED} = 1)
 * @param vlan {@code NDA_VLAN} (bridge FDB)
 * @param port {@code NDA_PORT} (VXLAN FDB, network order as an unsigned value)
 * @param vni {@code NDA_VNI} (VXLAN FDB)
 * @param ifindex {@code NDA_IFINDEX} (VXLAN FDB)
 * @param master {@code NDA_MASTER}
 * @param linkNetnsid {@code NDA_LINK_NETNSID}
 * @param srcVni {@code NDA_SRC_VNI}
 * @param nhId {@code NDA_NH_ID}
 * @param fdbExtAttrs {@code NDA_FDB_EXT_ATTRS}, kept as bytes
 * @param ndmStateMask {@code NDA_NDM_STATE_MASK}
 * @param ndmFlagsMask {@code NDA_NDM_FLAGS_MASK}
 * @param unknown attributes this library does not model, as received
 */
public record Neighbour(
        NdMsg header,
        InetAddress dst,
        MacAddress lladdr,
        Integer probes,
        NeighbourCacheInfo cacheInfo,
        Integer protocol,
        Integer flagsExt,
        Integer vlan,
        Integer port,
        Integer vni,
        Integer ifindex,
        Integer master,
        Integer linkNetnsid,
        Integer srcVni,
        Integer nhId,
        Bytes fdbExtAttrs,
        Integer ndmStateMask,
        Integer ndmFlagsMask,
        List<RawAttribute> unknown) {

    /** @return the address family */
    public int family() {
        return header.family();
    }

    /** @return the interface index */
    public int index() {
        return header.index();
    }

    /** @return the state */
    public NeighbourState state() {
        return NeighbourState.of(header.state());
    }

    /** @return {@code ndm_flags} */
    public int flags() {
        return header.flags();
    }

    /** @return true for a proxy entry ({@code ip neigh show proxy}) */
    public boolean isProxy() {
        return (header.flags() & NeighbourFlags.PROXY) != 0;
    }

    /** @return true if the neighbour is a router (IPv6) */
    public boolean isRouter() {
        return (header.flags() & NeighbourFlags.ROUTER) != 0;
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
     * Builds a {@link Neighbour} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private NdMsg header;
        private InetAddress dst;
        private MacAddress lladdr;
        private Integer probes;
        private NeighbourCacheInfo cacheInfo;
        private Integer protocol;
        private Integer flagsExt;
        private Integer vlan;
        private Integer port;
        private Integer vni;
        private Integer ifindex;
        private Integer master;
        private Integer linkNetnsid;
        private Integer srcVni;
        private Integer nhId;
        private Bytes fdbExtAttrs;
        private Integer ndmStateMask;
        private Integer ndmFlagsMask;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(Neighbour r) {
            header = r.header;
            dst = r.dst;
            lladdr = r.lladdr;
            probes = r.probes;
            cacheInfo = r.cacheInfo;
            protocol = r.protocol;
            flagsExt = r.flagsExt;
            vlan = r.vlan;
            port = r.port;
            vni = r.vni;
            ifindex = r.ifindex;
            master = r.master;
            linkNetnsid = r.linkNetnsid;
            srcVni = r.srcVni;
            nhId = r.nhId;
            fdbExtAttrs = r.fdbExtAttrs;
            ndmStateMask = r.ndmStateMask;
            ndmFlagsMask = r.ndmFlagsMask;
            unknown = r.unknown;
        }

        /**
         * @param header the {@code ndmsg}: family, interface, state, flags, type
         * @return this builder
         */
        public Builder header(NdMsg header) {
            this.header = header;
            return this;
        }

        /**
         * @param dst {@code NDA_DST}: the neighbour's IP address
         * @return this builder
         */
        public Builder dst(InetAddress dst) {
            this.dst = dst;
            return this;
        }

        /**
         * @param lladdr {@code NDA_LLADDR}: its link-layer address, when known
         * @return this builder
         */
        public Builder lladdr(MacAddress lladdr) {
            this.lladdr = lladdr;
            return this;
        }

        /**
         * @param probes {@code NDA_PROBES}: probes sent
         * @return this builder
         */
        public Builder probes(Integer probes) {
            this.probes = probes;
            return this;
        }

        /**
         * @param cacheInfo {@code NDA_CACHEINFO}: ages
         * @return this builder
         */
        public Builder cacheInfo(NeighbourCacheInfo cacheInfo) {
            this.cacheInfo = cacheInfo;
            return this;
        }

        /**
         * @param protocol {@code NDA_PROTOCOL}: who added it
         * @return this builder
         */
        public Builder protocol(Integer protocol) {
            this.protocol = protocol;
            return this;
        }

        /**
         * @param flagsExt {@code NDA_FLAGS_EXT}: extended flags ({@code NTF_EXT_MANAGED} = 1)
         * @return this builder
         */
        public Builder flagsExt(Integer flagsExt) {
            this.flagsExt = flagsExt;
            return this;
        }

        /**
         * @param vlan {@code NDA_VLAN} (bridge FDB)
         * @return this builder
         */
        public Builder vlan(Integer vlan) {
            this.vlan = vlan;
            return this;
        }

        /**
         * @param port {@code NDA_PORT} (VXLAN FDB, network order as an unsigned value)
         * @return this builder
         */
        public Builder port(Integer port) {
            this.port = port;
            return this;
        }

        /**
         * @param vni {@code NDA_VNI} (VXLAN FDB)
         * @return this builder
         */
        public Builder vni(Integer vni) {
            this.vni = vni;
            return this;
        }

        /**
         * @param ifindex {@code NDA_IFINDEX} (VXLAN FDB)
         * @return this builder
         */
        public Builder ifindex(Integer ifindex) {
            this.ifindex = ifindex;
            return this;
        }

        /**
         * @param master {@code NDA_MASTER}
         * @return this builder
         */
        public Builder master(Integer master) {
            this.master = master;
            return this;
        }

        /**
         * @param linkNetnsid {@code NDA_LINK_NETNSID}
         * @return this builder
         */
        public Builder linkNetnsid(Integer linkNetnsid) {
            this.linkNetnsid = linkNetnsid;
            return this;
        }

        /**
         * @param srcVni {@code NDA_SRC_VNI}
         * @return this builder
         */
        public Builder srcVni(Integer srcVni) {
            this.srcVni = srcVni;
            return this;
        }

        /**
         * @param nhId {@code NDA_NH_ID}
         * @return this builder
         */
        public Builder nhId(Integer nhId) {
            this.nhId = nhId;
            return this;
        }

        /**
         * @param fdbExtAttrs {@code NDA_FDB_EXT_ATTRS}, kept as bytes
         * @return this builder
         */
        public Builder fdbExtAttrs(Bytes fdbExtAttrs) {
            this.fdbExtAttrs = fdbExtAttrs;
            return this;
        }

        /**
         * @param ndmStateMask {@code NDA_NDM_STATE_MASK}
         * @return this builder
         */
        public Builder ndmStateMask(Integer ndmStateMask) {
            this.ndmStateMask = ndmStateMask;
            return this;
        }

        /**
         * @param ndmFlagsMask {@code NDA_NDM_FLAGS_MASK}
         * @return this builder
         */
        public Builder ndmFlagsMask(Integer ndmFlagsMask) {
            this.ndmFlagsMask = ndmFlagsMask;
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

        /** @return the {@link Neighbour} */
        public Neighbour build() {
            return new Neighbour(header, dst, lladdr, probes, cacheInfo, protocol, flagsExt, vlan,
                    port, vni, ifindex, master, linkNetnsid, srcVni, nhId, fdbExtAttrs,
                    ndmStateMask, ndmFlagsMask, unknown);
        }
    }
}

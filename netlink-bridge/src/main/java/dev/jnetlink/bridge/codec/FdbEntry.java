package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.Nda;
import dev.jnetlink.codec.neigh.NeighbourCacheInfo;
import dev.jnetlink.codec.neigh.NeighbourFlags;
import dev.jnetlink.codec.neigh.NeighbourState;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A forwarding database entry ({@code RTM_NEWNEIGH} of family {@code AF_BRIDGE}): one line of
 * {@code bridge fdb show}. The same message shape carries three kinds of entry, and the
 * components follow the order all three are sent in: a bridge's own entries
 * ({@code br_fdb_fill_info}: lladdr, master, flags_ext, cacheinfo, vlan, ext attrs), a VXLAN
 * device's ({@code vxlan_fdb_info}: lladdr, nhid or dst, port, vni, src_vni, ifindex,
 * link_netnsid, cacheinfo) and a device's own address lists (lladdr, vlan). An attribute not
 * sent is null; attributes this library does not model are kept in {@link #unknown()}.
 *
 * <p>Core's {@link dev.jnetlink.codec.neigh.Neighbour} reads the same message type, with the
 * attribute order of ARP/NDP entries; this record keeps the FDB's, so that an FDB dump
 * re-encodes to the kernel's bytes and its fields say what they mean for a bridge.
 *
 * @param header the {@code ndmsg}: port or device, {@code NUD_*} state ({@link NeighbourState}),
 *     {@code NTF_*} flags ({@link NeighbourFlags})
 * @param lladdr {@code NDA_LLADDR}: the MAC address
 * @param master {@code NDA_MASTER}: the bridge, for entries of a bridge's FDB ({@code master br0})
 * @param nhId {@code NDA_NH_ID}: nexthop group (VXLAN)
 * @param dst {@code NDA_DST}: remote VTEP address (VXLAN, {@code dst})
 * @param port {@code NDA_PORT}: remote UDP port (VXLAN, {@code port})
 * @param vni {@code NDA_VNI}: remote VNI (VXLAN, {@code vni})
 * @param srcVni {@code NDA_SRC_VNI} (VXLAN, {@code src_vni})
 * @param ifindex {@code NDA_IFINDEX}: outgoing interface to the VTEP (VXLAN, {@code via})
 * @param linkNetnsid {@code NDA_LINK_NETNSID} (VXLAN)
 * @param flagsExt {@code NDA_FLAGS_EXT}: extended flags ({@link #NTF_EXT_LOCKED})
 * @param cacheInfo {@code NDA_CACHEINFO}: ages
 * @param vlan {@code NDA_VLAN}: the VLAN ({@code vlan})
 * @param fdbExtAttrs {@code NDA_FDB_EXT_ATTRS}, kept as bytes
 * @param unknown attributes this library does not model, as received
 */
public record FdbEntry(
        NdMsg header,
        MacAddress lladdr,
        Integer master,
        Integer nhId,
        InetAddress dst,
        Integer port,
        Integer vni,
        Integer srcVni,
        Integer ifindex,
        Integer linkNetnsid,
        Integer flagsExt,
        NeighbourCacheInfo cacheInfo,
        Integer vlan,
        Bytes fdbExtAttrs,
        List<RawAttribute> unknown) {

    /** {@code NTF_EXT_LOCKED} in {@link #flagsExt}: a locked-port entry ({@code locked}). */
    public static final int NTF_EXT_LOCKED = 0x02;

    /** The {@code NDA_*} table, in the kernel's emission order (see the class comment). */
    public static final AttributeSetCodec<FdbEntry> CODEC = AttributeSetCodec
            .builder(FdbEntry.class, Nda.SPACE)
            .leading("header")
            .mac("lladdr", Nda.LLADDR)
            .u32("master", Nda.MASTER)
            .u32("nhId", Nda.NH_ID)
            .inet("dst", Nda.DST)
            .be16("port", Nda.PORT)
            .u32("vni", Nda.VNI)
            .u32("srcVni", Nda.SRC_VNI)
            .u32("ifindex", Nda.IFINDEX)
            .u32("linkNetnsid", Nda.LINK_NETNSID)
            .u32("flagsExt", Nda.FLAGS_EXT)
            .attr("cacheInfo", Nda.CACHEINFO, NeighbourCacheInfo.CODEC)
            .u16("vlan", Nda.VLAN)
            .bytes("fdbExtAttrs", Nda.FDB_EXT_ATTRS | Nla.F_NESTED)
            .unknown("unknown")
            .build(v -> new FdbEntry(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next()));

    /** @return the port or device the entry is on */
    public int index() {
        return header.index();
    }

    /** @return true if the entry is in the device's own table ({@code self}) */
    public boolean isSelf() {
        return (header.flags() & NeighbourFlags.SELF) != 0;
    }

    /**
     * @return the state as {@code bridge fdb show} prints it: {@code permanent},
     *     {@code static}, {@code stale}, {@code ""} for a dynamic entry, or the hex value
     */
    public String stateName() {
        int s = header.state();
        if ((s & NeighbourState.PERMANENT.bits()) != 0) {
            return "permanent";
        }
        if ((s & NeighbourState.NOARP.bits()) != 0) {
            return "static";
        }
        if ((s & NeighbourState.STALE.bits()) != 0) {
            return "stale";
        }
        if ((s & NeighbourState.REACHABLE.bits()) != 0) {
            return "";
        }
        return "0x" + Integer.toHexString(s);
    }

    /**
     * @return the flag names {@code bridge -j fdb show} lists under {@code "flags"}, in its
     *     order ({@code self}, {@code router}, {@code extern_learn}, {@code offload},
     *     {@code master}, {@code sticky}, {@code locked})
     */
    public List<String> flagNames() {
        int f = header.flags();
        List<String> out = new ArrayList<>(2);
        addIf(out, f, NeighbourFlags.SELF, "self");
        addIf(out, f, NeighbourFlags.ROUTER, "router");
        addIf(out, f, NeighbourFlags.EXT_LEARNED, "extern_learn");
        addIf(out, f, NeighbourFlags.OFFLOADED, "offload");
        addIf(out, f, NeighbourFlags.MASTER, "master");
        addIf(out, f, NeighbourFlags.STICKY, "sticky");
        addIf(out, flagsExt == null ? 0 : flagsExt, NTF_EXT_LOCKED, "locked");
        return out;
    }

    private static void addIf(List<String> out, int flags, int bit, String name) {
        if ((flags & bit) != 0) {
            out.add(name);
        }
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
     * Builds a {@link FdbEntry} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private NdMsg header;
        private MacAddress lladdr;
        private Integer master;
        private Integer nhId;
        private InetAddress dst;
        private Integer port;
        private Integer vni;
        private Integer srcVni;
        private Integer ifindex;
        private Integer linkNetnsid;
        private Integer flagsExt;
        private NeighbourCacheInfo cacheInfo;
        private Integer vlan;
        private Bytes fdbExtAttrs;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(FdbEntry r) {
            header = r.header;
            lladdr = r.lladdr;
            master = r.master;
            nhId = r.nhId;
            dst = r.dst;
            port = r.port;
            vni = r.vni;
            srcVni = r.srcVni;
            ifindex = r.ifindex;
            linkNetnsid = r.linkNetnsid;
            flagsExt = r.flagsExt;
            cacheInfo = r.cacheInfo;
            vlan = r.vlan;
            fdbExtAttrs = r.fdbExtAttrs;
            unknown = r.unknown;
        }

        /**
         * @param header the {@code ndmsg}: port or device, {@code NUD_*} state ({@link
         *     NeighbourState}), {@code NTF_*} flags ({@link NeighbourFlags})
         * @return this builder
         */
        public Builder header(NdMsg header) {
            this.header = header;
            return this;
        }

        /**
         * @param lladdr {@code NDA_LLADDR}: the MAC address
         * @return this builder
         */
        public Builder lladdr(MacAddress lladdr) {
            this.lladdr = lladdr;
            return this;
        }

        /**
         * @param master {@code NDA_MASTER}: the bridge, for entries of a bridge's FDB ({@code
         *     master br0})
         * @return this builder
         */
        public Builder master(Integer master) {
            this.master = master;
            return this;
        }

        /**
         * @param nhId {@code NDA_NH_ID}: nexthop group (VXLAN)
         * @return this builder
         */
        public Builder nhId(Integer nhId) {
            this.nhId = nhId;
            return this;
        }

        /**
         * @param dst {@code NDA_DST}: remote VTEP address (VXLAN, {@code dst})
         * @return this builder
         */
        public Builder dst(InetAddress dst) {
            this.dst = dst;
            return this;
        }

        /**
         * @param port {@code NDA_PORT}: remote UDP port (VXLAN, {@code port})
         * @return this builder
         */
        public Builder port(Integer port) {
            this.port = port;
            return this;
        }

        /**
         * @param vni {@code NDA_VNI}: remote VNI (VXLAN, {@code vni})
         * @return this builder
         */
        public Builder vni(Integer vni) {
            this.vni = vni;
            return this;
        }

        /**
         * @param srcVni {@code NDA_SRC_VNI} (VXLAN, {@code src_vni})
         * @return this builder
         */
        public Builder srcVni(Integer srcVni) {
            this.srcVni = srcVni;
            return this;
        }

        /**
         * @param ifindex {@code NDA_IFINDEX}: outgoing interface to the VTEP (VXLAN, {@code via})
         * @return this builder
         */
        public Builder ifindex(Integer ifindex) {
            this.ifindex = ifindex;
            return this;
        }

        /**
         * @param linkNetnsid {@code NDA_LINK_NETNSID} (VXLAN)
         * @return this builder
         */
        public Builder linkNetnsid(Integer linkNetnsid) {
            this.linkNetnsid = linkNetnsid;
            return this;
        }

        /**
         * @param flagsExt {@code NDA_FLAGS_EXT}: extended flags ({@link FdbEntry#NTF_EXT_LOCKED})
         * @return this builder
         */
        public Builder flagsExt(Integer flagsExt) {
            this.flagsExt = flagsExt;
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
         * @param vlan {@code NDA_VLAN}: the VLAN ({@code vlan})
         * @return this builder
         */
        public Builder vlan(Integer vlan) {
            this.vlan = vlan;
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
         * @param unknown attributes this library does not model, as received
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link FdbEntry} */
        public FdbEntry build() {
            return new FdbEntry(header, lladdr, master, nhId, dst, port, vni, srcVni, ifindex,
                    linkNetnsid, flagsExt, cacheInfo, vlan, fdbExtAttrs, unknown);
        }
    }
}

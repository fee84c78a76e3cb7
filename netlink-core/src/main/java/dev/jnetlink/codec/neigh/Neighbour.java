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
}

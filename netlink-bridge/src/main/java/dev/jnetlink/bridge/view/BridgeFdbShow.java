package dev.jnetlink.bridge.view;

import dev.jnetlink.bridge.Bridges;
import dev.jnetlink.bridge.Fdb;
import dev.jnetlink.bridge.codec.FdbEntry;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.neigh.NeighbourFlags;
import dev.jnetlink.rtnl.InterfaceNames;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.Iproute2;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.rtnl.view.TextView;
import java.util.List;
import java.util.Objects;

/**
 * {@code bridge fdb show [br BRIDGE | dev NAME]}: one line per forwarding-database entry of
 * the bridges and VXLAN devices, as iproute2 6.1's {@code print_fdb} prints it:
 * {@code 02:00:00:00:00:aa dev veth0 vlan 10 master br0 static}; a dynamic entry ends with a
 * blank (its state prints as nothing), and IPv6 destinations are compressed
 * ({@code dst fd00:99::2}).
 */
public final class BridgeFdbShow implements TextView {
    private final Rtnl rtnl;
    private final String bridge;
    private final String dev;

    private BridgeFdbShow(Rtnl rtnl, String bridge, String dev) {
        this.rtnl = rtnl;
        this.bridge = bridge;
        this.dev = dev;
    }

    /**
     * Equivalent to {@code bridge fdb show} in the client's namespace.
     *
     * @param rtnl the client
     * @return the view
     */
    public static BridgeFdbShow of(Rtnl rtnl) {
        return new BridgeFdbShow(Objects.requireNonNull(rtnl, "rtnl"), null, null);
    }

    /**
     * @param name a bridge
     * @return a view of its entries: {@code bridge fdb show br NAME}
     */
    public BridgeFdbShow bridge(String name) {
        return new BridgeFdbShow(rtnl, InterfaceNames.validate(name), null);
    }

    /**
     * @param name a port or VXLAN device
     * @return a view of its entries: {@code bridge fdb show dev NAME} (the {@code dev}
     *     column is then left out, as {@code bridge} does)
     */
    public BridgeFdbShow dev(String name) {
        return new BridgeFdbShow(rtnl, null, InterfaceNames.validate(name));
    }

    @Override
    public String command() {
        return "bridge fdb show" + (bridge == null ? "" : " br " + bridge)
                + (dev == null ? "" : " dev " + dev);
    }

    @Override
    public String text() {
        Fdb fdb = Bridges.of(rtnl).fdb();
        List<FdbEntry> entries = dev != null ? fdb.listByPort(dev)
                : bridge != null ? fdb.listByBridge(bridge) : fdb.list();
        LinkNames links = LinkNames.of(rtnl);
        StringBuilder out = new StringBuilder(entries.size() * 60);
        for (FdbEntry e : entries) {
            line(e, links, dev == null, out);
        }
        return out.toString();
    }

    /**
     * @param e an entry
     * @param links the namespace's links
     * @param withDev false when the view is limited to one device
     * @param out where to append the entry's line, with its newline
     */
    static void line(FdbEntry e, LinkNames links, boolean withDev, StringBuilder out) {
        if (e.lladdr() != null) {
            out.append(Iproute2.linkAddress(e.lladdr(), links.deviceType(e.index()))).append(' ');
        }
        if (withDev && e.index() != 0) {
            out.append("dev ").append(links.name(e.index())).append(' ');
        }
        if (e.dst() != null) {
            out.append("dst ").append(IpAddresses.format(e.dst())).append(' ');
        }
        if (e.vlan() != null && e.vlan() != 0) {
            out.append("vlan ").append(e.vlan()).append(' ');
        }
        if (e.port() != null) {
            out.append("port ").append(e.port()).append(' ');
        }
        if (e.vni() != null) {
            out.append("vni ").append(Integer.toUnsignedString(e.vni())).append(' ');
        }
        if (e.srcVni() != null) {
            out.append("src_vni ").append(Integer.toUnsignedString(e.srcVni())).append(' ');
        }
        if (e.ifindex() != null) {
            out.append(e.linkNetnsid() != null ? "via ifindex " + Integer.toUnsignedString(e.ifindex())
                    : "via " + links.name(e.ifindex())).append(' ');
        }
        if (e.nhId() != null) {
            out.append("nhid ").append(Integer.toUnsignedString(e.nhId())).append(' ');
        }
        if (e.linkNetnsid() != null) {
            out.append("link-netnsid ").append(e.linkNetnsid()).append(' ');
        }
        int flags = e.header().flags();
        flag(out, flags, NeighbourFlags.SELF, "self ");
        flag(out, flags, NeighbourFlags.ROUTER, "router ");
        flag(out, flags, NeighbourFlags.EXT_LEARNED, "extern_learn ");
        flag(out, flags, NeighbourFlags.OFFLOADED, "offload ");
        flag(out, flags, NeighbourFlags.MASTER, "master ");
        flag(out, flags, NeighbourFlags.STICKY, "sticky ");
        if (e.master() != null) {
            out.append("master ").append(links.name(e.master())).append(' ');
        }
        // state_n2a: as the JSON names it, but an unnamed state reads state=0x..
        String state = e.stateName();
        out.append(state.startsWith("0x") ? "state=" + state : state).append('\n');
    }

    private static void flag(StringBuilder out, int flags, int bit, String text) {
        if ((flags & bit) != 0) {
            out.append(text);
        }
    }
}

package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.codec.neigh.NeighbourFlags;
import dev.jnetlink.codec.neigh.NeighbourState;
import dev.jnetlink.rtnl.InterfaceNames;
import dev.jnetlink.rtnl.Rtnl;
import java.util.List;
import java.util.Objects;

/**
 * {@code ip [-4|-6] neigh show [dev NAME]}: one line per ARP or NDP entry, as iproute2 6.1's
 * {@code print_neigh} prints it (trailing blank included), without entries in state
 * {@code NOARP} or with no state, which {@code ip} hides unless asked.
 *
 * <pre>{@code
 * System.out.print(IpNeighShow.of(rtnl).text());
 * // 10.1.0.3 dev eth0 lladdr 02:00:00:00:01:03 PERMANENT
 * }</pre>
 */
public final class IpNeighShow implements TextView {
    private static final int SHOWN_STATES = 0xff & ~NeighbourState.NOARP.bits();
    // print_neigh_state's order
    private static final NeighbourState[] STATE_ORDER = {NeighbourState.INCOMPLETE,
        NeighbourState.REACHABLE, NeighbourState.STALE, NeighbourState.DELAY, NeighbourState.PROBE,
        NeighbourState.FAILED, NeighbourState.NOARP, NeighbourState.PERMANENT};
    private static final int NTF_EXT_MANAGED = 1;

    private final Rtnl rtnl;
    private final int family;
    private final String dev;

    IpNeighShow(Rtnl rtnl, int family, String dev) {
        this.rtnl = rtnl;
        this.family = family;
        this.dev = dev;
    }

    /**
     * Equivalent to {@code ip neigh show} in the client's namespace.
     *
     * @param rtnl the client
     * @return the view
     */
    public static IpNeighShow of(Rtnl rtnl) {
        return new IpNeighShow(Objects.requireNonNull(rtnl, "rtnl"), AddressFamily.UNSPEC, null);
    }

    /** @return this view limited to IPv4 (ARP): {@code ip -4 neigh show} */
    public IpNeighShow ipv4() {
        return new IpNeighShow(rtnl, AddressFamily.INET, dev);
    }

    /** @return this view limited to IPv6 (NDP): {@code ip -6 neigh show} */
    public IpNeighShow ipv6() {
        return new IpNeighShow(rtnl, AddressFamily.INET6, dev);
    }

    /**
     * @param name an interface
     * @return this view limited to its entries: {@code ip neigh show dev NAME} (the {@code dev}
     *     column is then left out, as {@code ip} does)
     */
    public IpNeighShow dev(String name) {
        return new IpNeighShow(rtnl, family, InterfaceNames.validate(name));
    }

    @Override
    public String command() {
        return "ip " + (family == AddressFamily.INET ? "-4 " : family == AddressFamily.INET6 ? "-6 " : "")
                + "neigh show" + (dev == null ? "" : " dev " + dev);
    }

    @Override
    public String text() {
        int index = dev == null ? 0 : rtnl.links().get(dev).index();
        return format(rtnl.neighbours().listAll(), LinkNames.of(rtnl), index);
    }

    /**
     * @param all every entry ({@code nud all})
     * @param links the namespace's links
     * @param index the interface shown, or 0 for all
     * @return the entries this command shows, as it prints them
     */
    String format(List<Neighbour> all, LinkNames links, int index) {
        StringBuilder out = new StringBuilder(all.size() * 64);
        for (Neighbour n : all) {
            NdMsg h = n.header();
            if (family != AddressFamily.UNSPEC && h.family() != family
                    || index != 0 && h.index() != index
                    || (h.state() & SHOWN_STATES) == 0 && (h.flags() & NeighbourFlags.PROXY) == 0
                            && (h.flags() & NeighbourFlags.EXT_LEARNED) == 0) {
                continue;
            }
            line(n, links, index == 0, out);
        }
        return out.toString();
    }

    private static void line(Neighbour n, LinkNames links, boolean withDev, StringBuilder out) {
        NdMsg h = n.header();
        if (n.dst() != null) {
            out.append(IpAddresses.format(n.dst())).append(' ');
        }
        if (withDev && h.index() != 0) {
            out.append("dev ").append(links.name(h.index())).append(' ');
        }
        if (n.lladdr() != null) {
            out.append("lladdr ").append(Iproute2.linkAddress(n.lladdr(), links.deviceType(h.index())))
               .append(' ');
        }
        int flags = h.flags();
        if ((flags & NeighbourFlags.ROUTER) != 0) {
            out.append("router ");
        }
        if ((flags & NeighbourFlags.PROXY) != 0) {
            out.append("proxy ");
        }
        if (n.flagsExt() != null && (n.flagsExt() & NTF_EXT_MANAGED) != 0) {
            out.append("managed ");
        }
        if ((flags & NeighbourFlags.EXT_LEARNED) != 0) {
            out.append("extern_learn ");
        }
        if ((flags & NeighbourFlags.OFFLOADED) != 0) {
            out.append("offload ");
        }
        NeighbourState state = n.state();
        for (NeighbourState s : STATE_ORDER) {
            if (state.has(s)) {
                out.append(s).append(' ');
            }
        }
        if (n.protocol() != null && n.protocol() != 0) {
            out.append("proto ").append(Iproute2.protocolName(n.protocol())).append(' ');
        }
        out.append('\n');
    }
}

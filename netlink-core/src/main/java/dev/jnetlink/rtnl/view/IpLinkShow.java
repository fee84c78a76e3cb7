package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.rtnl.InterfaceNames;
import dev.jnetlink.rtnl.Rtnl;
import java.util.List;
import java.util.Objects;

/**
 * {@code ip [-d] link show [dev NAME]}: each link's flags, MTU, qdisc, master, state, mode,
 * group and queue length, its link-layer line ({@code @peer} or {@code @ifN}, {@code M-DOWN}
 * when the peer or parent here is down, {@code link-netns NAME} when the peer's namespace has a
 * name, else {@code link-netnsid N}), its alias and alternative names; with {@link #details()}
 * also promiscuity, MTU range, the kind and its details, and the queue and offload sizes.
 * Not printed: attached XDP programs, SR-IOV VFs and statistics ({@code -s}), which
 * {@code ip} prints from attributes this library keeps as bytes.
 *
 * <pre>{@code
 * System.out.print(IpLinkShow.of(rtnl).text());
 * // 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
 * //     link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
 * }</pre>
 */
public final class IpLinkShow implements TextView {
    private final Rtnl rtnl;
    private final boolean details;
    private final String dev;

    private IpLinkShow(Rtnl rtnl, boolean details, String dev) {
        this.rtnl = rtnl;
        this.details = details;
        this.dev = dev;
    }

    /**
     * Equivalent to {@code ip link show} in the client's namespace.
     *
     * @param rtnl the client
     * @return the view
     */
    public static IpLinkShow of(Rtnl rtnl) {
        return new IpLinkShow(Objects.requireNonNull(rtnl, "rtnl"), false, null);
    }

    /** @return this view with {@code -d}: {@code ip -d link show} */
    public IpLinkShow details() {
        return new IpLinkShow(rtnl, true, dev);
    }

    /**
     * @param name a link's name
     * @return this view for that link alone: {@code ip link show dev NAME}
     * @throws IllegalArgumentException if the name is not a valid interface name
     */
    public IpLinkShow dev(String name) {
        return new IpLinkShow(rtnl, details, InterfaceNames.validate(name));
    }

    @Override
    public String command() {
        return "ip " + (details ? "-d " : "") + "link show" + (dev == null ? "" : " dev " + dev);
    }

    /**
     * @throws dev.jnetlink.socket.NotFoundException if {@link #dev} names no link
     */
    @Override
    public String text() {
        LinkNames links = LinkNames.of(rtnl);
        List<Link> shown = dev == null ? links.links() : List.of(rtnl.links().get(dev));
        LinkPrinter printer = new LinkPrinter(links, rtnl.nsids()::names);
        StringBuilder out = new StringBuilder(shown.size() * (details ? 400 : 160));
        for (Link l : shown) {
            printer.print(l, true, details, true, out);
        }
        return out.toString();
    }
}

package dev.jnetlink.bridge.view;

import dev.jnetlink.bridge.Bridges;
import dev.jnetlink.bridge.codec.BridgeLink;
import dev.jnetlink.bridge.codec.BridgePortInfo;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.rtnl.InterfaceNames;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.rtnl.view.TextView;
import java.util.List;
import java.util.Objects;

/**
 * {@code bridge link show [dev NAME]}: one line per bridge port, as iproute2 6.1's
 * {@code print_linkinfo} (bridge/link.c) prints it, trailing blank included:
 * {@code 6: v2@v2p: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 }.
 *
 * <p>The bridge's message carries no {@code link-netnsid}, so the peer or parent index is
 * looked up in this namespace as {@code bridge} does: found, it is named and flags
 * {@code M-DOWN} when down; not found (a veth peer in another namespace), it prints as
 * {@code @ifN} without {@code M-DOWN}.
 */
public final class BridgeLinkShow implements TextView {
    private final Rtnl rtnl;
    private final String dev;

    private BridgeLinkShow(Rtnl rtnl, String dev) {
        this.rtnl = rtnl;
        this.dev = dev;
    }

    /**
     * Equivalent to {@code bridge link show} in the client's namespace.
     *
     * @param rtnl the client
     * @return the view
     */
    public static BridgeLinkShow of(Rtnl rtnl) {
        return new BridgeLinkShow(Objects.requireNonNull(rtnl, "rtnl"), null);
    }

    /**
     * @param name a port
     * @return this view of that port alone: {@code bridge link show dev NAME}
     */
    public BridgeLinkShow dev(String name) {
        return new BridgeLinkShow(rtnl, InterfaceNames.validate(name));
    }

    @Override
    public String command() {
        return "bridge link show" + (dev == null ? "" : " dev " + dev);
    }

    @Override
    public String text() {
        int index = dev == null ? 0 : rtnl.links().get(dev).index();
        List<BridgeLink> ports = Bridges.of(rtnl).ports();
        LinkNames links = LinkNames.of(rtnl);
        StringBuilder out = new StringBuilder(ports.size() * 100);
        for (BridgeLink l : ports) {
            if (index == 0 || l.index() == index) {
                line(l, links, out);
            }
        }
        return out.toString();
    }

    /**
     * @param l a port
     * @param links the namespace's links
     * @param out where to append its line, with the newline
     */
    static void line(BridgeLink l, LinkNames links, StringBuilder out) {
        out.append(l.index()).append(": ").append(l.name());
        boolean mDown = false;
        if (l.link() != null) {
            if (l.link() == 0) {
                out.append("@NONE");
            } else {
                out.append('@').append(links.name(l.link()));
                mDown = links.isDown(l.link());
            }
        }
        out.append(": <").append(LinkFlags.format(l.header().flags())).append(mDown ? ",M-DOWN" : "")
           .append("> ");
        if (l.mtu() != null) {
            out.append("mtu ").append(Integer.toUnsignedString(l.mtu())).append(' ');
        }
        if (l.master() != null) {
            out.append("master ").append(links.name(l.master())).append(' ');
        }
        BridgePortInfo p = l.protinfo();
        if (p != null) {
            if (p.state() != null) {
                out.append(BridgePortKindView.portState(p.state())).append(' ');
            }
            if (p.priority() != null) {
                out.append("priority ").append(p.priority()).append(' ');
            }
            if (p.cost() != null) {
                out.append("cost ").append(Integer.toUnsignedString(p.cost())).append(' ');
            }
        }
        out.append('\n');
    }
}

package dev.jnetlink.bridge.view;

import dev.jnetlink.bridge.Bridges;
import dev.jnetlink.bridge.codec.BridgeLink;
import dev.jnetlink.bridge.codec.BridgeVlanInfo;
import dev.jnetlink.rtnl.InterfaceNames;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.rtnl.view.TextView;
import java.util.List;
import java.util.Objects;

/**
 * {@code bridge [-c] vlan show [dev NAME]}: the VLANs of each bridge port and bridge, as
 * iproute2 6.1 prints them: a header, then per link its name padded to 16 columns and one VLAN
 * (or, with {@link #compressed()}, range) per line with {@code PVID} and
 * {@code Egress Untagged}. A kernel without VLAN filtering lists no VLANs: the header alone.
 *
 * <pre>
 * port              vlan-id  
 * br0               1 PVID Egress Untagged
 * v2                1 PVID Egress Untagged
 *                   10
 * </pre>
 */
public final class BridgeVlanShow implements TextView {
    private static final String HEADER = String.format("%-16s  %-9s", "port", "vlan-id") + "\n";
    private static final String INDENT = " ".repeat(18);

    private final Rtnl rtnl;
    private final boolean compressed;
    private final String dev;

    private BridgeVlanShow(Rtnl rtnl, boolean compressed, String dev) {
        this.rtnl = rtnl;
        this.compressed = compressed;
        this.dev = dev;
    }

    /**
     * Equivalent to {@code bridge vlan show} in the client's namespace.
     *
     * @param rtnl the client
     * @return the view
     */
    public static BridgeVlanShow of(Rtnl rtnl) {
        return new BridgeVlanShow(Objects.requireNonNull(rtnl, "rtnl"), false, null);
    }

    /** @return this view with ranges of VLANs that share their flags: {@code bridge -compressvlans vlan show} */
    public BridgeVlanShow compressed() {
        return new BridgeVlanShow(rtnl, true, dev);
    }

    /**
     * @param name a port or bridge
     * @return this view of its VLANs alone: {@code bridge vlan show dev NAME}
     */
    public BridgeVlanShow dev(String name) {
        return new BridgeVlanShow(rtnl, compressed, InterfaceNames.validate(name));
    }

    @Override
    public String command() {
        return "bridge " + (compressed ? "-compressvlans " : "") + "vlan show" + (dev == null ? "" : " dev " + dev);
    }

    @Override
    public String text() {
        int index = dev == null ? 0 : rtnl.links().get(dev).index();
        List<BridgeLink> all = Bridges.of(rtnl).vlans().links(compressed);
        LinkNames links = LinkNames.of(rtnl);
        StringBuilder out = new StringBuilder(HEADER);
        for (BridgeLink l : all) {
            if (l.afSpec() == null || index != 0 && l.index() != index) {
                continue;
            }
            boolean opened = false;
            int rangeStart = 0;
            for (BridgeVlanInfo v : l.vlans()) {
                if (!v.isRangeEnd()) {
                    rangeStart = v.vid();
                }
                if (v.isRangeBegin()) {
                    continue;
                }
                out.append(opened ? INDENT : String.format("%-16s  ", links.name(l.index())));
                opened = true;
                out.append(rangeStart);
                if (rangeStart != v.vid()) {
                    out.append('-').append(v.vid());
                }
                if ((v.flags() & BridgeVlanInfo.PVID) != 0) {
                    out.append(" PVID");
                }
                if ((v.flags() & BridgeVlanInfo.UNTAGGED) != 0) {
                    out.append(" Egress Untagged");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}

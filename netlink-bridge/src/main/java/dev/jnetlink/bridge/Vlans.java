package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.BridgeKind;
import dev.jnetlink.bridge.codec.BridgeLink;
import dev.jnetlink.bridge.codec.BridgeLinkCodec;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.RequestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * VLAN filtering of the bridges of one namespace: what {@code bridge vlan add/del/show} do.
 * Obtained from {@link Bridges#vlans()}. VLANs filter traffic once the bridge has
 * {@code vlan_filtering} on ({@link BridgeOptions.Builder#vlanFiltering}); they can be set
 * before.
 *
 * <p>The device decides where a VLAN goes, as {@code bridge vlan} does with {@code self} and
 * {@code master}: on a bridge port it goes to the port's VLANs; on the bridge device itself
 * it goes to the bridge's own VLANs (the {@code self} entries that let the bridge's own
 * interface take part, as {@code bridge vlan add dev BR vid N self}).
 *
 * <p>Kernels built without {@code CONFIG_BRIDGE_VLAN_FILTERING} refuse VLANs
 * ({@link KernelLacksFeatureException}) and list none.
 */
public final class Vlans {
    private final Bridges bridges;
    private final RequestEngine engine;

    Vlans(Bridges bridges, RequestEngine engine) {
        this.bridges = bridges;
        this.engine = engine;
    }

    /**
     * Adds VLANs to a port or to the bridge itself. Equivalent to {@code bridge vlan add dev
     * DEV vid VID [pvid] [untagged]} ({@code ... self} on the bridge device).
     *
     * @param dev a bridge port, or a bridge
     * @param vlan the VLAN or range and its flags
     * @throws IllegalStateException if {@code dev} is neither a bridge nor a bridge port
     * @throws KernelLacksFeatureException if the kernel has no VLAN filtering
     */
    public void add(String dev, VlanSpec vlan) {
        modify(Rtm.SETLINK, dev, vlan);
    }

    /**
     * Removes VLANs from a port or from the bridge itself. Equivalent to {@code bridge vlan del
     * dev DEV vid VID} ({@code ... self} on the bridge device).
     *
     * @param dev a bridge port, or a bridge
     * @param vlan the VLAN or range
     */
    public void delete(String dev, VlanSpec vlan) {
        modify(Rtm.DELLINK, dev, vlan);
    }

    private void modify(int type, String dev, VlanSpec vlan) {
        Objects.requireNonNull(vlan, "vlan");
        Link link = bridges.linkInThisNamespace(dev, "cannot change the VLANs of " + dev);
        boolean self = BridgeKind.NAME.equals(link.kind());
        if (!self && !BridgeKind.NAME.equals(link.slaveKind())) {
            throw new IllegalStateException(dev + " is neither a bridge nor a bridge port;"
                    + " VLAN filtering applies to those only");
        }
        try {
            engine.execute(BridgeRequests.vlans(type, dev, link.index(), self, vlan));
        } catch (NetlinkException e) {
            throw BridgeRequests.vlanFeature(e);
        }
    }

    /**
     * Lists the VLANs of every port and bridge. Equivalent to {@code bridge vlan show}.
     *
     * @return one entry per link that has VLANs, in the kernel's order
     */
    public List<PortVlans> list() {
        List<BridgeLink> links = links(true);
        List<PortVlans> out = new ArrayList<>(links.size());
        for (BridgeLink l : links) {
            if (!l.vlans().isEmpty()) {
                out.add(new PortVlans(l.index(), l.name(), l.isBridge(), BridgeVlan.of(l.vlans())));
            }
        }
        return out;
    }

    /**
     * The bridge devices and ports with their VLAN entries as the kernel sends them: the dump
     * {@code bridge vlan show} ({@code bridge -compressvlans vlan show} when compressed) reads.
     *
     * @param compressed true for VLANs with equal flags as ranges (a begin and an end entry),
     *     false for one entry per VLAN
     * @return the links, in the kernel's order; those without VLANs have none in
     *     {@link BridgeLink#vlans()}
     */
    public List<BridgeLink> links(boolean compressed) {
        return engine.dump(BridgeRequests.linkDump(compressed
                ? BridgeLinkCodec.RTEXT_FILTER_BRVLAN_COMPRESSED : BridgeLinkCodec.RTEXT_FILTER_BRVLAN,
                "bridge VLANs"), Bridges::decodeBridgeLink);
    }

    /**
     * Lists the VLANs of one port or bridge. Equivalent to {@code bridge vlan show dev DEV}.
     *
     * @param dev the device's name
     * @return its VLANs and ranges, empty if none
     */
    public List<BridgeVlan> list(String dev) {
        int index = bridges.link(dev).index();
        for (PortVlans p : list()) {
            if (p.index() == index) {
                return p.vlans();
            }
        }
        return List.of();
    }
}

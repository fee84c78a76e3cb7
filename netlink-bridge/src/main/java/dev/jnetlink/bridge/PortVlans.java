package dev.jnetlink.bridge;

import java.util.List;

/**
 * The VLANs of one bridge port or of a bridge device itself: one block of
 * {@code bridge vlan show}.
 *
 * @param index the link's index
 * @param name the link's name
 * @param bridge true for the bridge device's own VLANs ({@code self}), false for a port's
 * @param vlans its VLANs and ranges, in the kernel's order
 */
public record PortVlans(int index, String name, boolean bridge, List<BridgeVlan> vlans) {
    /** @param vlans copied */
    public PortVlans {
        vlans = List.copyOf(vlans);
    }
}

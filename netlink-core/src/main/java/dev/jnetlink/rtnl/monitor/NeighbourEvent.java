package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.neigh.Neighbour;

/**
 * A neighbour (ARP/NDP) entry or bridge FDB entry added, changed or removed ({@code ip monitor neigh}).
 *
 * @param change what happened
 * @param value the neighbour as the kernel described it
 * @param fromDump true if it came from the listing of existing state or a resync
 */
public record NeighbourEvent(Change change, Neighbour value, boolean fromDump) implements ObjectEvent<Neighbour> {
    /** @return the neighbour */
    public Neighbour neighbour() {
        return value;
    }

    @Override
    public String toString() {
        return (change == Change.DELETED ? "Deleted " : change == Change.CHANGED ? "Changed " : "") + value;
    }
}

package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.nexthop.NextHopObject;

/**
 * A nexthop object added, replaced or removed ({@code ip monitor nexthop}).
 *
 * @param change what happened
 * @param value the object as the kernel described it
 * @param fromDump true if it came from the listing of existing state or a resync
 */
public record NextHopEvent(Change change, NextHopObject value, boolean fromDump)
        implements ObjectEvent<NextHopObject> {
    /** @return the nexthop object */
    public NextHopObject nexthop() {
        return value;
    }

    @Override
    public String toString() {
        return (change == Change.DELETED ? "Deleted " : change == Change.CHANGED ? "Changed " : "") + value;
    }
}

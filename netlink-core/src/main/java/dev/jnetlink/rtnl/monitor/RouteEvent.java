package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.route.Route;

/**
 * A route added, changed or removed ({@code ip monitor route}).
 *
 * @param change what happened
 * @param value the route as the kernel described it
 * @param fromDump true if it came from the listing of existing state or a resync
 */
public record RouteEvent(Change change, Route value, boolean fromDump) implements ObjectEvent<Route> {
    /** @return the route */
    public Route route() {
        return value;
    }

    @Override
    public String toString() {
        return (change == Change.DELETED ? "Deleted " : change == Change.CHANGED ? "Changed " : "") + value;
    }
}

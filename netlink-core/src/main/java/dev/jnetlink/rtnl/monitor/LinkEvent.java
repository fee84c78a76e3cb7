package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.link.Link;

/**
 * A link created, changed or deleted ({@code ip monitor link}).
 *
 * @param change what happened
 * @param value the link
 * @param fromDump true if it came from the listing of existing state or a resync
 */
public record LinkEvent(Change change, Link value, boolean fromDump) implements ObjectEvent<Link> {
    /** @return the link */
    public Link link() {
        return value;
    }

    @Override
    public String toString() {
        return (change == Change.DELETED ? "Deleted " : change == Change.CHANGED ? "Changed " : "")
                + value;
    }
}

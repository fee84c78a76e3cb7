package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.tc.TcObject;

/**
 * A qdisc, class or filter added, changed or removed ({@code tc monitor}); subscribe with
 * {@link Group#TC}.
 *
 * @param change what happened
 * @param value the object as the kernel described it
 * @param fromDump true if it came from the listing of existing state or a resync
 */
public record TcEvent(Change change, TcObject value, boolean fromDump) implements ObjectEvent<TcObject> {
    /** @return the qdisc, class or filter */
    public TcObject object() {
        return value;
    }

    @Override
    public String toString() {
        return (change == Change.DELETED ? "Deleted " : change == Change.CHANGED ? "Changed " : "") + value;
    }
}

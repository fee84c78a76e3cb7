package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.nsid.NsId;

/**
 * A namespace id assigned or removed ({@code ip monitor nsid}).
 *
 * @param change {@link Change#NEW} when assigned, {@link Change#DELETED} when the other
 *     namespace went away
 * @param value the id
 * @param fromDump true if it came from the listing of existing state or a resync
 */
public record NsIdEvent(Change change, NsId value, boolean fromDump) implements ObjectEvent<NsId> {
    @Override
    public String toString() {
        return (change == Change.DELETED ? "Deleted nsid " : "nsid ") + value.nsid();
    }
}

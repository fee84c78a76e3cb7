package dev.jnetlink.rtnl.monitor;

/**
 * Something a {@link Subscription} delivers: a change to an object ({@link ObjectEvent}:
 * {@link LinkEvent}, and the address, route, neighbour and nsid events), an {@link Overrun}
 * (the kernel dropped events), or {@link Synced} (the listing of existing state, or a resync,
 * is complete).
 */
public interface Event {
}

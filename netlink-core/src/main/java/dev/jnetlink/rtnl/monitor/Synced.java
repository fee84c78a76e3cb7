package dev.jnetlink.rtnl.monitor;

/**
 * The events delivered so far bring the subscriber to the kernel's state: the listing of
 * existing objects ({@link Monitor#listExisting(boolean)}) or a resync after an
 * {@link Overrun} is complete. Later events are changes.
 *
 * @param afterOverrun true for the end of a resync, false for the end of the initial listing
 */
public record Synced(boolean afterOverrun) implements Event {
}

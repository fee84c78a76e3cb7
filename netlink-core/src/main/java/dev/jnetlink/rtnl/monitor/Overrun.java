package dev.jnetlink.rtnl.monitor;

/**
 * The kernel dropped events because the subscription's receive buffer was full
 * ({@code ENOBUFS}): what happened since the previous event is not fully known. With
 * {@link Monitor#resyncOnOverrun(boolean) resync} on, the subscription now re-reads the state
 * and delivers the difference, then {@link Synced}.
 *
 * @param count how many overruns this subscription has seen, this one included
 * @param resyncing true if a resync follows
 */
public record Overrun(long count, boolean resyncing) implements Event {
}

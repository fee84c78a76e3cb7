package dev.jnetlink.rtnl.monitor;

/**
 * A change to one decoded object.
 *
 * @param <T> the object's type ({@code Link}, {@code Address}, ...)
 */
public interface ObjectEvent<T> extends Event {
    /** @return what happened */
    Change change();

    /**
     * @return the object as the kernel described it in this message (for {@link Change#DELETED},
     *     its last state)
     */
    T value();

    /** @return true if the object was in the subscription's listing or resync, not an event */
    boolean fromDump();
}

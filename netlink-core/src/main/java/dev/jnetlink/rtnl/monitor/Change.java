package dev.jnetlink.rtnl.monitor;

/** What happened to an object, as {@code ip monitor} marks it (nothing, "Deleted", ...). */
public enum Change {
    /** It appeared: created, or already there when a subscription listed the existing state. */
    NEW,
    /** It was there and changed. */
    CHANGED,
    /** It was removed. */
    DELETED
}

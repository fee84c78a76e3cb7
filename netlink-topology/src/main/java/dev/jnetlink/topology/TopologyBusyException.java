package dev.jnetlink.topology;

/** Another apply or destroy of the same topology is running; nothing was changed. */
public final class TopologyBusyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    TopologyBusyException(String topology, String what, String holder) {
        super("cannot " + what + " topology " + topology + ": it is being applied or destroyed by " + holder
                + "; nothing was changed");
    }
}

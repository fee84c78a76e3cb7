package dev.jnetlink.socket;

import java.util.List;

/**
 * A dump kept changing while it ran: every try came back marked {@code NLM_F_DUMP_INTR}, so
 * the result may be inconsistent (an object missing or listed twice). The last try's result is
 * still available from {@link #partialResult()}, for a caller that can use it anyway.
 */
public class DumpInterruptedException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final transient List<?> partial;
    private final int attempts;

    /**
     * @param operation the dump request, e.g. {@code RTM_GETLINK}
     * @param object what was dumped, or null
     * @param attempts how many times the dump ran
     * @param partial the last try's result
     */
    public DumpInterruptedException(String operation, String object, int attempts, List<?> partial) {
        super(null, operation, object, null, null, "dump interrupted by concurrent changes "
                + attempts + " times in a row (NLM_F_DUMP_INTR); result may be inconsistent", null);
        this.attempts = attempts;
        this.partial = List.copyOf(partial);
    }

    /**
     * @param <T> the element type the dump decoded to
     * @return the last try's (possibly inconsistent) result
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> partialResult() {
        return (List<T>) partial;
    }

    /** @return how many times the dump ran before giving up */
    public int attempts() {
        return attempts;
    }
}

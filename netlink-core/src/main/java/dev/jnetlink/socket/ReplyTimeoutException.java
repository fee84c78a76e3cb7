package dev.jnetlink.socket;

import java.time.Duration;

/**
 * The kernel sent nothing for a request's whole reply deadline
 * ({@link RequestEngine.Options#replyTimeout()}): the request was abandoned and its outcome is
 * unknown (a change may or may not have been made). The client stays usable: replies that come
 * late are told apart by their sequence number and dropped.
 */
public class ReplyTimeoutException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final transient Duration timeout;

    /**
     * @param operation the request, e.g. {@code RTM_GETLINK}, or {@code batch}
     * @param object what it was about, or null
     * @param timeout how long nothing came
     */
    public ReplyTimeoutException(String operation, String object, Duration timeout) {
        super(Errno.ETIMEDOUT, operation, object, null, null, "no reply from the kernel for "
                + timeout.toMillis() + " ms; the request was abandoned and its outcome is unknown",
                null);
        this.timeout = timeout;
    }

    /** @return how long the client waited without receiving anything from the kernel */
    public Duration timeout() {
        return timeout;
    }
}

package dev.jnetlink.socket;

/**
 * The socket's receive queue overflowed while a request was in flight ({@code ENOBUFS} from
 * {@code recvmsg}): the kernel dropped replies, possibly this request's, so its outcome is
 * unknown. The client resynchronises (it reads and drops what is queued before its next
 * request), so the next request works.
 */
public class RepliesLostException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    /**
     * @param operation the request, e.g. {@code RTM_NEWLINK}, or {@code batch}
     * @param object what it was about, or null
     * @param cause the {@code recvmsg} failure
     */
    public RepliesLostException(String operation, String object, Throwable cause) {
        super(Errno.ENOBUFS, operation, object, null, null, "the socket's receive queue overflowed"
                + " and the kernel dropped replies; the request's outcome is unknown", cause);
    }
}

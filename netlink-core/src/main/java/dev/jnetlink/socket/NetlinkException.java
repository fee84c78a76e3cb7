package dev.jnetlink.socket;

import java.util.Objects;

/**
 * Something the kernel (or a system call) refused. Carries what a user needs to act on it:
 * the errno and its name, the request ({@code RTM_NEWLINK}, {@code mount}) and the object it
 * was about ({@code veth1.1}), the kernel's extended-ack message and the attribute it
 * pointed at. The message reads
 * {@code RTM_NEWLINK veth1.1: EEXIST (File exists)} or, with extended ack,
 * {@code RTM_NEWLINK veth1.1: EINVAL (Invalid argument): mtu greater than device maximum [IFLA_MTU]}
 * (an MTU past the device's maximum: the kernel's text, then in brackets the attribute its
 * extended ack points at, which Linux 6.18 names for this refusal and 6.1 does not). Where the
 * library restates a refusal for the request the caller made, what it found follows in
 * parentheses: {@code RTM_NEWLINK taken0 (new name of veth0): EEXIST (File exists) (a link
 * named taken0 exists)}.
 *
 * <p>Subclasses name the cases callers commonly handle: {@link AlreadyExistsException},
 * {@link NotFoundException}, {@link PermissionDeniedException},
 * {@link KernelLacksFeatureException}, {@link DumpInterruptedException}, and for requests whose
 * outcome is unknown, {@link ReplyTimeoutException} and {@link RepliesLostException}.
 */
public class NetlinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Errno errno;
    private final String operation;
    private final String object;
    private final String kernelMessage;
    private final String attribute;

    /**
     * @param errno the error, or null when there is no errno (a protocol error)
     * @param operation the request type or system call, e.g. {@code RTM_NEWLINK}
     * @param object what the request was about, e.g. an interface name; may be null
     * @param kernelMessage the kernel's extended-ack text, or null
     * @param attribute the attribute the kernel pointed at, e.g. {@code IFLA_MTU}, or null
     */
    public NetlinkException(Errno errno, String operation, String object, String kernelMessage,
            String attribute) {
        this(errno, operation, object, kernelMessage, attribute, null, null);
    }

    /**
     * @param errno the error, or null
     * @param operation the request type or system call
     * @param object what it was about, or null
     * @param kernelMessage the kernel's text, or null
     * @param attribute the attribute at fault, or null
     * @param detail more text for the message (what to do about it), or null
     * @param cause the underlying exception, or null
     */
    protected NetlinkException(Errno errno, String operation, String object, String kernelMessage,
            String attribute, String detail, Throwable cause) {
        super(format(errno, operation, object, kernelMessage, attribute, detail), cause);
        this.errno = errno;
        this.operation = Objects.requireNonNull(operation, "operation");
        this.object = object;
        this.kernelMessage = kernelMessage;
        this.attribute = attribute;
    }

    /**
     * Builds the exception class that fits the errno.
     *
     * @param errno the error
     * @param operation the request type or system call
     * @param object what it was about, or null
     * @param kernelMessage the kernel's text, or null
     * @param attribute the attribute at fault, or null
     * @return an {@link AlreadyExistsException}, {@link NotFoundException},
     *     {@link PermissionDeniedException} or a plain {@code NetlinkException}
     */
    public static NetlinkException of(Errno errno, String operation, String object,
            String kernelMessage, String attribute) {
        return switch (errno.number()) {
            case 17 -> new AlreadyExistsException(errno, operation, object, kernelMessage, attribute);
            case 2, 3, 19 -> new NotFoundException(errno, operation, object, kernelMessage, attribute);
            case 1, 13 -> new PermissionDeniedException(errno, operation, object, kernelMessage,
                    attribute);
            default -> new NetlinkException(errno, operation, object, kernelMessage, attribute);
        };
    }

    private static String format(Errno errno, String operation, String object,
            String kernelMessage, String attribute, String detail) {
        StringBuilder sb = new StringBuilder(operation);
        if (object != null && !object.isEmpty()) {
            sb.append(' ').append(object);
        }
        sb.append(": ");
        sb.append(errno != null ? errno.toString() : "protocol error");
        if (kernelMessage != null && !kernelMessage.isEmpty()) {
            sb.append(": ").append(kernelMessage);
        }
        if (attribute != null) {
            sb.append(" [").append(attribute).append(']');
        }
        if (detail != null) {
            sb.append(" (").append(detail).append(')');
        }
        return sb.toString();
    }

    /** @return the errno, or null for a protocol error */
    public Errno errno() {
        return errno;
    }

    /** @return the errno number, or 0 for a protocol error */
    public int errnoNumber() {
        return errno == null ? 0 : errno.number();
    }

    /** @return the request type or system call, e.g. {@code RTM_NEWLINK} */
    public String operation() {
        return operation;
    }

    /** @return what the request was about, or null */
    public String object() {
        return object;
    }

    /** @return the kernel's extended-ack message, or null */
    public String kernelMessage() {
        return kernelMessage;
    }

    /** @return the attribute the kernel's extended ack pointed at, or null */
    public String attribute() {
        return attribute;
    }
}

package dev.jnetlink.socket;

/** The object does not exist (ENODEV, ENOENT, ESRCH): no such link, namespace, route or entry. */
public class NotFoundException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    /**
     * @param errno the error
     * @param operation the request type or system call
     * @param object what it was about, or null
     * @param kernelMessage the kernel's text, or null
     * @param attribute the attribute at fault, or null
     */
    public NotFoundException(Errno errno, String operation, String object, String kernelMessage,
            String attribute) {
        super(errno, operation, object, kernelMessage, attribute, null, null);
    }

    /**
     * A refusal restated in the terms of the request the caller made, when the kernel's own
     * request named something else (a lookup of another object, or the old name of a link
     * being renamed): the message names the object that is missing and says what it is, and keeps
     * the kernel's errno, text and attribute.
     *
     * @param cause the kernel's refusal as it came
     * @param operation the request the caller made, e.g. {@code RTM_NEWADDR}
     * @param object the object the refusal is about, e.g. {@code 10.0.0.1/24 dev nosuch0}
     * @param detail what is missing, e.g. {@code no link nosuch0 in this namespace}
     */
    public NotFoundException(NetlinkException cause, String operation, String object,
            String detail) {
        super(cause.errno(), operation, object, cause.kernelMessage(), cause.attribute(), detail,
                cause);
    }
}

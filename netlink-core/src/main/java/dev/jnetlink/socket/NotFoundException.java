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
}

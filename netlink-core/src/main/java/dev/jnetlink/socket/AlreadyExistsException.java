package dev.jnetlink.socket;

/** The object already exists (EEXIST): a link, address, route or namespace of that name or key. */
public class AlreadyExistsException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    /**
     * @param errno the error
     * @param operation the request type or system call
     * @param object what it was about, or null
     * @param kernelMessage the kernel's text, or null
     * @param attribute the attribute at fault, or null
     */
    public AlreadyExistsException(Errno errno, String operation, String object, String kernelMessage,
            String attribute) {
        super(errno, operation, object, kernelMessage, attribute, null, null);
    }
}

package dev.jnetlink.socket;

/** The caller lacks a privilege (EPERM, EACCES): rtnetlink changes need CAP_NET_ADMIN, namespaces CAP_SYS_ADMIN. */
public class PermissionDeniedException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    /**
     * @param errno the error
     * @param operation the request type or system call
     * @param object what it was about, or null
     * @param kernelMessage the kernel's text, or null
     * @param attribute the attribute at fault, or null
     */
    public PermissionDeniedException(Errno errno, String operation, String object, String kernelMessage,
            String attribute) {
        super(errno, operation, object, kernelMessage, attribute, null, null);
    }
}

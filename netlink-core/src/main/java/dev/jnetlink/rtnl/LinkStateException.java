package dev.jnetlink.rtnl;

import dev.jnetlink.socket.NetlinkException;

/**
 * The kernel refused a link change because of the link's state, and the library says which
 * state it needs: {@code RTM_NEWLINK veth1.1: EBUSY (Device or resource busy) (the link must be
 * down to be renamed: ip link set dev veth1.1 down)}.
 */
public class LinkStateException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    /**
     * @param cause the kernel's refusal
     * @param detail what state the change needs and how to get there
     */
    public LinkStateException(NetlinkException cause, String detail) {
        super(cause.errno(), cause.operation(), cause.object(), cause.kernelMessage(),
                cause.attribute(), detail, cause);
    }
}

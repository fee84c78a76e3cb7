package dev.jnetlink.codec.nsid;

import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A namespace id message ({@code RTM_NEWNSID} from the kernel, or an nsid request): which id a
 * peer namespace has in the namespace that reads it. What {@code ip netns list-id} prints.
 * Components are the {@code NETNSA_*} attributes; one the message did not carry is null.
 * The request-only attributes come first, in the order {@code ip netns set} sends them
 * ({@code NETNSA_FD}, then {@code NETNSA_NSID}); the kernel emits {@code NETNSA_NSID} then
 * {@code NETNSA_CURRENT_NSID}.
 *
 * @param header the {@code rtgenmsg}
 * @param fd {@code NETNSA_FD}: the peer namespace as an fd of the sender (requests)
 * @param pid {@code NETNSA_PID}: the peer namespace as a process in it (requests)
 * @param nsid {@code NETNSA_NSID}: the id, {@link Netnsa#NSID_NOT_ASSIGNED} if none
 * @param targetNsid {@code NETNSA_TARGET_NSID}: whose ids a request reads (requests)
 * @param currentNsid {@code NETNSA_CURRENT_NSID}: in answers to a targeted request, the peer's
 *     id as the socket's own namespace sees it ({@code current-nsid})
 * @param unknown attributes this library does not model, as received
 */
public record NsId(
        RtGenMsg header,
        Integer fd,
        Integer pid,
        Integer nsid,
        Integer targetNsid,
        Integer currentNsid,
        List<RawAttribute> unknown) {

    /**
     * @param fd a namespace fd of the sender
     * @return a request naming that namespace by fd ({@code RTM_GETNSID}'s body)
     */
    public static NsId ofFd(int fd) {
        return new NsId(RtGenMsg.UNSPEC, fd, null, null, null, null, List.of());
    }

    /**
     * @param fd a namespace fd of the sender
     * @param nsid the id to give it, or {@link Netnsa#NSID_NOT_ASSIGNED} for "kernel picks"
     * @return a request assigning it ({@code RTM_NEWNSID}'s body)
     */
    public static NsId assign(int fd, int nsid) {
        return new NsId(RtGenMsg.UNSPEC, fd, null, nsid, null, null, List.of());
    }

    /** @return true if {@link #nsid()} is present and not {@link Netnsa#NSID_NOT_ASSIGNED} */
    public boolean isAssigned() {
        return nsid != null && nsid != Netnsa.NSID_NOT_ASSIGNED;
    }
}

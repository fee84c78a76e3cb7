package dev.jnetlink.rtnl.link;

/**
 * What a {@link LinkSpec} needs from the client while it writes its request: the indexes of
 * the links it names (master, parent), looked up in the namespace the request runs in. The
 * client resolves every {@link LinkSpec#references() reference} before it starts writing, so
 * this is a map lookup, never a request.
 */
@FunctionalInterface
public interface SpecContext {
    /**
     * @param linkName a link's name, one of the spec's references
     * @return its index
     * @throws IllegalStateException if the name was not among the spec's references
     */
    int indexOf(String linkName);

    /**
     * The name to create the link under. The client answers with a temporary name when it
     * creates the link in its own namespace and moves it to its target namespace afterwards
     * (to set an alias, which the kernel takes only from a request made in the link's
     * namespace); the spec then leaves out the link's target namespace.
     *
     * @param name the spec's name for the link
     * @return {@code name}, or the temporary name to create it here under
     */
    default String createAs(String name) {
        return name;
    }

    /**
     * {@link #createAs} for the other end of a pair (a veth's peer).
     *
     * @param peerName the spec's name for the peer
     * @return {@code peerName}, or the temporary name to create the peer here under
     */
    default String createPeerAs(String peerName) {
        return peerName;
    }
}

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
}

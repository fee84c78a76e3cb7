package dev.jnetlink.rtnl.link;

/**
 * What a {@link LinkSpec} needs from the client while it writes its request: the indexes of
 * the links it names (master, parent), looked up in the namespace the request runs in.
 */
@FunctionalInterface
public interface SpecContext {
    /**
     * @param linkName a link's name
     * @return its index
     * @throws dev.jnetlink.socket.NotFoundException if there is no such link
     */
    int indexOf(String linkName);
}

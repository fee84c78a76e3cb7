package dev.jnetlink.rtnl;

import dev.jnetlink.socket.RequestEngine;

/**
 * Namespace ids (nsids) as this namespace sees other namespaces: what {@code ip netns list-id} and {@code ip netns set} do. Obtained from {@link Rtnl#nsids()}.
 */
public final class NamespaceIds {
    private final RequestEngine engine;

    NamespaceIds(RequestEngine engine) {
        this.engine = engine;
    }
}

package dev.jnetlink.rtnl;

import dev.jnetlink.socket.RequestEngine;

/**
 * Neighbour (ARP and NDP) entries of one namespace: what {@code ip neigh add/replace/del/show/flush} do. Obtained from {@link Rtnl#neighbours()}.
 */
public final class Neighbours {
    private final RequestEngine engine;

    Neighbours(RequestEngine engine) {
        this.engine = engine;
    }
}

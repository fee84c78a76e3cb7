package dev.jnetlink.rtnl;

import dev.jnetlink.socket.RequestEngine;

/**
 * Addresses of one namespace: what {@code ip addr add/del/show/flush} do. Obtained from {@link Rtnl#addresses()}.
 */
public final class Addresses {
    private final RequestEngine engine;

    Addresses(RequestEngine engine) {
        this.engine = engine;
    }
}

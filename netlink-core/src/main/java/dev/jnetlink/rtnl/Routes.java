package dev.jnetlink.rtnl;

import dev.jnetlink.socket.RequestEngine;

/**
 * Routes of one namespace: what {@code ip route add/replace/change/append/del/get/show} do. Obtained from {@link Rtnl#routes()}.
 */
public final class Routes {
    private final RequestEngine engine;

    Routes(RequestEngine engine) {
        this.engine = engine;
    }
}

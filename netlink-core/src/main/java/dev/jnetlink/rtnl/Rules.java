package dev.jnetlink.rtnl;

import dev.jnetlink.socket.RequestEngine;

/**
 * Policy routing rules of one namespace: what {@code ip rule add/del/list} do. Obtained from {@link Rtnl#rules()}.
 */
public final class Rules {
    private final RequestEngine engine;

    Rules(RequestEngine engine) {
        this.engine = engine;
    }
}

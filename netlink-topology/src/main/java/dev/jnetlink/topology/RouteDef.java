package dev.jnetlink.topology;

import dev.jnetlink.codec.addr.Prefix;

/**
 * A route in a namespace's main table: {@code ip route add TO [via GW] [dev DEV]}.
 *
 * @param to the destination ({@code 0.0.0.0/0} for {@code default})
 * @param via the gateway, or null
 * @param dev the device, or null
 */
public record RouteDef(Prefix to, String via, String dev) {
    /** @return the route as {@code ip route add} takes it */
    public String describe() {
        String dst = to.length() == 0 ? "default" : to.toString();
        return dst + (via == null ? "" : " via " + via) + (dev == null ? "" : " dev " + dev);
    }
}

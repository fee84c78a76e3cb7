package dev.jnetlink.examples;

import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.codec.neigh.NeighbourState;
import dev.jnetlink.rtnl.Rtnl;
import java.util.List;

/**
 * What the scenarios check in the listings they print (the listings themselves are the
 * library's text views, {@code dev.jnetlink.rtnl.view} and {@code dev.jnetlink.bridge.view}):
 * a route in a {@code route -n} table, the entries {@code ip neigh show} lists.
 */
public final class Listings {
    private Listings() {
    }

    /**
     * Whether a {@code route -n} table has a route.
     *
     * @param table what {@code RouteN.text()} printed
     * @param destination e.g. {@code 0.0.0.0}
     * @param gateway e.g. {@code 172.17.0.1}, or {@code 0.0.0.0} for none
     * @param genmask e.g. {@code 0.0.0.0}
     * @param flags e.g. {@code UG}
     * @param iface e.g. {@code eth0}
     * @return true if a line has these columns
     */
    public static boolean hasRoute(String table, String destination, String gateway, String genmask, String flags,
            String iface) {
        return table.lines().map(l -> l.trim().split("\\s+")).anyMatch(c -> c.length == 8
                && c[0].equals(destination) && c[1].equals(gateway) && c[2].equals(genmask) && c[3].equals(flags)
                && c[7].equals(iface));
    }

    /**
     * @param rtnl a namespace's client
     * @return the entries {@code ip neigh show} lists (state NOARP left out, as {@code ip} does)
     */
    public static List<Neighbour> resolvedNeighbours(Rtnl rtnl) {
        return rtnl.neighbours().list().stream().filter(n -> !n.state().has(NeighbourState.NOARP)).toList();
    }
}

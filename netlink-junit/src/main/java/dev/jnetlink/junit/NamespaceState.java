package dev.jnetlink.junit;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.IpRouteShow;

/**
 * A namespace's links, addresses and routes as text, the way {@code ip addr show},
 * {@code ip route show} and {@code ip -6 route show} print them, read with the library (no
 * process is started). What a person debugging a failed test would look at first.
 */
public final class NamespaceState {
    private NamespaceState() {
    }

    /**
     * Reads a namespace's state through a client of its own, opened for the purpose. Equivalent
     * to {@code ip -n NAME addr; ip -n NAME route; ip -n NAME -6 route}.
     *
     * @param ns the namespace
     * @return the listing; if reading fails, a line saying why
     */
    public static String of(NetNs ns) {
        try (Rtnl rtnl = Rtnl.openIn(ns)) {
            return of(rtnl);
        } catch (RuntimeException e) {
            return "(cannot read it: " + e + ")\n";
        }
    }

    /**
     * Reads the state of a client's namespace. Equivalent to {@code ip addr; ip route;
     * ip -6 route} there.
     *
     * @param rtnl a client
     * @return the listing, each command's output under a {@code $ ip ...} line
     */
    public static String of(Rtnl rtnl) {
        return "$ ip addr\n" + IpAddrShow.of(rtnl).text()
                + "$ ip route\n" + IpRouteShow.of(rtnl).ipv4().text()
                + "$ ip -6 route\n" + IpRouteShow.of(rtnl).ipv6().text();
    }
}

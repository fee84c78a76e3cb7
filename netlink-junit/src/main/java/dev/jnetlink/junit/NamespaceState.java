package dev.jnetlink.junit;

import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressFormat;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.RouteFilter;
import dev.jnetlink.rtnl.Rtnl;
import java.util.List;

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
        StringBuilder sb = new StringBuilder("$ ip addr\n");
        List<Address> addresses = rtnl.addresses().list();
        for (Link l : rtnl.links().list()) {
            // ip addr show leaves out the link mode that ip link show prints.
            sb.append(rtnl.links().format(l).replace(" mode DEFAULT", "")).append('\n');
            for (Address a : addresses) {
                if (a.index() == l.index()) {
                    sb.append("    ").append(AddressFormat.format(a).replace("\n", "\n    ")).append('\n');
                }
            }
        }
        sb.append("$ ip route\n").append(rtnl.routes().show(RouteFilter.main().ipv4()));
        sb.append("$ ip -6 route\n").append(rtnl.routes().show(RouteFilter.main().ipv6()));
        return sb.toString();
    }
}

package dev.jnetlink.examples;

import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressFormat;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.codec.neigh.NeighbourState;
import dev.jnetlink.rtnl.Rtnl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The listings the walkthroughs look at, read with the library and printed the way the tools
 * print them: {@code ip link show}, {@code ip addr show}, {@code ip neigh show}.
 */
public final class Listings {
    private Listings() {
    }

    /**
     * @param rtnl a namespace's client
     * @return what {@code ip link show} prints there
     */
    public static String links(Rtnl rtnl) {
        return rtnl.links().list().stream().map(rtnl.links()::format).collect(Collectors.joining("\n"));
    }

    /**
     * @param rtnl a namespace's client
     * @param dev an interface there
     * @return what {@code ip link show dev DEV} prints
     */
    public static String link(Rtnl rtnl, String dev) {
        return rtnl.links().format(rtnl.links().get(dev));
    }

    /**
     * @param rtnl a namespace's client
     * @return what {@code ip addr show} prints there: each link, then its addresses
     */
    public static String addresses(Rtnl rtnl) {
        return addresses(rtnl, rtnl.links().list(), rtnl.addresses().list());
    }

    /**
     * @param rtnl a namespace's client
     * @param dev an interface there
     * @return what {@code ip addr show dev DEV} prints
     */
    public static String addresses(Rtnl rtnl, String dev) {
        return addresses(rtnl, List.of(rtnl.links().get(dev)), rtnl.addresses().list(dev));
    }

    private static String addresses(Rtnl rtnl, List<Link> links, List<Address> addresses) {
        StringBuilder sb = new StringBuilder();
        for (Link l : links) {
            // ip addr show leaves out the link mode that ip link show prints.
            sb.append(rtnl.links().format(l).replace(" mode DEFAULT", "")).append('\n');
            for (Address a : addresses) {
                if (a.index() == l.index()) {
                    sb.append("    ").append(AddressFormat.format(a).replace("\n", "\n    ")).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * @param rtnl a namespace's client
     * @return what {@code ip neigh show} prints there: every entry but those in state NOARP,
     *     which {@code ip} hides too
     */
    public static String neighbours(Rtnl rtnl) {
        Map<Integer, String> names = new HashMap<>();
        for (Link l : rtnl.links().list()) {
            names.put(l.index(), l.name());
        }
        String text = rtnl.neighbours().list().stream()
                .filter(n -> !n.state().has(NeighbourState.NOARP))
                .map(n -> n.format(names::get))
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? "(no entries)" : text;
    }

    /**
     * Whether a {@code route -n} table has a route.
     *
     * @param table what {@code Routes.routeN()} printed
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

/**
 * Text views: what iproute2's, net-tools' and bridge-utils' show commands print, byte for byte,
 * read through a client. One class per command, each a {@link dev.jnetlink.rtnl.view.TextView}
 * taking the {@link dev.jnetlink.rtnl.Rtnl} client of the namespace it shows, so that it can
 * name other links, and named namespaces, as the tool does:
 *
 * <pre>{@code
 * System.out.print(IpLinkShow.of(rtnl).details().text());       // ip -d link show
 * System.out.print(IpAddrShow.of(rtnl).dev("eth0").text());     // ip addr show dev eth0
 * System.out.print(IpRouteShow.of(rtnl).allTables().text());    // ip route show table all
 * System.out.print(RouteN.of(rtnl).text());                     // route -n
 * }</pre>
 *
 * <p>The text follows iproute2 6.1 (Debian 12) and net-tools 2.10, trailing blanks included;
 * names of routing tables, protocols, groups, realms and DS fields come from
 * {@code /etc/iproute2} as {@code ip} reads them. Link kinds print their {@code ip -d} details
 * through {@link dev.jnetlink.rtnl.view.KindView}s found by {@link java.util.ServiceLoader}
 * (the bridge module adds {@code bridge} and {@code bridge_slave}).
 */
package dev.jnetlink.rtnl.view;

/**
 * Route messages ({@code RTM_NEWROUTE}): {@link dev.jnetlink.codec.route.Route}, its
 * {@code rtmsg} header and {@code RTA_*} attributes, multipath next hops
 * ({@code struct rtnexthop}), metrics ({@code RTAX_*}), and formatters that print routes as
 * {@code ip route show} and {@code route -n} do.
 */
package dev.jnetlink.codec.route;

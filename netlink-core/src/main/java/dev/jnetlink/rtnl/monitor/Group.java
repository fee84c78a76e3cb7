package dev.jnetlink.rtnl.monitor;

/**
 * rtnetlink multicast groups ({@code RTNLGRP_*} in {@code linux/rtnetlink.h}): what
 * {@code ip monitor link address route neigh nsid nexthop} subscribes to.
 */
public enum Group {
    /** {@code RTNLGRP_LINK}: links created, changed, deleted. */
    LINK(1),
    /** {@code RTNLGRP_NEIGH}: neighbour (ARP/NDP) entries. */
    NEIGH(3),
    /** {@code RTNLGRP_IPV4_IFADDR}: IPv4 addresses. */
    IPV4_IFADDR(5),
    /** {@code RTNLGRP_TC}: qdiscs, classes and filters ({@code tc monitor}). */
    TC(4),
    /** {@code RTNLGRP_IPV4_ROUTE}: IPv4 routes. */
    IPV4_ROUTE(7),
    /** {@code RTNLGRP_IPV4_RULE}: IPv4 policy rules. */
    IPV4_RULE(8),
    /** {@code RTNLGRP_IPV6_IFADDR}: IPv6 addresses. */
    IPV6_IFADDR(9),
    /** {@code RTNLGRP_IPV6_ROUTE}: IPv6 routes. */
    IPV6_ROUTE(11),
    /** {@code RTNLGRP_IPV6_RULE}: IPv6 policy rules. */
    IPV6_RULE(19),
    /** {@code RTNLGRP_NSID}: namespace ids assigned and removed. */
    NSID(28),
    /** {@code RTNLGRP_NEXTHOP}: nexthop objects and groups ({@code ip monitor nexthop}). */
    NEXTHOP(32);

    private final int number;

    Group(int number) {
        this.number = number;
    }

    /** @return the kernel's group number, as {@code NETLINK_ADD_MEMBERSHIP} takes it */
    public int number() {
        return number;
    }
}

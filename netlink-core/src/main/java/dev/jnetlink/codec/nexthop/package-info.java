/**
 * Nexthop objects ({@code RTM_NEWNEXTHOP}, {@code ip nexthop}): {@link dev.jnetlink.codec.nexthop.NextHopObject},
 * its {@code nhmsg} and {@code NHA_*} attributes, groups and their members.
 */
package dev.jnetlink.codec.nexthop;

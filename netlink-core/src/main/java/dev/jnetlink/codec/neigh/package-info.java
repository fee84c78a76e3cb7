/**
 * Neighbour messages ({@code RTM_NEWNEIGH}): ARP and NDP entries as
 * {@link dev.jnetlink.codec.neigh.Neighbour}, their {@code ndmsg} header, {@code NDA_*}
 * attributes, states ({@code NUD_*}) and flags ({@code NTF_*}).
 */
package dev.jnetlink.codec.neigh;

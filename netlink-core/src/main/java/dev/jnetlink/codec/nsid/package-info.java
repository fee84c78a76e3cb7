/**
 * Namespace id messages ({@code RTM_NEWNSID}, {@code RTM_GETNSID}): {@link
 * dev.jnetlink.codec.nsid.NsId}, its {@code NETNSA_*} attributes and the {@code rtgenmsg}
 * header. The ids a namespace gives its peers are what {@code ip netns list-id} prints and
 * what {@code link-netnsid} in {@code ip link show} refers to.
 */
package dev.jnetlink.codec.nsid;

/**
 * Address messages ({@code RTM_NEWADDR}): {@link dev.jnetlink.codec.addr.Address}, its
 * {@code ifaddrmsg} header and {@code IFA_*} attributes, and the IP building blocks the route,
 * neighbour and rule codecs share: {@link dev.jnetlink.codec.addr.Prefix},
 * {@link dev.jnetlink.codec.addr.IpAddresses} (literal parsing and iproute2-style printing),
 * {@link dev.jnetlink.codec.addr.AddressFamily} and {@link dev.jnetlink.codec.addr.Scope}.
 */
package dev.jnetlink.codec.addr;

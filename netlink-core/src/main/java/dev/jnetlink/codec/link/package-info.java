/**
 * Link messages ({@code RTM_NEWLINK}): {@link dev.jnetlink.codec.link.Link}, its
 * {@code IFLA_*} attributes, kind details and the {@link dev.jnetlink.codec.link.LinkKind}
 * registry through which kinds (built-in or third-party) plug in their codecs.
 */
package dev.jnetlink.codec.link;

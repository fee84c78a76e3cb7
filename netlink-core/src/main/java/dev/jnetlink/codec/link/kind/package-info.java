/**
 * The built-in link kinds' {@code IFLA_INFO_DATA}: veth, macvlan/macvtap, ipvlan/ipvtap, vlan
 * and vxlan, each an attribute table, a record and a {@link dev.jnetlink.codec.link.LinkKind}
 * registered through {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
 */
package dev.jnetlink.codec.link.kind;

/**
 * The built-in link kinds' {@code IFLA_INFO_DATA}: veth, macvlan/macvtap, ipvlan/ipvtap, vlan
 * and vxlan (and tun), each a constants class and a record holding its attribute table and,
 * nested, its {@link dev.jnetlink.codec.link.LinkKind}, registered through
 * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}. The same record is what a kind's
 * spec in {@code dev.jnetlink.rtnl.link} builds and encodes to create the link.
 */
package dev.jnetlink.codec.link.kind;

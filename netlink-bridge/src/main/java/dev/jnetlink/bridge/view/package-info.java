/**
 * Text views of bridges, as {@code bridge link show}, {@code bridge fdb show},
 * {@code bridge vlan show} (iproute2 6.1) and {@code brctl show} (bridge-utils 1.7) print them,
 * each a {@link dev.jnetlink.rtnl.view.TextView} taking the client of the bridges' namespace;
 * and the {@code bridge} and {@code bridge_slave} details of {@code ip -d link show}
 * ({@link dev.jnetlink.bridge.view.BridgeKindView}, {@link dev.jnetlink.bridge.view.BridgePortKindView},
 * found by core's {@link dev.jnetlink.rtnl.view.IpLinkShow} through {@link java.util.ServiceLoader}).
 */
package dev.jnetlink.bridge.view;

package dev.jnetlink.topology;

import java.util.List;
import java.util.Map;

/**
 * A named network namespace a topology owns ({@code ip netns add PREFIX+NAME}) and what is in it.
 * Links are listed in the namespace they end up in; a veth's peer end is declared with the
 * veth, in its own namespace.
 *
 * @param name its name in the topology (the real name is the topology's prefix and this)
 * @param loopbackUp whether {@code lo} is up ({@code ip link set lo up})
 * @param sysctls sysctls to set, e.g. {@code net.ipv4.ip_forward: 1} ({@code sysctl -w})
 * @param links links made in it
 * @param routes routes of its main table
 * @param neighbours permanent neighbour entries
 * @param nat NAT of its bridge networks: masquerade and published ports (nftables)
 */
public record NamespaceDef(String name, boolean loopbackUp, Map<String, String> sysctls, List<LinkDef> links,
        List<RouteDef> routes, List<NeighbourDef> neighbours, List<NatDef> nat) {
    /** Copies the collections. */
    public NamespaceDef {
        sysctls = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sysctls));
        links = List.copyOf(links);
        routes = List.copyOf(routes);
        neighbours = List.copyOf(neighbours);
        nat = List.copyOf(nat);
    }

    /**
     * A namespace without NAT.
     *
     * @param name its name in the topology
     * @param loopbackUp whether {@code lo} is up
     * @param sysctls sysctls to set
     * @param links links made in it
     * @param routes routes of its main table
     * @param neighbours permanent neighbour entries
     */
    public NamespaceDef(String name, boolean loopbackUp, Map<String, String> sysctls, List<LinkDef> links,
            List<RouteDef> routes, List<NeighbourDef> neighbours) {
        this(name, loopbackUp, sysctls, links, routes, neighbours, List.of());
    }
}

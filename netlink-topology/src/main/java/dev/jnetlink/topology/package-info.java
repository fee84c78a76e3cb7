/**
 * Declarative network topologies on jnetlink: a {@link dev.jnetlink.topology.Topology} (Java
 * builders, or a YAML/JSON file read by {@link dev.jnetlink.topology.TopologyReader}) is compared
 * with the live state ({@link dev.jnetlink.topology.Planner}: {@code plan}), applied in
 * dependency order with rollback on failure ({@link dev.jnetlink.topology.Topologies#apply}),
 * converged (applying twice changes nothing), and destroyed by ownership
 * ({@link dev.jnetlink.topology.Topologies#destroy}), also after the applying process was killed.
 * The command line is {@link dev.jnetlink.topology.Main}.
 */
package dev.jnetlink.topology;

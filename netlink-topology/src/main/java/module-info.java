/**
 * Declarative network topologies: describe namespaces, links, addresses, routes, neighbours,
 * published ports and link shaping once (Java builders or a YAML/JSON file), then {@code plan},
 * {@code apply} (a transaction that undoes itself on failure, and converges) and
 * {@code destroy} (exactly what the topology owns). Built on the public API of
 * {@code dev.jnetlink.core} (tc shaping included), {@code .bridge} and {@code .nftables}
 * (published ports); other shaping keys plug in through {@link dev.jnetlink.topology.LinkShaper}.
 */
module dev.jnetlink.topology {
    requires transitive dev.jnetlink.core;
    requires dev.jnetlink.bridge;
    requires dev.jnetlink.nftables;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    // The apply summary's CPU time per phase (com.sun.management.OperatingSystemMXBean).
    requires jdk.management;

    exports dev.jnetlink.topology;

    uses dev.jnetlink.topology.LinkShaper;
}

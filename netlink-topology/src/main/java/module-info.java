/**
 * Declarative network topologies: describe namespaces, links, addresses, routes and neighbours
 * once (Java builders or a YAML/JSON file), then {@code plan}, {@code apply} (a transaction that
 * undoes itself on failure, and converges) and {@code destroy} (exactly what the topology owns).
 * Built on the public API of {@code dev.jnetlink.core} and {@code dev.jnetlink.bridge}; tc
 * shaping plugs in through {@link dev.jnetlink.topology.LinkShaper}.
 */
module dev.jnetlink.topology {
    requires transitive dev.jnetlink.core;
    requires dev.jnetlink.bridge;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    // The apply summary's CPU time per phase (com.sun.management.OperatingSystemMXBean).
    requires jdk.management;

    exports dev.jnetlink.topology;

    uses dev.jnetlink.topology.LinkShaper;
}

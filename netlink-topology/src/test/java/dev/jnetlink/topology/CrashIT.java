package dev.jnetlink.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.netns.NetNs;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL during {@code apply} (the command line, in a JVM of its own), then {@code destroy}:
 * nothing the topology owns remains, and nothing else is touched.
 */
@NetlinkTest
class CrashIT {
    private static final int CONTAINERS = 20;

    /** @param made how many namespaces the apply has made when it is killed (21: all; it is making links) */
    @ParameterizedTest
    @ValueSource(ints = {1, 6, 14, CONTAINERS + 1})
    void killedHalfWayThenDestroyedLeavesNothingOwned(int made) throws Exception {
        String name = Fixtures.unique("tk");
        Path file = Files.createTempFile(Path.of("target"), "crash", ".yaml");
        Files.writeString(file, yaml(name));
        try (NetNs bystander = NetNs.create(name + "-bystander")) {
            List<String> cmd = new ArrayList<>();
            cmd.add(ProcessHandle.current().info().command().orElseThrow());
            cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-XX:")).toList());
            cmd.addAll(List.of("-jar", jar().toString(), "apply", "--quiet", file.toString()));
            Process p = ReferenceTools.start(new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(name) < made && p.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(count(name)).as("the apply was killed with namespaces made").isGreaterThanOrEqualTo(Math.min(made, 1));

            List<String> removed = Topologies.destroy(name, Progress.NONE);
            assertThat(removed).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("ip netns del " + name + "-c"));
            assertThat(NetNs.list().stream().filter(n -> n.startsWith(name + "-")).toList())
                    .as("only the bystander, which the topology does not own, is left")
                    .containsExactly(name + "-bystander");
            assertThat(Files.exists(Ownership.pendingFile(name))).isFalse();
        } finally {
            Topologies.destroy(name, Progress.NONE);
            NetNs.deleteIfExists(name + "-bystander");
            Files.deleteIfExists(file);
        }
    }

    @Test
    void anEntryLeftByAKillInsideIpNetnsAddIsRemovedAndAppliedOver() throws Exception {
        String name = Fixtures.unique("tke");
        Topology t = Topology.named(name).prefix(name + "-").namespace("c1", ns -> ns.loopbackUp()).build();
        try {
            Ownership.pending(name, t.nsName("c1"));
            Files.createFile(Path.of(NetNs.RUN_DIR, t.nsName("c1"))); // the file, not yet the mount
            assertThat(Topologies.plan(t).steps()).extracting(Step::note)
                    .containsExactly("its empty entry, left by an apply that was killed, is removed first");
            assertThat(Topologies.destroy(name, Progress.NONE)).containsExactly("ip netns del " + t.nsName("c1"));
            Ownership.pending(name, t.nsName("c1"));
            Files.createFile(Path.of(NetNs.RUN_DIR, t.nsName("c1")));
            Topologies.apply(t, Progress.NONE);
            assertThat(Topologies.plan(t).isEmpty()).isTrue();
        } finally {
            Topologies.destroy(name, Progress.NONE);
        }
        assertThat(Fixtures.namespacesOf(t)).isEmpty();
    }

    @Test
    void aNamespaceMadeButNotYetMarkedIsRemovedOnlyIfStillFresh() throws Exception {
        String name = Fixtures.unique("tkp");
        String halfMade = name + "-c1";
        String touched = name + "-c2";
        try {
            // what a kill between `ip netns add` and the mark leaves: written down, made, unmarked
            Ownership.pending(name, halfMade);
            NetNs.create(halfMade).close();
            Ownership.pending(name, touched);
            try (NetNs t = NetNs.create(touched); var r = dev.jnetlink.rtnl.Rtnl.openIn(t)) {
                r.links().setUp("lo"); // someone uses it since: no longer ours to take
            }
            assertThat(Topologies.destroy(name, Progress.NONE)).containsExactly("ip netns del " + halfMade);
            assertThat(NetNs.exists(touched)).isTrue();
        } finally {
            NetNs.deleteIfExists(halfMade);
            NetNs.deleteIfExists(touched);
            Ownership.clearPending(name);
        }
    }

    private static long count(String name) {
        return NetNs.list().stream().filter(n -> n.startsWith(name + "-c")).count();
    }

    private static String yaml(String name) {
        StringBuilder y = new StringBuilder("name: " + name + "\nprefix: " + name + "-\nnamespaces:\n");
        for (int i = 1; i <= CONTAINERS; i++) {
            y.append("  c").append(i).append(":\n    lo: up\n    links:\n      - {name: v").append(i)
                    .append(", kind: veth, up: true, addresses: [10.0.").append(i).append(".1/24], peer: {namespace: c")
                    .append(i % CONTAINERS + 1).append(", name: w").append(i).append(", up: true, addresses: [10.0.")
                    .append(i).append(".2/24]}}\n");
        }
        return y.toString();
    }

    private static Path jar() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = classes.resolveSibling("netlink-topology.jar");
        assertThat(jar).as("the shaded jar (built by `package`, before the integration tests)").exists();
        return jar;
    }
}

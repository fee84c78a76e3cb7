package dev.jnetlink.bench.compare;

import dev.jnetlink.topology.ApplyResult;
import dev.jnetlink.topology.Progress;
import dev.jnetlink.topology.Topologies;
import dev.jnetlink.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies and destroys a bridge topology of N containers (Docker's default bridge: a host
 * namespace with docker0 and per container a namespace, a veth pair with its host end a port of
 * docker0, the container's address and default route), in-process with netlink-topology, and
 * the same with a shell script of {@code ip} commands the way people do it today. Prints wall
 * and CPU time of each (CPU: this JVM's for the topology, bash's and the ip processes' for the
 * script) and the topology's per-phase times. Run by hand as root, under
 * {@code flock /work/.bench.lock}; nothing asserts on the result.
 *
 * <pre>
 * ./mvnw -q -o -pl netlink-bench -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp netlink-bench/target/classes:$(cat netlink-bench/target/cp.txt) \
 *     dev.jnetlink.bench.compare.TopologyBench [containers [runs]]
 * </pre>
 *
 * Namespaces are named {@code jnl-tb-PID-...}; the script's are removed by its own destroy
 * script, the topology's by {@code destroy}.
 */
public final class TopologyBench {
    private TopologyBench() {
    }

    /**
     * @param args {@code [containers [runs]]}, default 100 and 3
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        int containers = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String base = "jnl-tb-" + ProcessHandle.current().pid();
        System.out.printf("topology: %d containers (%d namespaces, %d veth pairs, a bridge), %d runs each%n",
                containers, containers + 1, containers, runs);
        // warm-up: the JIT and jnr-ffi's first calls, on a small topology
        Topology warm = topology(base + "-w", 10);
        Topologies.apply(warm, Progress.NONE);
        Topologies.destroy(warm.name(), Progress.NONE);
        for (int r = 1; r <= runs; r++) {
            Topology t = topology(base + "-t" + r, containers);
            long c0 = CpuTime.processNanos();
            long t0 = System.nanoTime();
            ApplyResult applied = Topologies.apply(t, Progress.NONE);
            long applyWall = System.nanoTime() - t0;
            long applyCpu = CpuTime.processNanos() - c0;
            c0 = CpuTime.processNanos();
            t0 = System.nanoTime();
            int removed = Topologies.destroy(t.name(), Progress.NONE).size();
            long destroyWall = System.nanoTime() - t0;
            long destroyCpu = CpuTime.processNanos() - c0;
            if (removed != containers + 1) {
                throw new IllegalStateException("destroy removed " + removed + " namespaces");
            }

            String prefix = base + "-s" + r + "-";
            Path up = script(prefix, containers, true);
            Path down = script(prefix, containers, false);
            long[] shUp = runScript(up);
            long[] shDown = runScript(down);
            Files.delete(up);
            Files.delete(down);

            System.out.printf("run %d  apply:   topology %8.1f ms wall %8.1f ms CPU | ip script %8.1f ms wall %8.1f ms CPU"
                    + " | %.1fx wall, %.1fx CPU%n", r, applyWall / 1e6, applyCpu / 1e6, shUp[0] / 1e6, shUp[1] / 1e6,
                    (double) shUp[0] / applyWall, (double) shUp[1] / applyCpu);
            System.out.printf("run %d  destroy: topology %8.1f ms wall %8.1f ms CPU | ip script %8.1f ms wall %8.1f ms CPU"
                    + " | %.1fx wall, %.1fx CPU%n", r, destroyWall / 1e6, destroyCpu / 1e6, shDown[0] / 1e6,
                    shDown[1] / 1e6, (double) shDown[0] / destroyWall, (double) shDown[1] / destroyCpu);
            System.out.print(applied.summary().lines().map(l -> "        " + l + "\n").reduce("", String::concat));
        }
    }

    static Topology topology(String name, int containers) {
        Topology.Builder b = Topology.named(name).prefix(name + "-");
        b.namespace("host", ns -> {
            ns.loopbackUp();
            ns.bridge("docker0", br -> br.up().address("172.17.0.1/16"));
            for (int i = 1; i <= containers; i++) {
                int n = i;
                ns.veth("veth" + n, v -> v.master("docker0").up(), "c" + n, "eth0", p -> p.up().address(address(n)));
            }
        });
        for (int i = 1; i <= containers; i++) {
            b.namespace("c" + i, ns -> ns.loopbackUp().route("default", "172.17.0.1", null));
        }
        return b.build();
    }

    private static String address(int n) {
        return "172.17." + (n / 250) + "." + (n % 250 + 2) + "/16";
    }

    /** The same with ip, one command per line, as a shell script does it. */
    private static Path script(String prefix, int containers, boolean up) throws IOException {
        List<String> lines = new ArrayList<>(List.of("set -e"));
        String host = prefix + "host";
        if (up) {
            lines.add("ip netns add " + host);
            lines.add("ip -n " + host + " link set lo up");
            lines.add("ip -n " + host + " link add docker0 type bridge");
            lines.add("ip -n " + host + " addr add 172.17.0.1/16 dev docker0");
            lines.add("ip -n " + host + " link set docker0 up");
        }
        for (int i = 1; i <= containers; i++) {
            String c = prefix + "c" + i;
            if (up) {
                lines.add("ip netns add " + c);
                lines.add("ip -n " + c + " link set lo up");
                lines.add("ip -n " + host + " link add veth" + i + " type veth peer name eth0 netns " + c);
                lines.add("ip -n " + host + " link set veth" + i + " master docker0 up");
                lines.add("ip -n " + c + " addr add " + address(i) + " dev eth0");
                lines.add("ip -n " + c + " link set eth0 up");
                lines.add("ip -n " + c + " route add default via 172.17.0.1");
            } else {
                lines.add("ip netns del " + c);
            }
        }
        if (!up) {
            lines.add("ip netns del " + host);
        }
        Path f = Files.createTempFile("jnl-topology-bench", ".sh");
        Files.write(f, lines);
        return f;
    }

    /** @return wall and CPU (bash and its children) nanoseconds */
    private static long[] runScript(Path script) throws Exception {
        long c0 = CpuTime.childrenNanos();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("bash", script.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the ip script failed: " + script);
        }
        return new long[] {System.nanoTime() - t0, CpuTime.childrenNanos() - c0};
    }

}

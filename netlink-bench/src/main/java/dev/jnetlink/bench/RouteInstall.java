package dev.jnetlink.bench;

import dev.jnetlink.codec.route.RouteProtocol;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.RouteFilter;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.BatchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Installs N IPv4 routes in a fresh namespace with {@code Routes.addAll} (batched, every
 * request acknowledged), then the same routes with {@code ip -n NS -batch FILE} in another
 * fresh namespace, and prints both rates. Needs root; creates and deletes its own
 * namespaces ({@code jnl-bench-*}); never touches the machine's own.
 *
 * <pre>
 * java -cp ... dev.jnetlink.bench.RouteInstall [routes=100000] [rounds=3]
 * </pre>
 */
public final class RouteInstall {
    private RouteInstall() {
    }

    /**
     * @param args number of routes (default 100000), rounds (default 3)
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> prefixes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            prefixes.add((11 + i / 65536) + "." + (i / 256 % 256) + "." + (i % 256) + ".0/24");
        }
        Path batch = Files.createTempFile("jnl-routes", ".batch");
        try {
            StringBuilder sb = new StringBuilder(n * 48);
            for (String p : prefixes) {
                sb.append("route add ").append(p).append(" via 10.0.0.2 dev veth0\n");
            }
            Files.writeString(batch, sb);
            System.out.printf("installing %,d IPv4 routes (X.Y.Z.0/24 via 10.0.0.2 dev veth0), %d rounds%n",
                    n, rounds);
            for (int round = 1; round <= rounds; round++) {
                double ours = jnetlink(prefixes);
                double ip = ipBatch(batch, n);
                System.out.printf("round %d: jnetlink addAll %.3f s (%,.0f routes/s)   ip -batch %.3f s (%,.0f routes/s)%n",
                        round, ours, n / ours, ip, n / ip);
            }
        } finally {
            Files.deleteIfExists(batch);
        }
    }

    private static String name() {
        return "jnl-bench-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36);
    }

    private static void prepare(Rtnl rtnl) {
        rtnl.links().add(Veth.pair("veth0", "veth1"));
        rtnl.links().setUp("veth0");
        rtnl.links().setUp("veth1");
        rtnl.addresses().add("veth0", "10.0.0.1/24");
    }

    private static double jnetlink(List<String> prefixes) {
        String name = name();
        try (NetNs ns = NetNs.create(name); Rtnl rtnl = Rtnl.openIn(ns)) {
            prepare(rtnl);
            List<RouteSpec> specs = new ArrayList<>(prefixes.size());
            for (String p : prefixes) {
                specs.add(RouteSpec.to(p).via("10.0.0.2").dev("veth0").build());
            }
            long t0 = System.nanoTime();
            BatchResult r = rtnl.routes().addAll(specs);
            long t1 = System.nanoTime();
            r.throwIfAnyFailed();
            long t2 = System.nanoTime();
            int installed = rtnl.routes().list(RouteFilter.main().ipv4().protocol(RouteProtocol.BOOT)).size();
            long t3 = System.nanoTime();
            if (installed != prefixes.size()) {
                throw new IllegalStateException("installed " + installed + " of " + prefixes.size());
            }
            System.out.printf("  (jnetlink: dump and decode of the %,d routes back: %.3f s)%n", installed,
                    (t3 - t2) / 1e9);
            return (t1 - t0) / 1e9;
        } finally {
            NetNs.deleteIfExists(name);
        }
    }

    private static double ipBatch(Path file, int n) throws IOException, InterruptedException {
        String name = name();
        try (NetNs ns = NetNs.create(name); Rtnl rtnl = Rtnl.openIn(ns)) {
            prepare(rtnl);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("ip", "-n", name, "-batch", file.toString()).inheritIO().start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("ip -batch failed");
            }
            long t1 = System.nanoTime();
            int installed = rtnl.routes().list(RouteFilter.main().ipv4().protocol(RouteProtocol.BOOT)).size();
            if (installed != n) {
                throw new IllegalStateException("ip installed " + installed + " of " + n);
            }
            return (t1 - t0) / 1e9;
        } finally {
            NetNs.deleteIfExists(name);
        }
    }
}

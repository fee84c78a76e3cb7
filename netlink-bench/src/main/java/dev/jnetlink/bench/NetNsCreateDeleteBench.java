package dev.jnetlink.bench;

import dev.jnetlink.netns.NetNs;
import java.util.Arrays;

/**
 * Measures the cost of creating and deleting one named namespace in-process, the library's
 * equivalent of {@code ip netns add NAME && ip netns del NAME}. Run by hand as root; nothing
 * asserts on the result.
 *
 * <pre>
 * ./mvnw -q -o -pl netlink-core,netlink-bench -DskipTests package dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt
 * java -cp netlink-bench/target/classes:$(cat netlink-bench/target/cp.txt) \
 *     dev.jnetlink.bench.NetNsCreateDeleteBench [runs [warmup]]
 * </pre>
 *
 * The iproute2 side, each half timed without a shell while the other half runs as
 * {@code --prepare} (create {@code jnl-bench-ip} first, delete it between and after):
 *
 * <pre>
 * hyperfine -N --warmup 20 --runs 300 --prepare 'ip netns del jnl-bench-ip' 'ip netns add jnl-bench-ip'
 * hyperfine -N --warmup 20 --runs 300 --prepare 'ip netns add jnl-bench-ip' 'ip netns del jnl-bench-ip'
 * </pre>
 *
 * Prints, for create, delete and the pair: mean, median, 90th percentile and minimum, in
 * microseconds. Namespaces are named {@code jnl-bench-PID-N} and deleted as it goes, also on
 * failure.
 */
public final class NetNsCreateDeleteBench {
    private NetNsCreateDeleteBench() {
    }

    /**
     * @param args {@code [runs [warmup]]}, default 500 and 100
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        String prefix = "jnl-bench-" + ProcessHandle.current().pid() + "-";
        long[] create = new long[runs];
        long[] delete = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            String name = prefix + i;
            try {
                long t0 = System.nanoTime();
                NetNs.create(name).close();
                long t1 = System.nanoTime();
                NetNs.delete(name);
                long t2 = System.nanoTime();
                if (i >= warmup) {
                    create[i - warmup] = t1 - t0;
                    delete[i - warmup] = t2 - t1;
                }
            } finally {
                NetNs.deleteIfExists(name);
            }
        }
        long[] pair = new long[runs];
        for (int i = 0; i < runs; i++) {
            pair[i] = create[i] + delete[i];
        }
        System.out.printf("jnetlink NetNs, %d runs after %d warm-up, microseconds%n", runs, warmup);
        report("create (ip netns add)", create);
        report("delete (ip netns del)", delete);
        report("create + delete", pair);
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0) / 1000.0;
        System.out.printf("  %-24s mean %8.1f  median %8.1f  p90 %8.1f  min %8.1f%n", what, mean,
                s[s.length / 2] / 1000.0, s[(int) (s.length * 0.9)] / 1000.0, s[0] / 1000.0);
    }
}

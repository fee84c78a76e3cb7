package dev.jnetlink.bench.compare;

import java.io.IOException;
import java.io.InputStream;

/**
 * What Java code does today without a netlink library: one {@code ip} process per operation
 * through {@link ProcessBuilder}, its output read, its exit status checked. W6 only, with
 * {@link Settings#pbSamples()} operations per repetition (each costs milliseconds).
 */
final class ProcessBuilderPeer implements Peer {
    @Override
    public String id() {
        return "processbuilder";
    }

    @Override
    public boolean supports(Workload w) {
        return w == Workload.W6_GET || w == Workload.W6_SETUP;
    }

    private static String ip(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes());
        }
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + ": exit " + p.exitValue() + ": " + out);
        }
        return out;
    }

    @Override
    public Result run(Workload w, Scratch s) throws Exception {
        int n = s.cfg.pbSamples();
        long[] t = new long[n];
        long cpu0 = CpuTime.processNanos() + CpuTime.childrenNanos();
        for (int i = 0; i < n; i++) {
            if (w == Workload.W6_SETUP) {
                ip("ip", "-n", s.name, "link", "set", "dev", "w0", "down");
            }
            long t0 = System.nanoTime();
            if (w == Workload.W6_SETUP) {
                ip("ip", "-n", s.name, "link", "set", "dev", "w0", "up");
            } else {
                ip("ip", "-n", s.name, "link", "show", "dev", "w0");
            }
            t[i] = System.nanoTime() - t0;
        }
        // This JVM's CPU (starting processes, reading them) and the ip processes'.
        long cpu = CpuTime.processNanos() + CpuTime.childrenNanos() - cpu0;
        return JnetlinkPeer.percentiles(t, cpu / 1e9 / n);
    }

    @Override
    public Listener listen(Scratch s) {
        throw new UnsupportedOperationException("processbuilder does not listen");
    }
}

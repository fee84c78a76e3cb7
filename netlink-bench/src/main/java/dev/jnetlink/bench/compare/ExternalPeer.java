package dev.jnetlink.bench.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A peer program from {@code netlink-bench/peers/} (C floor, libnl, Go, Python), run with
 * {@code ip netns exec NS PROGRAM WORKLOAD ARGS}. It times the work itself, wall and process
 * CPU time, and prints {@code result key=value ...}; see {@code peers/c/nlbench.c} for the
 * command line. A peer that printed no {@code cpu=} is charged its whole process's CPU time
 * ({@code getrusage(RUSAGE_CHILDREN)} around it).
 */
final class ExternalPeer implements Peer {
    private final String id;
    private final List<String> program;
    private final Set<Workload> supported;
    private final NftPeer nftables; // runs N1 and N2, or null

    ExternalPeer(String id, List<String> program, Set<Workload> unsupported) {
        this(id, program, unsupported, null);
    }

    private ExternalPeer(String id, List<String> program, Set<Workload> unsupported, NftPeer nftables) {
        this.id = id;
        this.program = List.copyOf(program);
        this.supported = EnumSet.allOf(Workload.class);
        this.supported.removeAll(unsupported);
        this.supported.removeIf(w -> w.nftables() && nftables == null);
        this.nftables = nftables;
    }

    /**
     * @param nftProgram the C floor of the nftables workloads (built from peers/nft/nftbench.c)
     * @return this peer, running N1 and N2 with that program if it is built
     */
    ExternalPeer withNftables(java.nio.file.Path nftProgram) {
        if (!java.nio.file.Files.isRegularFile(nftProgram)) {
            System.err.println("peer " + id + " runs no nftables workload: " + nftProgram + " is not built");
            return this;
        }
        Set<Workload> unsupported = EnumSet.complementOf(EnumSet.copyOf(supported));
        unsupported.removeIf(Workload::nftables);
        return new ExternalPeer(id, program, unsupported, NftPeer.library(id, nftProgram));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean supports(Workload w) {
        return supported.contains(w);
    }

    private List<String> command(Scratch s, String... args) {
        List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", s.name));
        c.addAll(program);
        c.addAll(List.of(args));
        return c;
    }

    @Override
    public Result run(Workload w, Scratch s) throws Exception {
        if (w.nftables()) {
            return nftables.run(w, s);
        }
        Settings cfg = s.cfg;
        String pairs = Integer.toString(cfg.pairs());
        String group = Integer.toString(Settings.GROUP);
        String routes = Integer.toString(cfg.routes());
        String samples = Integer.toString(cfg.samples());
        if (w == Workload.W0) { // started directly, timed from outside: see Workload.W0
            List<String> c = new ArrayList<>(program);
            c.addAll(List.of("w0", "lo"));
            return Processes.timeWithCpu(c);
        }
        List<String> c = switch (w) {
            case W0 -> throw new AssertionError("timed from outside above");
            case W1_1K, W1_10K -> command(s, "w1");
            case W2_CREATE -> command(s, "w2_create", pairs, group);
            case W2_CREATE_NETNS -> command(s, "w2_create", pairs, group, s.ns2.path());
            case W2_DELETE_EACH -> command(s, "w2_delete_each", pairs);
            case W2_DELETE_GROUP -> command(s, "w2_delete_group", group);
            case W3_BATCHED -> command(s, "w3_batched", routes);
            case W3_EACH -> command(s, "w3_each", routes);
            case W4 -> command(s, "w4");
            case W6_GET -> command(s, "w6_get", "w0", samples);
            case W6_SETUP -> command(s, "w6_setup", "w0", samples);
            case W5 -> throw new IllegalArgumentException("W5 runs through listen()");
            case N1, N2 -> throw new AssertionError("run by the nftables program");
            case T1 -> command(s, "t1", Settings.TC_DEV, Integer.toString(Settings.FILTERS));
            case T2 -> command(s, "t2", Settings.TC_DEV);
        };
        long cpu0 = CpuTime.childrenNanos();
        List<String> out = Processes.run(c);
        double processCpu = (CpuTime.childrenNanos() - cpu0) / 1e9;
        return Result.parse(w, Processes.resultLine(out), 0, processCpu);
    }

    @Override
    public Listener listen(Scratch s) throws Exception {
        Process p = new ProcessBuilder(command(s, "w5_listen", Integer.toString(s.cfg.routes()),
                Integer.toString(s.cfg.idleMillis())))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = Processes.reader(p);
        String first = out.readLine();
        if (!"ready".equals(first)) {
            p.destroyForcibly();
            throw new IOException(id + " listener did not start: " + first);
        }
        return new Listener() {
            @Override
            public Result.Events finish(long sent, int idleMillis) throws Exception {
                List<String> lines = new ArrayList<>();
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
                if (!p.waitFor(Processes.TIMEOUT_MINUTES, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    throw new IOException(id + " listener failed");
                }
                return (Result.Events) Result.parse(Workload.W5, Processes.resultLine(lines), sent,
                        Double.NaN);
            }

            @Override
            public void close() {
                p.destroyForcibly();
            }
        };
    }

    @Override
    public String toString() {
        return id + " " + program;
    }
}

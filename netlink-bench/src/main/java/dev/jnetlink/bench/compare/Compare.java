package dev.jnetlink.bench.compare;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The side-by-side comparison of issue 9: every workload for every peer, in namespaces made
 * for it, best of {@code --reps}, in one run. Started by {@code netlink-bench/compare},
 * which installs and builds the peers first. Needs root.
 *
 * <pre>
 * java -cp netlink-bench/target/benchmarks.jar dev.jnetlink.bench.compare.Compare \
 *     --peers-dir netlink-bench/target/peers [--json] [--median] [--reps 5] [--only W1_10k,W4] \
 *     [--peers c,jnetlink] [--pairs 1000] [--routes 100000] [--samples 10000] [--pb-samples 1000]
 *     [--nft-rules 10000]
 * </pre>
 *
 * The peers take turns repetition by repetition (in the order {@code --peers} names them),
 * each repetition of a workload that changes the namespace in fresh namespaces, the dumps all
 * on one; W6 on a setup of each peer's own.
 *
 * <p>Prints the Markdown table (or with {@code --json} one JSON object) on stdout, progress on
 * stderr: wall time and the peer's process CPU time over the same work, the best of the
 * repetitions (with {@code --median}, the median; the JSON has both). Never touches the machine's own namespace: every workload runs in namespaces named
 * {@code jnl-cmp-PID-N}, removed after each run, also on failure.
 */
public final class Compare {
    private static final long REWARM_NANOS = 300_000_000L;

    private Compare() {
    }

    /**
     * @param args see the class comment
     * @throws Exception if the run cannot start
     */
    public static void main(String[] args) throws Exception {
        boolean json = false;
        boolean median = false;
        int reps = 5;
        int pairs = 1000;
        int routes = 100_000;
        int samples = 10_000;
        int pbSamples = 1000;
        int nftRules = 10_000;
        Path peersDir = Path.of("netlink-bench/target/peers");
        Set<Workload> only = EnumSet.allOf(Workload.class);
        Set<String> peerIds = new LinkedHashSet<>(Report.PEERS);
        peerIds.remove(JnetlinkPeer.AHEAD_ID); // an option's cost, measured when asked for
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--json" -> json = true;
                case "--median" -> median = true;
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--pairs" -> pairs = Integer.parseInt(args[++i]);
                case "--routes" -> routes = Integer.parseInt(args[++i]);
                case "--samples" -> samples = Integer.parseInt(args[++i]);
                case "--pb-samples" -> pbSamples = Integer.parseInt(args[++i]);
                case "--nft-rules" -> nftRules = Integer.parseInt(args[++i]);
                case "--peers-dir" -> peersDir = Path.of(args[++i]);
                case "--only" -> {
                    only = EnumSet.noneOf(Workload.class);
                    for (String id : args[++i].split(",")) {
                        if (id.equalsIgnoreCase("W6")) {
                            only.add(Workload.W6_GET);
                            only.add(Workload.W6_SETUP);
                        } else if (id.equalsIgnoreCase("N")) {
                            only.add(Workload.N1);
                            only.add(Workload.N2);
                        } else if (id.equalsIgnoreCase("W1") || id.equalsIgnoreCase("W2")
                                || id.equalsIgnoreCase("W3")) {
                            for (Workload w : Workload.values()) {
                                if (w.id().startsWith(id.toUpperCase(Locale.ROOT) + "_")) {
                                    only.add(w);
                                }
                            }
                        } else {
                            only.add(Workload.byId(id));
                        }
                    }
                }
                case "--peers" -> peerIds = new LinkedHashSet<>(List.of(args[++i].split(",")));
                default -> {
                    System.err.println("unknown argument " + a + "; see the javadoc of " + Compare.class.getName());
                    System.exit(2);
                }
            }
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            System.err.println("compare needs root: it creates network namespaces, veth pairs and routes");
            System.exit(2);
        }
        Settings cfg = new Settings(reps, pairs, routes, samples, pbSamples, 2000, peersDir, nftRules);
        List<Peer> peers = peers(cfg, peerIds);
        String loadBefore = loadAverage();
        OffsetDateTime started = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Report report = new Report(cfg, median);
        for (Workload w : only) {
            List<Peer> able = new ArrayList<>();
            for (Peer p : peers) {
                if (p.supports(w)) {
                    able.add(p);
                }
            }
            if (w.reusesSetup() && !w.readOnly()) {
                measureOnOwnSetups(w, able, cfg, report);
            } else {
                measureTakingTurns(w, able, cfg, report);
            }
        }
        String loadAfter = loadAverage();
        if (json) {
            System.out.print(report.json());
            return;
        }
        String header = String.format(Locale.ROOT, "Run %s, kernel %s, %d CPUs, load average %s before and %s after"
                        + " (1/5/15 min). %s of %d; times are wall time of the work itself and, after \"cpu\","
                        + " the peer's process CPU time over the same work (every thread; for W6 per iteration"
                        + " of the sampling loop; for ip and processbuilder the whole ip processes), ratio to"
                        + " the C floor in parentheses. W0 is timed from outside, process start to exit.%n", started, System.getProperty("os.version"),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter,
                median ? "Median" : "Best", reps);
        System.out.print(report.markdown(header));
        System.out.println();
        System.out.print(report.targets());
    }

    private static List<Peer> peers(Settings cfg, Set<String> ids) {
        Set<Workload> noGroupNoBatch = EnumSet.of(Workload.W0, Workload.W2_DELETE_GROUP, Workload.W3_BATCHED);
        List<Peer> all = new ArrayList<>();
        Peer c = external("c", cfg.cProgram(), List.of(cfg.cProgram().toString()), Set.of());
        all.add(c == null ? null : ((ExternalPeer) c).withNftables(cfg.nftProgram()));
        all.add(JnetlinkPeer.plain());
        all.add(JnetlinkPeer.decodingAhead());
        all.add(JnetlinkPeer.plainJvm());
        all.add(new IpPeer());
        Path libnl = cfg.peersDir().resolve("nlbench-libnl");
        Set<Workload> noTc = EnumSet.copyOf(noGroupNoBatch);
        noTc.addAll(EnumSet.of(Workload.T1, Workload.T2));
        all.add(external("libnl", libnl, List.of(libnl.toString()), noTc));
        Path go = cfg.peersDir().resolve("nlbench-go");
        all.add(external("vishvananda", go, List.of(go.toString()),
                EnumSet.of(Workload.W2_DELETE_GROUP, Workload.W3_BATCHED)));
        Path py = cfg.peersDir().resolve("nlbench.py");
        all.add(external("pyroute2", py, List.of("/usr/bin/python3", py.toString()),
                EnumSet.of(Workload.W0, Workload.W3_BATCHED, Workload.T1, Workload.T2)));
        all.add(new ProcessBuilderPeer());
        all.add(NftPeer.nft(cfg));
        all.add(NftPeer.googleNftables(cfg));
        List<Peer> chosen = new ArrayList<>();
        for (String id : ids) {
            for (Peer p : all) {
                if (p != null && p.id().equals(id)) {
                    chosen.add(p);
                }
            }
        }
        return chosen;
    }

    private static Peer external(String id, Path program, List<String> command, Set<Workload> unsupported) {
        if (!Files.isRegularFile(program)) {
            System.err.println("peer " + id + " left out: " + program + " is not built (run netlink-bench/compare)");
            return null;
        }
        return new ExternalPeer(id, command, unsupported);
    }

    // W6: each peer on a setup of its own, warmed, then the peers' repetitions taking turns
    // (each 10,000 samples): a p99 measured a minute apart from the other peer's compared the
    // machine's two minutes more than the peers.
    private static void measureOnOwnSetups(Workload w, List<Peer> peers, Settings cfg, Report report) {
        Map<Peer, Scratch> setups = new LinkedHashMap<>();
        Map<Peer, List<Result>> results = new LinkedHashMap<>();
        try {
            for (Peer p : peers) {
                try {
                    Scratch s = Scratch.prepare(cfg, w);
                    setups.put(p, s);
                    warm(w, p, s, p.warmupNanos());
                    results.put(p, new ArrayList<>());
                } catch (Exception | AssertionError e) {
                    failed(w, p, e, report);
                }
            }
            for (int rep = 1; rep <= cfg.reps(); rep++) {
                for (Iterator<Map.Entry<Peer, List<Result>>> it = results.entrySet().iterator(); it.hasNext(); ) {
                    Map.Entry<Peer, List<Result>> e = it.next();
                    Peer p = e.getKey();
                    try {
                        e.getValue().add(progress(w, p, rep, cfg, once(w, p, setups.get(p))));
                    } catch (Exception | AssertionError x) {
                        failed(w, p, x, report);
                        it.remove();
                    }
                }
            }
            results.forEach((p, reps) -> report.put(w, p.id(), reps));
        } finally {
            for (Scratch s : setups.values()) {
                s.close();
            }
        }
    }

    /**
     * Every peer's repetitions taking turns (c, jnetlink, ip, ..., then c again), so that a
     * slow minute costs every peer alike: run one peer after the other, the C floor's best of
     * five moved by up to 30% between two runs a minute apart on the 2-CPU VM this was written
     * on, and every ratio with it. A workload that changes the namespace gets a fresh one for
     * each repetition; a dump ({@link Workload#readOnly()}) has every peer read the same one,
     * prepared once, after a warm-up.
     */
    private static void measureTakingTurns(Workload w, List<Peer> peers, Settings cfg, Report report) {
        Map<Peer, List<Result>> results = new LinkedHashMap<>();
        Set<Peer> gaveUp = new HashSet<>();
        try (Scratch shared = w.readOnly() ? Scratch.prepare(cfg, w) : null) {
            for (Peer p : peers) {
                try {
                    if (shared != null) {
                        warm(w, p, shared, p.warmupNanos());
                    }
                    results.put(p, new ArrayList<>());
                } catch (Exception | AssertionError e) {
                    failed(w, p, e, report);
                    gaveUp.add(p);
                }
            }
            if (shared != null) {
                awaitQuietCompiler();
            }
            for (int rep = 1; rep <= cfg.reps(); rep++) {
                for (Iterator<Map.Entry<Peer, List<Result>>> it = results.entrySet().iterator(); it.hasNext(); ) {
                    Map.Entry<Peer, List<Result>> e = it.next();
                    Peer p = e.getKey();
                    try {
                        if (shared == null) {
                            try (Scratch s = Scratch.prepare(cfg, w)) {
                                // The setup runs in this JVM and leaves compilations queued,
                                // which took 11-23 ms of CPU during a 400 ms W2_create.
                                awaitQuietCompiler();
                                e.getValue().add(progress(w, p, rep, cfg, once(w, p, s)));
                            }
                        } else {
                            // The other peers' turns leave a JIT-compiled peer idle for up to
                            // seconds; a short warm-up again, as a service that dumps often is.
                            warm(w, p, shared, Math.min(p.warmupNanos(), REWARM_NANOS));
                            e.getValue().add(once(w, p, shared));
                        }
                    } catch (Exception | AssertionError x) {
                        failed(w, p, x, report);
                        gaveUp.add(p);
                        it.remove();
                    }
                }
            }
        } catch (Exception | AssertionError e) {
            for (Peer p : peers) {
                if (!gaveUp.contains(p)) {
                    failed(w, p, e, report);
                }
            }
            return;
        }
        results.forEach((p, reps) -> {
            if (w.readOnly()) {
                // Only now: formatting progress between the timed dumps had the JIT compiling
                // the formatter on the second CPU during the next one.
                for (int rep = 1; rep <= reps.size(); rep++) {
                    progress(w, p, rep, cfg, reps.get(rep - 1));
                }
            }
            report.put(w, p.id(), reps);
        });
    }

    // For the whole warm-up time, not a number of runs: 50 runs of W1_1k took 0.4 s, and its
    // timed runs then shared the CPUs with the JIT compiler.
    private static void warm(Workload w, Peer p, Scratch s, long nanos) throws Exception {
        long warmUntil = System.nanoTime() + nanos;
        while (System.nanoTime() < warmUntil) {
            once(w, p, s);
        }
    }

    private static void failed(Workload w, Peer p, Throwable e, Report report) {
        System.err.printf("%s %s failed: %s%n", w.id(), p.id(), e);
        report.fail(w, p.id(), String.valueOf(e.getMessage()));
    }

    // Compilations queued by a warm-up or a setup (C2 finishing a hot path) still run for a
    // while after it, on a CPU the timed work needs (the dump's decoding helper, the kernel
    // work a peer waits for): wait until the compiler has been idle for 200 ms, at most 5 s.
    private static void awaitQuietCompiler() throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long giveUp = System.nanoTime() + 5_000_000_000L;
        long before = jit.getTotalCompilationTime();
        while (System.nanoTime() < giveUp) {
            Thread.sleep(200);
            long now = jit.getTotalCompilationTime();
            if (now == before) {
                return;
            }
            before = now;
        }
    }

    private static Result progress(Workload w, Peer p, int rep, Settings cfg, Result r) {
        System.err.printf(Locale.ROOT, "%-16s %-15s %d/%d  %s%n", w.id(), p.id(), rep, cfg.reps(), r);
        return r;
    }

    private static Result once(Workload w, Peer p, Scratch s) throws Exception {
        if (w == Workload.W5) {
            return burst(p, s);
        }
        Result r = p.run(w, s);
        check(w, s);
        return r;
    }

    // The burst is made by the C floor's batched route install, the fastest writer there is.
    private static Result burst(Peer p, Scratch s) throws Exception {
        try (Peer.Listener l = p.listen(s)) {
            Processes.run(List.of("ip", "netns", "exec", s.name, s.cfg.cProgram().toString(),
                    "w3_batched", Integer.toString(s.cfg.routes())));
            return l.finish(s.cfg.routes(), s.cfg.idleMillis());
        }
    }

    // What the peer was to do is what the namespace holds afterwards.
    private static void check(Workload w, Scratch s) throws IOException {
        int pairs = s.cfg.pairs();
        switch (w) {
            case W2_CREATE -> expect(w, "links", 1 + 2 * pairs, s.linkCount());
            case W2_CREATE_NETNS -> {
                expect(w, "links", 1 + pairs, s.linkCount());
                expect(w, "links in the peer namespace", 1 + pairs, s.linkCount2());
            }
            case W2_DELETE_EACH, W2_DELETE_GROUP -> expect(w, "links", 1, s.linkCount());
            case W3_BATCHED, W3_EACH -> expect(w, "routes", s.cfg.routes(), s.routeCount());
            case N1 -> expect(w, "rules", s.cfg.nftRules(), s.nftRuleCount());
            case T1 -> expect(w, "u32 filters", Settings.FILTERS, s.filterCount());
            default -> {
            }
        }
    }

    private static void expect(Workload w, String what, int expected, int actual) throws IOException {
        if (expected != actual) {
            throw new IOException(w.id() + ": expected " + expected + " " + what + " afterwards, found " + actual);
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + "/" + f[1] + "/" + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}

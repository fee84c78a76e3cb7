package dev.jnetlink.bench.compare;

import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RtMsg;
import dev.jnetlink.codec.route.Rta;
import dev.jnetlink.codec.tc.Tca;
import dev.jnetlink.codec.tc.TcCodec;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.nftables.ChainSpec;
import dev.jnetlink.nftables.Nft;
import dev.jnetlink.nftables.RuleSpec;
import dev.jnetlink.nftables.TableSpec;
import dev.jnetlink.nftables.Transaction;
import dev.jnetlink.rtnl.Links;
import dev.jnetlink.rtnl.RouteFilter;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.Routes;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.monitor.Change;
import dev.jnetlink.rtnl.monitor.Event;
import dev.jnetlink.rtnl.monitor.Group;
import dev.jnetlink.rtnl.monitor.Monitor;
import dev.jnetlink.rtnl.monitor.ObjectEvent;
import dev.jnetlink.rtnl.monitor.Overrun;
import dev.jnetlink.rtnl.monitor.Subscription;
import dev.jnetlink.rtnl.tc.Filters;
import dev.jnetlink.rtnl.tc.U32;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * jnetlink, in the runner's own JVM: a client opened in the namespace (not timed), then the
 * work timed as the other peers time theirs, wall time and the JVM's CPU time (every thread,
 * so a helper's, the JIT compiler's and the garbage collector's count too). The JVM is shared by every repetition, and W1, W4
 * and W6 get three seconds of untimed repetitions first, so what is measured is JIT-compiled
 * code, as in a long-running service. {@code jnetlink-ahead} (only when named with
 * {@code --peers}) is the same with the opt-in decode executor, for the wall and CPU time that
 * option trades.
 */
final class JnetlinkPeer implements Peer {
    /** The default: everything on the calling thread. */
    static final String ID = "jnetlink";
    /** With a decode executor (the opt-in): long dumps decoded on a second thread. */
    static final String AHEAD_ID = "jnetlink-ahead";
    /** W0 without the class-data archive: plain {@code java -jar}. */
    static final String PLAIN_JVM_ID = "jnetlink-plain";

    /**
     * W0's JVM options, as README "Cold start" ships them: the examples jar's class-data
     * archive, C1 only (a program that runs for a fraction of a second never profits from C2),
     * and the serial collector (no GC threads to start).
     */
    static final List<String> COLD_START_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final String id;
    private final RequestEngine.Options options;

    private JnetlinkPeer(String id, RequestEngine.Options options) {
        this.id = id;
        this.options = options;
    }

    /** @return the peer with the default options */
    static JnetlinkPeer plain() {
        return new JnetlinkPeer(ID, RequestEngine.Options.DEFAULT);
    }

    /** @return W0 with {@code java -jar} and no option: what a user gets without the recipe */
    static JnetlinkPeer plainJvm() {
        return new JnetlinkPeer(PLAIN_JVM_ID, RequestEngine.Options.DEFAULT);
    }

    /** @return the peer that decodes long dumps on a cached pool's thread */
    static JnetlinkPeer decodingAhead() {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "jnl-cmp-decode");
            t.setDaemon(true);
            return t;
        });
        return new JnetlinkPeer(AHEAD_ID, RequestEngine.Options.DEFAULT.withDecodeExecutor(pool));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean supports(Workload w) {
        if (id.equals(PLAIN_JVM_ID)) {
            return w == Workload.W0;
        }
        // The option changes only how long dumps are decoded.
        return id.equals(ID) || w == Workload.W1_1K || w == Workload.W1_10K || w == Workload.W4;
    }

    @Override
    public long warmupNanos() {
        return 3_000_000_000L;
    }

    /** The table of N1 and N2. */
    static final TableSpec NAT = TableSpec.ip("nat");

    /**
     * N1's transaction: table ip nat, chain docker, and one DNAT rule per host port from 10000,
     * {@code iifname != "docker0" tcp dport P dnat to 172.17.0.2:80}; no echo asked, as the C
     * floor asks none.
     *
     * @param nft a client
     * @param count how many rules
     * @return the transaction, to commit
     */
    static Transaction dnatRules(Nft nft, int count) {
        ChainSpec docker = ChainSpec.regular(NAT, "docker");
        Transaction tx = nft.transaction().add(NAT).add(docker).learnHandles(false);
        for (int i = 0; i < count; i++) {
            tx.add(RuleSpec.in(docker).iifnameNot("docker0").tcpDport(10000 + i).dnat("172.17.0.2", 80).build());
        }
        return tx;
    }

    // N1 and N2: wall and the process's CPU time (the dump's decoding helper included).
    private static Result nftables(Workload w, Scratch s) {
        try (Nft nft = Nft.openIn(s.ns)) {
            long c0 = CpuTime.processNanos();
            long t0 = System.nanoTime();
            if (w == Workload.N1) {
                dnatRules(nft, s.cfg.nftRules()).commit();
            } else {
                nft.listRules(NAT, "docker");
            }
            long t1 = System.nanoTime();
            return new Result.Time((t1 - t0) / 1e9, (CpuTime.processNanos() - c0) / 1e9);
        }
    }

    private final Set<Workload> warmed = EnumSet.noneOf(Workload.class);

    // W3 and N1 change the namespace, so the runner gives them no warm-up, and W3's first
    // repetitions measured the JIT (1.32, 0.92, 0.69, 0.52, 0.45 s in a run whose C floor took
    // 0.50-0.56 s each time): three seconds of untimed installs into setups of their own first,
    // as W1 and W4 get on theirs.
    private void warmOnce(Workload w, Settings cfg) throws Exception {
        if (!warmed.add(w)) {
            return;
        }
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            try (Scratch s = Scratch.prepare(cfg, w)) {
                run(w, s);
            }
        }
    }

    private static boolean archiveMade;

    /**
     * W0: {@code java -jar netlink-examples.jar link lo} in a fresh JVM, timed from outside.
     * The default peer runs it as README "Cold start" says: the first call makes the archive
     * ({@code -XX:ArchiveClassesAtExit}, untimed; an archive fits only the JDK and the jar that
     * made it), the timed runs map it with {@code -Xshare:on}, so a stale archive fails the run
     * instead of being silently ignored.
     */
    private Result coldStart(Settings cfg) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> tail = List.of("-jar", cfg.examplesJar().toString(), "link", "lo");
        List<String> c = new ArrayList<>(List.of(java));
        if (id.equals(ID)) {
            c.addAll(COLD_START_OPTIONS);
            makeArchive(cfg, c, tail);
            c.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + cfg.examplesArchive()));
        }
        c.addAll(tail);
        return Processes.timeWithCpu(c);
    }

    private static synchronized void makeArchive(Settings cfg, List<String> jvm, List<String> tail)
            throws Exception {
        if (archiveMade) {
            return;
        }
        Files.deleteIfExists(cfg.examplesArchive());
        List<String> training = new ArrayList<>(jvm);
        training.add("-XX:ArchiveClassesAtExit=" + cfg.examplesArchive());
        training.addAll(tail);
        Processes.time(training);
        archiveMade = true;
    }

    @Override
    public Result run(Workload w, Scratch s) throws Exception {
        if (w == Workload.W0) {
            return coldStart(s.cfg);
        }
        if (w == Workload.W3_BATCHED || w == Workload.W3_EACH || w == Workload.N1) {
            warmOnce(w, s.cfg);
        }
        if (w.nftables()) {
            return nftables(w, s);
        }
        try (Rtnl rtnl = Rtnl.openIn(s.ns, options)) {
            Links links = rtnl.links();
            Routes routes = rtnl.routes();
            int pairs = s.cfg.pairs();
            long cpu0 = CpuTime.processNanos();
            long t0 = System.nanoTime();
            switch (w) {
                case W1_1K, W1_10K -> links.list();
                case W2_CREATE -> {
                    for (int i = 0; i < pairs; i++) {
                        links.add(Veth.pair("v" + i, "p" + i).group(Settings.GROUP));
                    }
                }
                case W2_CREATE_NETNS -> {
                    for (int i = 0; i < pairs; i++) {
                        links.add(Veth.pair("v" + i, "p" + i).group(Settings.GROUP).peerNetns(s.ns2));
                    }
                }
                case W2_DELETE_EACH -> {
                    for (int i = 0; i < pairs; i++) {
                        links.delete("v" + i);
                    }
                }
                case W2_DELETE_GROUP -> links.deleteGroup(Settings.GROUP);
                case W3_BATCHED -> routes.addAll(Scratch.routeSpecs(s.cfg.routes())).throwIfAnyFailed();
                case W3_EACH -> {
                    // Routes.add(spec) looks the device name up first (RTM_GETLINK), a second
                    // round trip per route; "one request + ack each" is the engine with the
                    // index resolved once, as the other peers pass an index.
                    int oif = links.indexOf("veth0");
                    RequestEngine engine = rtnl.engine();
                    for (RouteSpec r : Scratch.routeSpecs(s.cfg.routes())) {
                        engine.execute(Request.describedLazily(Rtm.NEWROUTE,
                                NlMsg.F_CREATE | NlMsg.F_EXCL, r::toString, RtMsg.SIZE, Rta.SPACE,
                                mw -> r.write(mw, dev -> oif, false)));
                    }
                }
                case W4 -> routes.list(RouteFilter.allTables().ipv4());
                case W6_GET, W6_SETUP -> {
                    return latency(links, w == Workload.W6_SETUP, s.cfg.samples());
                }
                case W5 -> throw new IllegalArgumentException("W5 runs through listen()");
                case N1, N2 -> throw new AssertionError("see nftables()");
                case T1 -> {
                    // Filters.add looks the device up first (RTM_GETLINK), a second round trip
                    // per filter; as in W3_each, "one request + ack each" is the engine with the
                    // index resolved once, as the other peers pass an index.
                    int dev = links.indexOf(Settings.TC_DEV);
                    int parent = TcHandle.parse("1:");
                    int info = TcMsg.filterInfo(1, Filters.IP);
                    RequestEngine engine = rtnl.engine();
                    for (int i = 0; i < Settings.FILTERS; i++) {
                        TcObject o = TcObject.of(new TcMsg(0, dev, 0, parent, info), "u32",
                                u32Filter(i).options(name -> dev));
                        engine.execute(Request.describedLazily(Rtm.NEWTFILTER, NlMsg.F_CREATE | NlMsg.F_EXCL,
                                o::toString, TcMsg.SIZE, Tca.SPACE, mw -> TcCodec.encode(mw, Rtm.NEWTFILTER, o)));
                    }
                }
                case T2 -> rtnl.tc().filters().list(Settings.TC_DEV, "1:");
            }
            long t1 = System.nanoTime();
            return new Result.Time((t1 - t0) / 1e9, (CpuTime.processNanos() - cpu0) / 1e9);
        }
    }

    /**
     * @param i the filter's number
     * @return T1's filter i: {@code u32 match ip dst 10.(i/65536).(i/256%256).(i%256)/32 flowid 1:10}
     */
    static U32 u32Filter(int i) {
        return U32.match().ipDst("10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff) + "/32")
                .flowid("1:10");
    }

    private static Result latency(Links links, boolean setup, int n) {
        long[] t = new long[n];
        long cpu0 = CpuTime.processNanos();
        for (int i = 0; i < n; i++) {
            if (setup) {
                links.setDown("w0");
            }
            long t0 = System.nanoTime();
            if (setup) {
                links.setUp("w0");
            } else {
                links.get("w0");
            }
            t[i] = System.nanoTime() - t0;
        }
        return percentiles(t, (CpuTime.processNanos() - cpu0) / 1e9 / n);
    }

    /**
     * @param nanos the samples
     * @param cpuPerIteration CPU seconds per iteration of the sampling loop
     * @return their median and 99th percentile
     */
    static Result.Latency percentiles(long[] nanos, double cpuPerIteration) {
        long[] t = nanos.clone();
        Arrays.sort(t);
        return new Result.Latency(t[t.length / 2] / 1e9, t[(int) (t.length * 0.99)] / 1e9,
                cpuPerIteration);
    }

    /**
     * A subscription to {@link Group#IPV4_ROUTE} with the default receive buffer, read on a
     * thread of its own; every route event and every {@link Overrun} counted.
     */
    @Override
    public Listener listen(Scratch s) {
        Subscription sub = Monitor.in(s.ns).groups(Group.IPV4_ROUTE).open();
        long cpu0 = CpuTime.processNanos(); // the burst's writer is a child: not counted
        long[] counts = new long[2]; // delivered, overruns; guarded by counts
        long[] last = {System.nanoTime()};
        Thread reader = new Thread(() -> {
            Event e;
            while ((e = sub.take()) != null) {
                synchronized (counts) {
                    if (e instanceof Overrun) {
                        counts[1]++;
                    } else if (e instanceof ObjectEvent<?> oe && oe.value() instanceof Route
                            && oe.change() != Change.DELETED) {
                        counts[0]++;
                        last[0] = System.nanoTime();
                    }
                }
            }
        }, "jnl-cmp-w5");
        reader.setDaemon(true);
        reader.start();
        return new Listener() {
            @Override
            public Result.Events finish(long sent, int idleMillis) throws InterruptedException {
                while (true) {
                    synchronized (counts) {
                        if (counts[0] >= sent || System.nanoTime() - last[0] > idleMillis * 1_000_000L) {
                            break;
                        }
                    }
                    Thread.sleep(20);
                }
                boolean closed = sub.isClosed();
                double cpu = (CpuTime.processNanos() - cpu0) / 1e9;
                sub.close();
                reader.join(10_000);
                synchronized (counts) {
                    if (counts[0] == 0 && counts[1] == 0) {
                        throw new IllegalStateException("the monitor delivered no route event and no"
                                + " overrun: this build's Subscription does not follow routes yet");
                    }
                    return new Result.Events(sent, counts[0], counts[1], closed, cpu);
                }
            }

            @Override
            public void close() {
                sub.close();
            }
        };
    }
}

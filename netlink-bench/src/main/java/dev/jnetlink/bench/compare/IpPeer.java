package dev.jnetlink.bench.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * iproute2's {@code ip}, timed from outside (process start included, about a millisecond, and
 * in the CPU time too):
 * {@code ip -batch} for the many-request workloads (one request, then its ack, then the
 * next), {@code ip monitor route} for W5. No W3_batched (ip waits for each ack) and no W6
 * (one process per operation is the {@code processbuilder} peer).
 */
final class IpPeer implements Peer {
    @Override
    public String id() {
        return "ip";
    }

    @Override
    public boolean supports(Workload w) {
        return w != Workload.W3_BATCHED && w != Workload.W6_GET && w != Workload.W6_SETUP && !w.nftables();
    }

    private static List<String> ip(Scratch s, String... args) {
        List<String> c = new ArrayList<>(List.of("ip", "-n", s.name));
        c.addAll(List.of(args));
        return c;
    }

    private static Result.Time batch(Scratch s, StringBuilder lines) throws Exception {
        Path f = Files.createTempFile("jnl-cmp-", ".batch");
        try {
            Files.writeString(f, lines);
            return time(ip(s, "-batch", f.toString()));
        } finally {
            Files.deleteIfExists(f);
        }
    }

    private static Result.Time tcBatch(Scratch s, StringBuilder lines) throws Exception {
        Path f = Files.createTempFile("jnl-cmp-", ".tc");
        try {
            Files.writeString(f, lines);
            return time(List.of("tc", "-n", s.name, "-batch", f.toString()));
        } finally {
            Files.deleteIfExists(f);
        }
    }

    private static Result.Time time(List<String> command) throws Exception {
        return Processes.timeWithCpu(command);
    }

    @Override
    public Result run(Workload w, Scratch s) throws Exception {
        int pairs = s.cfg.pairs();
        StringBuilder b = new StringBuilder();
        return switch (w) {
            // In the runner's namespace, which a read leaves as it was: no ip netns exec to time.
            case W0 -> time(List.of("ip", "link", "show", "lo"));
            case W1_1K, W1_10K -> time(ip(s, "-d", "link", "show"));
            case W2_CREATE, W2_CREATE_NETNS -> {
                String netns = w == Workload.W2_CREATE_NETNS ? " netns " + s.name2 : "";
                for (int i = 0; i < pairs; i++) {
                    b.append("link add v").append(i).append(" group ").append(Settings.GROUP)
                            .append(" type veth peer name p").append(i).append(netns).append('\n');
                }
                yield batch(s, b);
            }
            case W2_DELETE_EACH -> {
                for (int i = 0; i < pairs; i++) {
                    b.append("link del dev v").append(i).append('\n');
                }
                yield batch(s, b);
            }
            case W2_DELETE_GROUP -> time(ip(s, "link", "del", "group",
                    Integer.toString(Settings.GROUP)));
            case W3_EACH -> {
                for (int i = 0; i < s.cfg.routes(); i++) {
                    b.append("route add ").append(11 + i / 65536).append('.').append(i / 256 % 256)
                            .append('.').append(i % 256).append(".0/24 via 10.0.0.2 dev veth0\n");
                }
                yield batch(s, b);
            }
            case W4 -> time(ip(s, "-4", "route", "show", "table", "all"));
            // tc is the ip-like peer of traffic control: a batch file, and show
            case T1 -> {
                for (int i = 0; i < Settings.FILTERS; i++) {
                    b.append("filter add dev ").append(Settings.TC_DEV)
                     .append(" parent 1: protocol ip prio 1 u32 match ip dst 10.").append(i >> 16 & 0xff).append('.')
                     .append(i >> 8 & 0xff).append('.').append(i & 0xff).append("/32 flowid 1:10\n");
                }
                yield tcBatch(s, b);
            }
            case T2 -> time(List.of("tc", "-n", s.name, "-s", "-d", "filter", "show", "dev", Settings.TC_DEV,
                    "parent", "1:"));
            default -> throw new IllegalArgumentException("ip does not do " + w.id());
        };
    }

    /**
     * {@code ip monitor route}: one line per event on stdout; a lost burst shows as
     * {@code netlink receive error No buffer space available (105)} on stderr, and ip goes on.
     */
    @Override
    public Listener listen(Scratch s) throws Exception {
        Process p = new ProcessBuilder(ip(s, "monitor", "route")).start();
        AtomicLong delivered = new AtomicLong();
        AtomicLong overruns = new AtomicLong();
        AtomicLong lastEvent = new AtomicLong(System.nanoTime());
        AtomicBoolean ended = new AtomicBoolean();
        Thread out = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8), 1 << 16)) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.contains(" via 10.0.0.2 ") && !line.startsWith("Deleted")) {
                        delivered.incrementAndGet();
                        lastEvent.set(System.nanoTime());
                    }
                }
            } catch (IOException e) {
                // process ended
            }
            ended.set(true);
        }, "ip-monitor-out");
        Thread err = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.contains("No buffer space")) {
                        overruns.incrementAndGet();
                    } else {
                        System.err.println("ip monitor: " + line);
                    }
                }
            } catch (IOException e) {
                // process ended
            }
        }, "ip-monitor-err");
        out.start();
        err.start();
        Thread.sleep(500); // ip has no "ready" signal: give it time to join the group
        return new Listener() {
            @Override
            public Result.Events finish(long sent, int idleMillis) throws Exception {
                while (delivered.get() < sent && !ended.get()
                        && System.nanoTime() - lastEvent.get() < idleMillis * 1_000_000L) {
                    Thread.sleep(20);
                }
                boolean closed = ended.get();
                // Clock ticks from /proc, while the process is still there to be read.
                double cpu = p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
                p.destroy();
                p.waitFor(10, TimeUnit.SECONDS);
                out.join(10_000);
                err.join(10_000);
                return new Result.Events(sent, delivered.get(), overruns.get(), closed, cpu);
            }

            @Override
            public void close() {
                p.destroyForcibly();
            }
        };
    }
}

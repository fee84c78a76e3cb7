package dev.jnetlink.examples.scenario;

import dev.jnetlink.diag.Ping;
import dev.jnetlink.diag.PingResult;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.GenericLink;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.tc.Filters;
import dev.jnetlink.rtnl.tc.Htb;
import dev.jnetlink.rtnl.tc.Ingress;
import dev.jnetlink.rtnl.tc.Mirred;
import dev.jnetlink.rtnl.tc.Netem;
import dev.jnetlink.rtnl.tc.Setup;
import dev.jnetlink.rtnl.tc.Tbf;
import dev.jnetlink.rtnl.tc.TrafficControl;
import dev.jnetlink.rtnl.tc.U32;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * S12: shaping the link between two containers, as network emulators do. netem delay, jitter
 * and loss measured by a few hundred pings; a tbf rate limit and an htb tree with a u32 filter
 * that puts one destination in a slower class, measured by TCP transfers between Java sockets
 * opened in each namespace; ingress shaping through an ifb device with mirred (as CNI's
 * bandwidth plugin does); then the shaping removed and the round trip back to normal. A part
 * the kernel lacks (netem on a kernel without sch_netem) is skipped with the reason.
 */
public final class Emulate implements Scenario {
    private static final int PORT = 5201;

    @Override
    public String name() {
        return "emulate";
    }

    @Override
    public String summary() {
        return "netem delay/loss, tbf and htb+u32 rate limits, ifb ingress shaping between two containers, measured";
    }

    @Override
    public String source() {
        return "SCENARIOS.md S12 (no walkthrough): what Mininet's TCLink and containerlab's netem do";
    }

    @Override
    public void declare(Options o) {
        o.option("a", "emu-a", "the sending container");
        o.option("b", "emu-b", "the receiving container");
        o.option("a-address", "10.12.0.1/24", "address of a's end");
        o.option("b-address", "10.12.0.2/24", "address of b's end");
        o.option("b-slow-address", "10.12.0.3/24", "b's second address, the destination u32 puts in the slow class");
        o.option("pings", "200", "pings per round-trip measurement");
        o.option("seconds", "3", "length of each TCP transfer");
        o.option("rate-mbit", "10", "the tbf and htb rate");
        o.option("slow-mbit", "2", "the slow htb class's rate");
        o.option("ingress-mbit", "5", "the ingress (ifb) rate");
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        NetNs a = w.namespace(o.get("a"), "container a");
        NetNs b = w.namespace(o.get("b"), "container b");
        Rtnl inA = w.rtnl(a);
        Rtnl inB = w.rtnl(b);
        String aIp = o.prefix("a-address").toString();
        String bIp = o.prefix("b-address").toString();
        String slowIp = o.prefix("b-slow-address").toString();
        InetAddress b1 = o.prefix("b-address").address();
        InetAddress b2 = o.prefix("b-slow-address").address();
        int pings = o.number("pings", 10, 10_000);
        Duration seconds = Duration.ofSeconds(o.number("seconds", 1, 60));
        long rate = o.number("rate-mbit", 1, 1000) * 1_000_000L;
        long slow = o.number("slow-mbit", 1, 1000) * 1_000_000L;
        long ingress = o.number("ingress-mbit", 1, 1000) * 1_000_000L;

        w.run("ip link add eth0 netns " + a.name() + " type veth peer name eth0 netns " + b.name(),
                () -> inA.links().add(Veth.pair("eth0", "eth0").peerNetns(b)));
        w.run("ip -n " + a.name() + " addr add " + aIp + " dev eth0; ip -n " + a.name() + " link set eth0 up", () -> {
            inA.addresses().add("eth0", aIp);
            inA.links().setUp("eth0");
        });
        w.run("ip -n " + b.name() + " addr add " + bIp + " dev eth0; ... " + slowIp + "; link set eth0 up", () -> {
            inB.addresses().add("eth0", bIp);
            inB.addresses().add("eth0", slowIp);
            inB.links().setUp("eth0");
        });
        TrafficControl tcA = inA.tc();
        TrafficControl tcB = inB.tc();

        w.section("round trip before shaping");
        Rtt before = rtt(w, a, b1, pings);

        w.section("netem delay 100ms 10ms loss 1% on a's eth0");
        if (w.runIfSupported("tc -n " + a.name() + " qdisc add dev eth0 root handle 1: netem delay 100ms 10ms loss 1%",
                () -> tcA.qdiscs().add("eth0", "root", "1:", Netem.builder()
                        .delay(Duration.ofMillis(100), Duration.ofMillis(10)).loss(1).build()))) {
            Rtt during = rtt(w, a, b1, pings);
            w.verify(String.format("netem adds about 100 ms: avg %.1f ms -> %.1f ms", before.avg, during.avg),
                    during.avg - before.avg > 90 && during.avg - before.avg < 110);
            w.verify(String.format("netem loses about 1%% one way: %d of %d lost", during.lost, pings),
                    during.lost <= pings / 20);
            w.run("tc -n " + a.name() + " qdisc del dev eth0 root", () -> tcA.qdiscs().delete("eth0", "root", "1:"));
        }

        w.section("tbf rate " + rate / 1_000_000 + "mbit on a's eth0, measured by a TCP transfer a -> b");
        try (Setup.Applied tbf = w.step("tc -n " + a.name() + " qdisc add dev eth0 root handle 1: tbf rate "
                + rate / 1_000_000 + "mbit burst 32kbit latency 400ms",
                () -> tcA.setup().qdisc("eth0", "root", "1:", Tbf.latency(rate, 4096, Duration.ofMillis(400)))
                        .apply())) {
            double mbit = transfer(a, b, b1, seconds);
            checkRate(w, "tbf", mbit, rate);
        }

        w.section("htb: 1:10 at " + rate / 1_000_000 + "mbit (default), 1:20 at " + slow / 1_000_000
                + "mbit; u32 sends " + b2.getHostAddress() + " to 1:20");
        try (Setup.Applied htb = w.step("tc qdisc add ... htb default 10; tc class add ... (2); tc filter add ... u32",
                () -> tcA.setup()
                        .qdisc("eth0", "root", "1:", Htb.qdisc().defaultClass(0x10))
                        .klass("eth0", "1:", "1:10", Htb.rate(rate))
                        .klass("eth0", "1:", "1:20", Htb.rate(slow))
                        .filter("eth0", "1:", 1, Filters.IP, U32.match().ipDst(b2.getHostAddress() + "/32").flowid("1:20"))
                        .apply())) {
            checkRate(w, "htb 1:10 to " + b1.getHostAddress(), transfer(a, b, b1, seconds), rate);
            checkRate(w, "htb 1:20 to " + b2.getHostAddress() + " (u32)", transfer(a, b, b2, seconds), slow);
        }

        w.section("ingress shaping on b: eth0 ingress -> mirred redirect -> ifb0 with tbf " + ingress / 1_000_000 + "mbit");
        w.run("ip -n " + b.name() + " link add ifb0 type ifb; ip -n " + b.name() + " link set ifb0 up", () -> {
            inB.links().add(GenericLink.of("ifb", "ifb0"));
            inB.links().setUp("ifb0");
        });
        try (Setup.Applied ifb = w.step("tc qdisc add dev eth0 ingress; tc filter add dev eth0 parent ffff: "
                + "protocol all u32 match u32 0 0 action mirred egress redirect dev ifb0; tc qdisc add dev ifb0 root tbf ...",
                () -> tcB.setup()
                        .qdisc("ifb0", "root", "1:", Tbf.latency(ingress, 4096, Duration.ofMillis(400)))
                        .qdisc("eth0", Ingress.ingress())
                        .filter("eth0", "ffff:", 1, Filters.ALL, U32.match().action(Mirred.egressRedirect("ifb0")))
                        .apply())) {
            checkRate(w, "ingress via ifb0", transfer(a, b, b1, seconds), ingress);
        }

        w.section("round trip after removing the shaping");
        Rtt after = rtt(w, a, b1, pings);
        w.verify(String.format("round trip back to normal: avg %.2f ms (before %.2f ms)", after.avg, before.avg),
                after.avg < before.avg + 5);
    }

    private static void checkRate(Walkthrough w, String what, double mbit, long configured) {
        double want = configured / 1e6;
        w.verify(String.format("%s: %.2f Mbit/s measured, %.0f configured (within 10%%)", what, mbit, want),
                Math.abs(mbit - want) <= want * 0.10);
    }

    private record Rtt(double min, double avg, double max, int lost) {
    }

    private static Rtt rtt(Walkthrough w, NetNs from, InetAddress to, int count) {
        List<Double> ms = new ArrayList<>();
        int lost = 0;
        try (Ping ping = Ping.from(from, to)) {
            for (int i = 0; i < count; i++) {
                PingResult r = ping.echo(Duration.ofSeconds(1));
                if (r.replied()) {
                    ms.add(r.rttMillis());
                } else {
                    lost++;
                }
            }
        }
        double min = ms.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = ms.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        double avg = ms.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        w.note(String.format("ping %s: %d sent, %d lost, rtt min/avg/max = %.3f/%.3f/%.3f ms",
                to.getHostAddress(), count, lost, min, avg, max));
        return new Rtt(min, avg, max, lost);
    }

    /**
     * Sends for {@code length} from a socket opened in {@code from} to one listening in
     * {@code to}, and returns the rate the receiver saw, in Mbit/s of TCP payload.
     */
    private static double transfer(NetNs from, NetNs to, InetAddress target, Duration length) throws Exception {
        ServerSocket server = to.call(() -> {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(target, PORT));
            return s;
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (server) {
            Future<double[]> received = pool.submit(() -> receive(server));
            try (Socket client = from.call(() -> {
                Socket s = new Socket();
                s.connect(new InetSocketAddress(target, PORT), 5000);
                return s;
            }); OutputStream out = client.getOutputStream()) {
                byte[] chunk = new byte[64 * 1024];
                long end = System.nanoTime() + length.toNanos();
                while (System.nanoTime() < end) {
                    out.write(chunk);
                }
            }
            double[] r = received.get(length.toSeconds() * 10 + 30, TimeUnit.SECONDS);
            return r[0] * 8 / r[1] / 1e6;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return bytes, and seconds from the first byte to the last */
    private static double[] receive(ServerSocket server) throws IOException {
        server.setSoTimeout(10_000);
        try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
            byte[] buf = new byte[256 * 1024];
            long first = 0;
            long last = 0;
            long bytes = -1;
            int n;
            // the clock starts at the first read, so the bytes of that read are not counted
            while ((n = in.read(buf)) >= 0) {
                long now = System.nanoTime();
                if (bytes < 0) {
                    first = now;
                    bytes = 0;
                } else {
                    bytes += n;
                }
                last = now;
            }
            return new double[] {Math.max(0, bytes), Math.max(1e-9, (last - first) / 1e9)};
        }
    }
}

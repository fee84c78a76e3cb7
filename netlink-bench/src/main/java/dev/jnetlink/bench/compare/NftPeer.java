package dev.jnetlink.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A peer of the nftables workloads (N1, N2), a program run inside the namespace that prints
 * {@code result seconds=S cpu=C}: the C floor ({@code peers/nft/nftbench.c}, libnftnl and
 * libmnl), google/nftables ({@code peers/nft/nftbench.go}), and {@code nft} itself, timed by the
 * C floor's {@code run} (wall clock, and its CPU time from {@code wait4}), with the same
 * ruleset as a file.
 */
final class NftPeer implements Peer {
    private final String id;
    private final Function<Scratch, List<String>> n1;
    private final Function<Scratch, List<String>> n2;

    private NftPeer(String id, Function<Scratch, List<String>> n1, Function<Scratch, List<String>> n2) {
        this.id = id;
        this.n1 = n1;
        this.n2 = n2;
    }

    /**
     * @param id the peer's id
     * @param program a program taking {@code n1 COUNT} and {@code n2}
     * @return the peer
     */
    static NftPeer library(String id, Path program) {
        return new NftPeer(id, s -> List.of(program.toString(), "n1", Integer.toString(s.cfg.nftRules())),
                s -> List.of(program.toString(), "n2"));
    }

    /** @return google/nftables, or null if its program is not built */
    static NftPeer googleNftables(Settings cfg) {
        Path go = cfg.peersDir().resolve("nftbench-go");
        if (!Files.isRegularFile(go)) {
            System.err.println("peer google-nftables left out: " + go + " is not built (run netlink-bench/compare)");
            return null;
        }
        return library("google-nftables", go);
    }

    /** @return {@code nft -f FILE} and {@code nft list chain ip nat docker}, or null without them */
    static NftPeer nft(Settings cfg) {
        if (!Files.isRegularFile(cfg.nftProgram()) || !Files.isExecutable(Path.of("/usr/sbin/nft"))) {
            System.err.println("peer nft left out: it needs /usr/sbin/nft and " + cfg.nftProgram());
            return null;
        }
        String timer = cfg.nftProgram().toString();
        return new NftPeer("nft", s -> List.of(timer, "run", "/usr/sbin/nft", "-f", rulesetFile(s.cfg).toString()),
                s -> List.of(timer, "run", "/usr/sbin/nft", "list", "chain", "ip", "nat", "docker"));
    }

    // N1's ruleset as nft reads it: the table, the chain, one DNAT rule per host port.
    private static synchronized Path rulesetFile(Settings cfg) {
        Path f = cfg.peersDir().resolve("n1-" + cfg.nftRules() + ".nft");
        if (!Files.isRegularFile(f)) {
            StringBuilder sb = new StringBuilder("add table ip nat\nadd chain ip nat docker\n");
            for (int i = 0; i < cfg.nftRules(); i++) {
                sb.append("add rule ip nat docker iifname != \"docker0\" tcp dport ").append(10000 + i)
                        .append(" dnat to 172.17.0.2:80\n");
            }
            try {
                Files.writeString(f, sb, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return f;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean supports(Workload w) {
        return w.nftables();
    }

    @Override
    public Result run(Workload w, Scratch s) throws Exception {
        List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", s.name));
        c.addAll((w == Workload.N1 ? n1 : n2).apply(s));
        long cpu0 = CpuTime.childrenNanos();
        List<String> out = Processes.run(c);
        return Result.parse(w, Processes.resultLine(out), 0, (CpuTime.childrenNanos() - cpu0) / 1e9);
    }

    @Override
    public Listener listen(Scratch s) {
        throw new UnsupportedOperationException(id + " has no W5");
    }

    @Override
    public String toString() {
        return id;
    }
}

package dev.jnetlink.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The results of a run, as a Markdown table or one JSON object: wall time and, beside it, the
 * peer's process CPU time over the same work, each the best (or with {@code --median} the
 * median) of the repetitions, with its ratio to the C floor.
 */
final class Report {
    /** Peers in column order. */
    static final List<String> PEERS = List.of("c", "jnetlink", "jnetlink-ahead", "jnetlink-plain", "ip", "libnl",
            "vishvananda",
            "pyroute2", "processbuilder", "nft", "google-nftables");

    // workload -> peer -> every repetition
    private final Map<Workload, Map<String, List<Result>>> reps = new LinkedHashMap<>();
    private final Map<Workload, Map<String, String>> failures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Settings cfg;
    private final boolean median;

    /**
     * @param cfg the sizes of the run
     * @param median true to show medians of the repetitions in Markdown, false for the best
     */
    Report(Settings cfg, boolean median) {
        this.cfg = cfg;
        this.median = median;
    }

    void put(Workload w, String peer, List<Result> results) {
        reps.computeIfAbsent(w, k -> new LinkedHashMap<>()).put(peer, List.copyOf(results));
    }

    void fail(Workload w, String peer, String why) {
        failures.computeIfAbsent(w, k -> new LinkedHashMap<>()).put(peer, why);
    }

    void note(String line) {
        notes.add(line);
    }

    // ------------------------------------------------------------------ statistics

    /** One statistic of one cell (a workload, a peer), over its repetitions. */
    private enum Stat {
        SECONDS(r -> ((Result.Time) r).seconds()),
        P50(r -> ((Result.Latency) r).p50()),
        P99(r -> ((Result.Latency) r).p99()),
        CPU(Result::cpu);

        final ToDoubleFunction<Result> of;

        Stat(ToDoubleFunction<Result> of) {
            this.of = of;
        }
    }

    // The smallest, or the median, of a statistic over the repetitions (each statistic on its
    // own); NaN where none was measured.
    private static double stat(List<Result> rs, Stat s, boolean median) {
        double[] v = rs.stream().mapToDouble(s.of).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return median ? (v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2)
                : v[0];
    }

    private double stat(Workload w, String peer, Stat s, boolean median) {
        Map<String, List<Result>> m = reps.get(w);
        List<Result> rs = m == null ? null : m.get(peer);
        return rs == null ? Double.NaN : stat(rs, s, median);
    }

    // Event bursts: the repetition that delivered most.
    private static Result.Events mostDelivered(List<Result> rs) {
        Result.Events top = (Result.Events) rs.get(0);
        for (Result r : rs) {
            Result.Events e = (Result.Events) r;
            if (e.delivered() > top.delivered()) {
                top = e;
            }
        }
        return top;
    }

    private static long worstSilent(List<Result> rs) {
        return rs.stream().mapToLong(r -> ((Result.Events) r).silentLost()).max().orElse(0);
    }

    // ------------------------------------------------------------------ JSON

    String json() {
        StringBuilder sb = new StringBuilder("{");
        boolean firstRow = true;
        for (Map.Entry<Workload, Map<String, List<Result>>> row : reps.entrySet()) {
            Workload w = row.getKey();
            if (w == Workload.W6_GET || w == Workload.W6_SETUP) {
                for (Stat stat : List.of(Stat.P50, Stat.P99)) {
                    firstRow = jsonRow(sb, firstRow, w.id() + "_" + stat.name().toLowerCase(Locale.ROOT),
                            row.getValue(), rs -> times(rs, stat));
                }
            } else if (w == Workload.W5) {
                firstRow = jsonRow(sb, firstRow, w.id(), row.getValue(), rs -> {
                    Result.Events e = mostDelivered(rs);
                    return "{\"delivered\": " + e.delivered() + ", \"signalled_lost\": "
                            + e.signalledLost() + ", \"silent_lost\": " + e.silentLost()
                            + ", \"worst_silent_lost\": " + worstSilent(rs) + ", \"cpu\": "
                            + num(e.cpu()) + "}";
                });
            } else {
                firstRow = jsonRow(sb, firstRow, w.id(), row.getValue(), rs -> times(rs, Stat.SECONDS));
            }
        }
        return sb.append("\n}\n").toString();
    }

    // Seconds; for latencies, "cpu" is per iteration of the sampling loop.
    private static String times(List<Result> rs, Stat wall) {
        return "{\"seconds\": " + num(stat(rs, wall, false)) + ", \"seconds_median\": "
                + num(stat(rs, wall, true)) + ", \"cpu\": " + num(stat(rs, Stat.CPU, false))
                + ", \"cpu_median\": " + num(stat(rs, Stat.CPU, true)) + ", \"reps\": " + rs.size() + "}";
    }

    private static boolean jsonRow(StringBuilder sb, boolean first, String id,
            Map<String, List<Result>> cells, java.util.function.Function<List<Result>, String> value) {
        sb.append(first ? "\n  " : ",\n  ").append('"').append(id).append("\": {");
        boolean firstCell = true;
        for (String peer : PEERS) {
            List<Result> rs = cells.get(peer);
            if (rs != null) {
                sb.append(firstCell ? "" : ", ").append('"').append(peer).append("\": ").append(value.apply(rs));
                firstCell = false;
            }
        }
        sb.append('}');
        return false;
    }

    private static String num(double seconds) {
        return Double.isNaN(seconds) ? "null" : String.format(Locale.ROOT, "%.9g", seconds);
    }

    // ------------------------------------------------------------------ Markdown

    String markdown(String header) {
        StringBuilder sb = new StringBuilder(header);
        List<String> cols = new ArrayList<>();
        for (String p : PEERS) {
            if (reps.entrySet().stream().anyMatch(e -> !e.getKey().nftables() && e.getValue().containsKey(p))) {
                cols.add(p);
            }
        }
        if (reps.keySet().stream().anyMatch(w -> w != Workload.W5 && !w.nftables())) {
            sb.append("\n| workload |");
            cols.forEach(c -> sb.append(' ').append(c).append(" |"));
            sb.append("\n|---|");
            cols.forEach(c -> sb.append("---:|"));
        }
        for (Map.Entry<Workload, Map<String, List<Result>>> row : reps.entrySet()) {
            Workload w = row.getKey();
            if (w == Workload.W5 || w.nftables()) {
                continue;
            }
            if (w == Workload.W6_GET || w == Workload.W6_SETUP) {
                for (Stat stat : List.of(Stat.P50, Stat.P99)) {
                    sb.append("\n| ").append(w.id()).append('_').append(stat.name().toLowerCase(Locale.ROOT))
                            .append(": ").append(w.title(cfg)).append(" |");
                    for (String c : cols) {
                        // CPU per iteration on the p50 row only: it is one number for both.
                        sb.append(' ').append(cell(w, c, stat, stat == Stat.P50, Report::micros)).append(" |");
                    }
                }
                continue;
            }
            sb.append("\n| ").append(w.id()).append(": ").append(w.title(cfg)).append(" |");
            for (String c : cols) {
                sb.append(' ').append(cell(w, c, Stat.SECONDS, true, Report::time)).append(" |");
            }
        }
        sb.append('\n');
        nftables(sb);
        Map<String, List<Result>> w5 = reps.get(Workload.W5);
        if (w5 != null) {
            sb.append("\nW5: ").append(Workload.W5.title(cfg)).append(" (best of the repetitions;")
                    .append(" worst silent loss over all of them in the last column)\n\n")
                    .append("| peer | delivered | lost, signalled | lost silently | overrun signals |")
                    .append(" worst silent loss | listener CPU |\n|---|---:|---:|---:|---:|---:|---:|\n");
            for (String p : PEERS) {
                List<Result> rs = w5.get(p);
                if (rs != null) {
                    Result.Events e = mostDelivered(rs);
                    sb.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d%s | %,d | %s |%n", p,
                            e.delivered(), e.signalledLost(), e.silentLost(), e.overruns(),
                            e.closed() ? " (subscription closed)" : "", worstSilent(rs),
                            Double.isNaN(e.cpu()) ? "–" : time(e.cpu(), null)));
                }
            }
        }
        if (!failures.isEmpty()) {
            sb.append("\nFailed:\n");
            failures.forEach((w, m) -> m.forEach((p, why) -> sb.append("- ").append(w.id()).append(' ')
                    .append(p).append(": ").append(why).append('\n')));
        }
        if (!notes.isEmpty()) {
            sb.append('\n');
            notes.forEach(n -> sb.append(n).append('\n'));
        }
        return sb.toString();
    }

    // N1 and N2 have peers of their own (nft, google/nftables, a libnftnl C floor): a table of
    // their own, wall and CPU time each with its ratio to the C floor's.
    private void nftables(StringBuilder sb) {
        List<Workload> rows = new ArrayList<>();
        for (Workload w : Workload.values()) {
            if (w.nftables() && (reps.containsKey(w) || failures.containsKey(w))) {
                rows.add(w);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        List<String> cols = new ArrayList<>();
        for (String p : PEERS) {
            if (rows.stream().anyMatch(w -> reps.getOrDefault(w, Map.of()).containsKey(p)
                    || failures.getOrDefault(w, Map.of()).containsKey(p))) {
                cols.add(p);
            }
        }
        sb.append("\nnftables (the C floor is libnftnl):\n\n| workload |");
        cols.forEach(c -> sb.append(' ').append(c).append(" |"));
        sb.append("\n|---|");
        cols.forEach(c -> sb.append("---:|"));
        for (Workload w : rows) {
            sb.append("\n| ").append(w.id()).append(": ").append(w.title(cfg)).append(" |");
            for (String c : cols) {
                sb.append(' ').append(cell(w, c, Stat.SECONDS, true, Report::time)).append(" |");
            }
        }
        sb.append('\n');
    }

    /** Formats a duration in seconds, with its ratio to the floor's if there is one. */
    @FunctionalInterface
    private interface Format {
        String of(double seconds, Double floor);
    }

    // "5.12 ms (1.05x), cpu 5.30 ms (1.10x)": the statistic, and the CPU time beside it.
    private String cell(Workload w, String peer, Stat wall, boolean withCpu, Format f) {
        Map<String, List<Result>> m = reps.get(w);
        if (m == null || m.get(peer) == null) {
            Map<String, String> failed = failures.get(w);
            return failed != null && failed.containsKey(peer) ? "failed" : "–";
        }
        double v = stat(w, peer, wall, median);
        String out = f.of(v, floor(w, wall));
        double cpu = stat(w, peer, Stat.CPU, median);
        if (withCpu && !Double.isNaN(cpu)) {
            out += ", cpu " + f.of(cpu, floor(w, Stat.CPU));
        }
        return out;
    }

    private Double floor(Workload w, Stat s) {
        double v = stat(w, "c", s, median);
        return Double.isNaN(v) ? null : v;
    }

    private static String ratio(double v, Double floor) {
        return floor == null || floor <= 0 ? "" : String.format(Locale.ROOT, " (%.2fx)", v / floor);
    }

    private static String time(double s, Double floor) {
        String t = s >= 10 ? String.format(Locale.ROOT, "%.1f s", s)
                : s >= 1 ? String.format(Locale.ROOT, "%.2f s", s)
                : s >= 0.01 ? String.format(Locale.ROOT, "%.0f ms", s * 1e3)
                : String.format(Locale.ROOT, "%.2f ms", s * 1e3);
        return t + ratio(s, floor);
    }

    private static String micros(double s, Double floor) {
        double us = s * 1e6;
        String t = us >= 1000 ? String.format(Locale.ROOT, "%,.0f µs", us)
                : String.format(Locale.ROOT, "%.1f µs", us);
        return t + ratio(s, floor);
    }

    // ------------------------------------------------------------------ targets

    /** Ratios of jnetlink to the C floor next to the targets of issues 9, 16 and 17. */
    String targets() {
        StringBuilder sb = new StringBuilder("| target | measured | met |\n|---|---:|:---:|\n");
        // Issue 16's W0: an absolute time, JVM start to answer, with what the project ships.
        double w0 = stat(Workload.W0, "jnetlink", Stat.SECONDS, median);
        if (!Double.isNaN(w0)) {
            sb.append(String.format(Locale.ROOT, "| W0 wall <= 250 ms | %s, cpu %s | %s |%n", time(w0, null),
                    time(stat(Workload.W0, "jnetlink", Stat.CPU, median), null), w0 <= 0.25 ? "yes" : "no"));
        }
        for (Workload w : List.of(Workload.W1_1K, Workload.W1_10K, Workload.W4)) {
            target(sb, w, Stat.SECONDS, w.id() + " wall <= 1.15x", 1.15);
            target(sb, w, Stat.CPU, w.id() + " CPU <= 1.25x", 1.25);
        }
        for (Workload w : List.of(Workload.W2_CREATE, Workload.W2_CREATE_NETNS, Workload.W2_DELETE_EACH,
                Workload.W2_DELETE_GROUP, Workload.W3_BATCHED)) {
            target(sb, w, Stat.SECONDS, w.id() + " <= 1.05x", 1.05);
        }
        Map<String, List<Result>> w5 = reps.get(Workload.W5);
        if (w5 != null && w5.get("jnetlink") != null) {
            long silent = worstSilent(w5.get("jnetlink"));
            sb.append(String.format(Locale.ROOT, "| W5 zero silent loss | %,d silently lost (worst repetition) | %s |%n",
                    silent, silent == 0 ? "yes" : "no"));
        }
        target(sb, Workload.W6_GET, Stat.P50, "W6_get_p50 <= 1.1x", 1.1);
        target(sb, Workload.W6_GET, Stat.P99, "W6_get_p99 <= 1.2x", 1.2);
        target(sb, Workload.W6_SETUP, Stat.P50, "W6_setup_p50 <= 1.05x", 1.05);
        // Issue 17's: wall and CPU time both.
        target(sb, Workload.N1, Stat.SECONDS, "N1 wall <= 1.1x", 1.1);
        target(sb, Workload.N1, Stat.CPU, "N1 CPU <= 1.1x", 1.1);
        target(sb, Workload.N2, Stat.SECONDS, "N2 wall <= 1.2x", 1.2);
        target(sb, Workload.N2, Stat.CPU, "N2 CPU <= 1.2x", 1.2);
        // Issue 21's: wall and CPU time both.
        for (Workload w : List.of(Workload.T1, Workload.T2)) {
            target(sb, w, Stat.SECONDS, w.id() + " wall <= 1.15x", 1.15);
            target(sb, w, Stat.CPU, w.id() + " CPU <= 1.15x", 1.15);
        }
        return sb.toString();
    }

    private void target(StringBuilder sb, Workload w, Stat s, String label, double max) {
        double mine = stat(w, "jnetlink", s, median);
        double floor = stat(w, "c", s, median);
        if (!Double.isNaN(mine) && !Double.isNaN(floor) && floor > 0) {
            double r = mine / floor;
            sb.append(String.format(Locale.ROOT, "| %s | %.2fx | %s |%n", label, r, r <= max ? "yes" : "no"));
        }
    }
}

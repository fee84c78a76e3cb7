package dev.jnetlink.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results of a run, as a Markdown table or one JSON object. */
final class Report {
    /** Peers in column order. */
    static final List<String> PEERS = List.of("c", "jnetlink", "ip", "libnl", "vishvananda",
            "pyroute2", "processbuilder", "nft", "google-nftables");

    // workload -> peer -> best result
    private final Map<Workload, Map<String, Result>> best = new LinkedHashMap<>();
    private final Map<Workload, Map<String, String>> failures = new LinkedHashMap<>();
    private final Map<String, Long> worstSilent = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Settings cfg;

    Report(Settings cfg) {
        this.cfg = cfg;
    }

    void put(Workload w, String peer, List<Result> reps) {
        Result b = bestOf(reps);
        best.computeIfAbsent(w, k -> new LinkedHashMap<>()).put(peer, b);
        if (w == Workload.W5) {
            long worst = reps.stream().mapToLong(r -> ((Result.Events) r).silentLost()).max().orElse(0);
            worstSilent.put(peer, worst);
        }
    }

    void fail(Workload w, String peer, String why) {
        failures.computeIfAbsent(w, k -> new LinkedHashMap<>()).put(peer, why);
    }

    void note(String line) {
        notes.add(line);
    }

    // Times and latencies: the smallest of the repetitions (each statistic on its own);
    // event bursts: the repetition that delivered most.
    static Result bestOf(List<Result> reps) {
        Result first = reps.get(0);
        if (first instanceof Result.Time) {
            return new Result.Time(reps.stream().mapToDouble(r -> ((Result.Time) r).seconds()).min().orElseThrow(),
                    reps.stream().mapToDouble(r -> ((Result.Time) r).cpuSeconds()).filter(c -> !Double.isNaN(c))
                            .min().orElse(Double.NaN));
        }
        if (first instanceof Result.Latency) {
            return new Result.Latency(
                    reps.stream().mapToDouble(r -> ((Result.Latency) r).p50()).min().orElseThrow(),
                    reps.stream().mapToDouble(r -> ((Result.Latency) r).p99()).min().orElseThrow());
        }
        Result.Events top = (Result.Events) first;
        for (Result r : reps) {
            Result.Events e = (Result.Events) r;
            if (e.delivered() > top.delivered()) {
                top = e;
            }
        }
        return top;
    }

    // ------------------------------------------------------------------ JSON

    String json() {
        StringBuilder sb = new StringBuilder("{");
        boolean firstRow = true;
        for (Map.Entry<Workload, Map<String, Result>> row : best.entrySet()) {
            Workload w = row.getKey();
            if (w == Workload.W6_GET || w == Workload.W6_SETUP) {
                for (String stat : List.of("p50", "p99")) {
                    firstRow = jsonRow(sb, firstRow, w.id() + "_" + stat, row.getValue(), r -> num(
                            stat.equals("p50") ? ((Result.Latency) r).p50() : ((Result.Latency) r).p99()));
                }
            } else if (w == Workload.W5) {
                firstRow = jsonRow(sb, firstRow, w.id(), row.getValue(), r -> {
                    Result.Events e = (Result.Events) r;
                    return "{\"delivered\": " + e.delivered() + ", \"signalled_lost\": "
                            + e.signalledLost() + ", \"silent_lost\": " + e.silentLost() + "}";
                });
            } else if (w.nftables()) {
                firstRow = jsonRow(sb, firstRow, w.id(), row.getValue(), r -> "{\"seconds\": "
                        + num(((Result.Time) r).seconds()) + ", \"cpu_seconds\": " + num(((Result.Time) r).cpuSeconds()) + "}");
            } else {
                firstRow = jsonRow(sb, firstRow, w.id(), row.getValue(),
                        r -> num(((Result.Time) r).seconds()));
            }
        }
        return sb.append("\n}\n").toString();
    }

    private static boolean jsonRow(StringBuilder sb, boolean first, String id, Map<String, Result> cells,
            java.util.function.Function<Result, String> value) {
        sb.append(first ? "\n  " : ",\n  ").append('"').append(id).append("\": {");
        boolean firstCell = true;
        for (String peer : PEERS) {
            Result r = cells.get(peer);
            if (r != null) {
                sb.append(firstCell ? "" : ", ").append('"').append(peer).append("\": ").append(value.apply(r));
                firstCell = false;
            }
        }
        sb.append('}');
        return false;
    }

    private static String num(double seconds) {
        return String.format(Locale.ROOT, "%.9g", seconds);
    }

    // ------------------------------------------------------------------ Markdown

    String markdown(String header) {
        StringBuilder sb = new StringBuilder(header);
        List<String> cols = new ArrayList<>();
        for (String p : PEERS) {
            if (best.entrySet().stream().anyMatch(e -> !e.getKey().nftables() && e.getValue().containsKey(p))) {
                cols.add(p);
            }
        }
        if (best.keySet().stream().anyMatch(w -> w != Workload.W5 && !w.nftables())) {
            sb.append("\n| workload |");
            cols.forEach(c -> sb.append(' ').append(c).append(" |"));
            sb.append("\n|---|");
            cols.forEach(c -> sb.append("---:|"));
        }
        for (Map.Entry<Workload, Map<String, Result>> row : best.entrySet()) {
            Workload w = row.getKey();
            if (w == Workload.W5 || w.nftables()) {
                continue;
            }
            Map<String, Result> cells = row.getValue();
            if (w == Workload.W6_GET || w == Workload.W6_SETUP) {
                for (int stat = 0; stat < 2; stat++) {
                    sb.append("\n| ").append(w.id()).append(stat == 0 ? "_p50" : "_p99").append(": ")
                            .append(w.title(cfg)).append(" |");
                    Double floor = cells.get("c") == null ? null : latency(cells.get("c"), stat);
                    for (String c : cols) {
                        Result r = cells.get(c);
                        sb.append(' ').append(r == null ? cell(w, c) : micros(latency(r, stat), floor)).append(" |");
                    }
                }
                continue;
            }
            sb.append("\n| ").append(w.id()).append(": ").append(w.title(cfg)).append(" |");
            Double floor = cells.get("c") == null ? null : ((Result.Time) cells.get("c")).seconds();
            for (String c : cols) {
                Result r = cells.get(c);
                sb.append(' ').append(r == null ? cell(w, c) : time(((Result.Time) r).seconds(), floor))
                        .append(" |");
            }
        }
        sb.append('\n');
        nftables(sb);
        Map<String, Result> w5 = best.get(Workload.W5);
        if (w5 != null) {
            sb.append("\nW5: ").append(Workload.W5.title(cfg)).append(" (best of the repetitions;")
                    .append(" worst silent loss over all of them in the last column)\n\n")
                    .append("| peer | delivered | lost, signalled | lost silently | overrun signals |")
                    .append(" worst silent loss |\n|---|---:|---:|---:|---:|---:|\n");
            for (String p : PEERS) {
                Result.Events e = (Result.Events) w5.get(p);
                if (e != null) {
                    sb.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d%s | %,d |%n", p,
                            e.delivered(), e.signalledLost(), e.silentLost(), e.overruns(),
                            e.closed() ? " (subscription closed)" : "", worstSilent.getOrDefault(p, 0L)));
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
        List<Workload> rows = best.keySet().stream().filter(Workload::nftables).toList();
        List<Workload> failedRows = failures.keySet().stream().filter(Workload::nftables).toList();
        if (rows.isEmpty() && failedRows.isEmpty()) {
            return;
        }
        List<String> cols = new ArrayList<>();
        for (String p : PEERS) {
            boolean in = rows.stream().anyMatch(w -> best.get(w).containsKey(p))
                    || failedRows.stream().anyMatch(w -> failures.get(w).containsKey(p));
            if (in) {
                cols.add(p);
            }
        }
        sb.append("\nnftables (wall time, then CPU time of the peer's process; ratio to the C floor, libnftnl):\n\n| workload |");
        cols.forEach(c -> sb.append(' ').append(c).append(" |"));
        sb.append("\n|---|");
        cols.forEach(c -> sb.append("---:|"));
        for (Workload w : Workload.values()) {
            if (!w.nftables() || (!best.containsKey(w) && !failures.containsKey(w))) {
                continue;
            }
            Map<String, Result> cells = best.getOrDefault(w, Map.of());
            Result.Time floor = (Result.Time) cells.get("c");
            sb.append("\n| ").append(w.id()).append(": ").append(w.title(cfg)).append(" |");
            for (String c : cols) {
                Result.Time r = (Result.Time) cells.get(c);
                sb.append(' ').append(r == null ? cell(w, c) : time(r.seconds(), floor == null ? null : floor.seconds())
                        + (Double.isNaN(r.cpuSeconds()) ? "" : ", cpu " + time(r.cpuSeconds(),
                                floor == null || Double.isNaN(floor.cpuSeconds()) ? null : floor.cpuSeconds())))
                        .append(" |");
            }
        }
        sb.append('\n');
    }

    private String cell(Workload w, String peer) {
        Map<String, String> f = failures.get(w);
        return f != null && f.containsKey(peer) ? "failed" : "–";
    }

    private static double latency(Result r, int stat) {
        Result.Latency l = (Result.Latency) r;
        return stat == 0 ? l.p50() : l.p99();
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

    /** Ratios of jnetlink to the C floor next to the targets of issue 9. */
    String targets() {
        StringBuilder sb = new StringBuilder("| target | measured | met |\n|---|---:|:---:|\n");
        target(sb, Workload.W1_1K, "W1_1k <= 1.15x", 1.15);
        target(sb, Workload.W1_10K, "W1_10k <= 1.15x", 1.15);
        for (Workload w : List.of(Workload.W2_CREATE, Workload.W2_CREATE_NETNS, Workload.W2_DELETE_EACH,
                Workload.W2_DELETE_GROUP)) {
            target(sb, w, w.id() + " <= 1.05x", 1.05);
        }
        Double batched = ratio(Workload.W3_BATCHED);
        if (batched != null) {
            sb.append(String.format(Locale.ROOT, "| W3_batched rate >= 0.9x | %.2fx | %s |%n", 1 / batched,
                    1 / batched >= 0.9 ? "yes" : "no"));
        }
        target(sb, Workload.W4, "W4 <= 1.3x", 1.3);
        Map<String, Result> w5 = best.get(Workload.W5);
        if (w5 != null && w5.get("jnetlink") != null) {
            long silent = worstSilent.getOrDefault("jnetlink", 0L);
            sb.append(String.format(Locale.ROOT, "| W5 zero silent loss | %,d silently lost (worst repetition) | %s |%n",
                    silent, silent == 0 ? "yes" : "no"));
        }
        nftTarget(sb, Workload.N1, 1.1);
        nftTarget(sb, Workload.N2, 1.2);
        for (Workload w : List.of(Workload.W6_GET, Workload.W6_SETUP)) {
            Map<String, Result> m = best.get(w);
            if (m != null && m.get("jnetlink") != null) {
                double p50 = ((Result.Latency) m.get("jnetlink")).p50() * 1e6;
                sb.append(String.format(Locale.ROOT, "| %s_p50 <= 20 µs | %.1f µs | %s |%n", w.id(), p50,
                        p50 <= 20 ? "yes" : "no"));
            }
        }
        return sb.toString();
    }

    // Issue 17's targets hold for wall and CPU time both.
    private void nftTarget(StringBuilder sb, Workload w, double max) {
        Map<String, Result> m = best.get(w);
        if (m == null || m.get("c") == null || m.get("jnetlink") == null) {
            return;
        }
        Result.Time c = (Result.Time) m.get("c");
        Result.Time j = (Result.Time) m.get("jnetlink");
        double wall = j.seconds() / c.seconds();
        double cpu = j.cpuSeconds() / c.cpuSeconds();
        sb.append(String.format(Locale.ROOT, "| %s <= %.1fx (wall, cpu) | %.2fx, %.2fx | %s |%n", w.id(), max, wall, cpu,
                wall <= max && cpu <= max ? "yes" : "no"));
    }

    private Double ratio(Workload w) {
        Map<String, Result> m = best.get(w);
        if (m == null || m.get("c") == null || m.get("jnetlink") == null) {
            return null;
        }
        return ((Result.Time) m.get("jnetlink")).seconds() / ((Result.Time) m.get("c")).seconds();
    }

    private void target(StringBuilder sb, Workload w, String label, double max) {
        Double r = ratio(w);
        if (r != null) {
            sb.append(String.format(Locale.ROOT, "| %s | %.2fx | %s |%n", label, r, r <= max ? "yes" : "no"));
        }
    }
}

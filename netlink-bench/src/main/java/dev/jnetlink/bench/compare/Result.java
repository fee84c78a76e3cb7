package dev.jnetlink.bench.compare;

/** What one repetition of a workload measured. */
sealed interface Result {
    /**
     * Wall time of the whole workload, and the CPU time it took where the peer measures it.
     *
     * @param seconds the wall time
     * @param cpuSeconds user and system CPU time of the peer's process over the work, or NaN
     */
    record Time(double seconds, double cpuSeconds) implements Result {
        Time(double seconds) {
            this(seconds, Double.NaN);
        }
    }

    /**
     * Per-operation latency.
     *
     * @param p50 median, seconds
     * @param p99 99th percentile, seconds
     */
    record Latency(double p50, double p99) implements Result {
    }

    /**
     * A burst of events seen by a listener.
     *
     * @param sent events the kernel emitted
     * @param delivered events the listener received
     * @param overruns loss signals the listener got (ENOBUFS, however its library reports it)
     * @param closed true if the subscription ended by itself
     */
    record Events(long sent, long delivered, long overruns, boolean closed) implements Result {
        long lost() {
            return Math.max(0, sent - delivered);
        }

        /** @return lost events the listener was told about (an overrun signal came) */
        long signalledLost() {
            return overruns > 0 ? lost() : 0;
        }

        /** @return lost events the listener was never told about */
        long silentLost() {
            return overruns > 0 ? 0 : lost();
        }
    }

    /** Parses a peer's {@code result key=value ...} line. */
    static Result parse(Workload w, String line, long sent) {
        java.util.Map<String, String> kv = new java.util.HashMap<>();
        for (String part : line.substring("result ".length()).trim().split("\\s+")) {
            int eq = part.indexOf('=');
            kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
        try {
            return switch (w) {
                case W5 -> new Events(sent, Long.parseLong(kv.get("delivered")),
                        Long.parseLong(kv.get("overruns")), "1".equals(kv.get("closed")));
                case W6_GET, W6_SETUP -> new Latency(Double.parseDouble(kv.get("p50")),
                        Double.parseDouble(kv.get("p99")));
                default -> new Time(Double.parseDouble(kv.get("seconds")),
                        kv.containsKey("cpu") ? Double.parseDouble(kv.get("cpu")) : Double.NaN);
            };
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read the peer's result line: " + line, e);
        }
    }
}

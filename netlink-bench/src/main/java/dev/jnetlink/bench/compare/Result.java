package dev.jnetlink.bench.compare;

/**
 * What one repetition of a workload measured. CPU time is the peer's process's (every thread),
 * over the same work as the wall time; {@link Double#NaN} where it could not be measured.
 */
sealed interface Result {
    /**
     * Wall time of the whole workload.
     *
     * @param seconds the time
     * @param cpu CPU time of the peer's process over the same work, seconds
     */
    record Time(double seconds, double cpu) implements Result {
    }

    /**
     * Per-operation latency.
     *
     * @param p50 median, seconds
     * @param p99 99th percentile, seconds
     * @param cpu CPU time per iteration of the sampling loop (W6_setup's untimed "set down"
     *     included), seconds
     */
    record Latency(double p50, double p99, double cpu) implements Result {
    }

    /**
     * A burst of events seen by a listener.
     *
     * @param sent events the kernel emitted
     * @param delivered events the listener received
     * @param overruns loss signals the listener got (ENOBUFS, however its library reports it)
     * @param closed true if the subscription ended by itself
     * @param cpu CPU time of the listener from subscribing to the end of the burst, seconds
     */
    record Events(long sent, long delivered, long overruns, boolean closed, double cpu) implements Result {
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

    /** @return CPU seconds of this result (per iteration for latencies), or NaN */
    default double cpu() {
        if (this instanceof Time t) {
            return t.cpu();
        }
        if (this instanceof Latency l) {
            return l.cpu();
        }
        return ((Events) this).cpu();
    }

    /**
     * Parses a peer's {@code result key=value ...} line.
     *
     * @param w the workload
     * @param line the line
     * @param sent events emitted (W5)
     * @param processCpu CPU seconds of the peer's whole process, for a line without
     *     {@code cpu=} (NaN if unknown)
     * @return the result
     */
    static Result parse(Workload w, String line, long sent, double processCpu) {
        java.util.Map<String, String> kv = new java.util.HashMap<>();
        for (String part : line.substring("result ".length()).trim().split("\\s+")) {
            int eq = part.indexOf('=');
            kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
        try {
            double cpu = kv.containsKey("cpu") ? Double.parseDouble(kv.get("cpu")) : Double.NaN;
            return switch (w) {
                case W5 -> new Events(sent, Long.parseLong(kv.get("delivered")),
                        Long.parseLong(kv.get("overruns")), "1".equals(kv.get("closed")), cpu);
                case W6_GET, W6_SETUP -> new Latency(Double.parseDouble(kv.get("p50")),
                        Double.parseDouble(kv.get("p99")), cpu);
                default -> new Time(Double.parseDouble(kv.get("seconds")),
                        Double.isNaN(cpu) ? processCpu : cpu);
            };
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read the peer's result line: " + line, e);
        }
    }
}

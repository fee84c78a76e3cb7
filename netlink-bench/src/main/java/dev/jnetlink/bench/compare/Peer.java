package dev.jnetlink.bench.compare;

/** A program or library the workloads run with. */
interface Peer {
    /** @return the id in the output: {@code c}, {@code jnetlink}, {@code ip}, ... */
    String id();

    /**
     * @param w a workload
     * @return true if this peer can do it (a peer that cannot is left out of that row)
     */
    boolean supports(Workload w);

    /**
     * @return how long to run untimed repetitions first (at most 50) where the setup allows
     *     it (W1, W4, W6), so that a JIT-compiled peer is measured warm
     */
    default long warmupNanos() {
        return 0;
    }

    /**
     * Runs one repetition in a namespace the runner prepared.
     *
     * @param w the workload (not {@link Workload#W5}: see {@link #listen})
     * @param s the namespace and the settings
     * @return what it measured
     * @throws Exception if it failed
     */
    Result run(Workload w, Scratch s) throws Exception;

    /**
     * Starts listening to IPv4 route events in the namespace, for {@link Workload#W5}.
     *
     * @param s the namespace
     * @return the listener, subscribed when this returns
     * @throws Exception if it cannot start
     */
    Listener listen(Scratch s) throws Exception;

    /** A running W5 listener. */
    interface Listener extends AutoCloseable {
        /**
         * Waits for the burst to end (all events seen, or {@code idleMillis} without one).
         *
         * @param sent how many events the burst made
         * @param idleMillis how long a quiet spell ends it
         * @return the counts
         * @throws Exception if the listener failed
         */
        Result.Events finish(long sent, int idleMillis) throws Exception;

        @Override
        void close();
    }
}

package dev.jnetlink.bench.compare;

import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.Out;

/**
 * CPU time, as the runner reports it beside wall time: of this JVM (every thread: the caller,
 * any helper, the JIT compiler and the garbage collector; {@code clock_gettime} with
 * {@code CLOCK_PROCESS_CPUTIME_ID}, nanoseconds, where {@code OperatingSystemMXBean} counts
 * 10 ms clock ticks on Linux), and of the child processes it has waited for
 * ({@code getrusage(RUSAGE_CHILDREN)}: the peers timed from outside).
 */
final class CpuTime {
    /** The two calls. */
    public interface LibC {
        int clock_gettime(int clock, @Out long[] timespec);

        int getrusage(int who, @Out long[] rusage);
    }

    private static final LibC LIBC = LibraryLoader.create(LibC.class).load("c");
    private static final int CLOCK_PROCESS_CPUTIME_ID = 2;
    private static final int RUSAGE_CHILDREN = -1;

    private CpuTime() {
    }

    /** @return CPU time of this process so far, every thread, nanoseconds */
    static long processNanos() {
        long[] ts = new long[2];
        if (LIBC.clock_gettime(CLOCK_PROCESS_CPUTIME_ID, ts) != 0) {
            throw new IllegalStateException("clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed");
        }
        return ts[0] * 1_000_000_000L + ts[1];
    }

    /** @return user + system CPU time of the children waited for so far, nanoseconds */
    static long childrenNanos() {
        long[] ru = new long[18]; // struct rusage: ru_utime, ru_stime (timevals), 14 longs
        if (LIBC.getrusage(RUSAGE_CHILDREN, ru) != 0) {
            throw new IllegalStateException("getrusage(RUSAGE_CHILDREN) failed");
        }
        return (ru[0] + ru[2]) * 1_000_000_000L + (ru[1] + ru[3]) * 1000L;
    }
}

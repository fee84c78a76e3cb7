package dev.jnetlink.junit.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** What the leaking samples leave, for the IT to release once it has seen the report. */
public final class Leftovers {
    /** Released by {@link #clear()}: threads the samples left running wait on it. */
    public static volatile CountDownLatch release = new CountDownLatch(1);
    /** Whatever the samples opened and did not close. */
    public static final List<AutoCloseable> OPEN = new ArrayList<>();
    /** Facts the samples observed, for the IT to check. */
    public static final List<String> SEEN = new ArrayList<>();

    private Leftovers() {
    }

    /** Ends the threads and closes what the samples left. */
    public static synchronized void clear() throws Exception {
        release.countDown();
        for (AutoCloseable c : OPEN) {
            c.close();
        }
        OPEN.clear();
        SEEN.clear();
        release = new CountDownLatch(1);
    }

    /** @param c something to close in {@link #clear()} */
    public static synchronized void keep(AutoCloseable c) {
        OPEN.add(c);
    }

    /** @param fact something a sample observed */
    public static synchronized void saw(String fact) {
        SEEN.add(fact);
    }

    /** Waits for {@link #clear()}; for threads a sample leaves running. */
    public static void await() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

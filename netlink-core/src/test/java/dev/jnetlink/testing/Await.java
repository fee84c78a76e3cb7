package dev.jnetlink.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls for kernel state that settles asynchronously (linkwatch's operational state, DAD, the
 * routes that follow it), so tests compare once it has, not while it moves. Tests only.
 */
public final class Await {
    private Await() {
    }

    /**
     * Polls {@code done} every 20 ms until it holds.
     *
     * @param timeout the longest wait
     * @param what what is awaited, for the failure message
     * @param done the condition
     * @throws AssertionError if the timeout passes first, or the thread is interrupted
     */
    public static void until(Duration timeout, String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}

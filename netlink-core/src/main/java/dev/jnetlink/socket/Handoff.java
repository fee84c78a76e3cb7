package dev.jnetlink.socket;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A one-place mailbox between two threads whose taker first waits by yielding its CPU, and
 * parks only when nothing comes for a while.
 *
 * <p>Why not a blocking queue: a parked thread's CPU goes idle, and on a virtual machine an idle
 * virtual CPU is halted; the scheduler then counts it as busy and wakes the parked thread on
 * the waker's own CPU (about one hand-off in five on a 2-vCPU VM), where the two take turns
 * instead of working side by side, and the wake-up itself costs 50-100 us. A taker that yields
 * keeps its CPU awake and takes a value within a microsecond; if it shares the CPU with the
 * putter, yielding lets the putter run.
 *
 * @param <E> the value type
 */
final class Handoff<E> {
    private final AtomicReference<E> slot = new AtomicReference<>();
    private final long yieldNanos;
    private volatile Thread parked;

    /** @param yieldNanos how long {@link #take} yields before it parks */
    Handoff(long yieldNanos) {
        this.yieldNanos = yieldNanos;
    }

    /**
     * Puts a value. The place must be empty: each side puts one value, then takes the answer.
     *
     * @param value the value, not null
     */
    void put(E value) {
        if (!slot.compareAndSet(null, value)) {
            throw new IllegalStateException("the previous value was not taken");
        }
        Thread t = parked;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * Waits for a value and takes it. An interrupt does not end the wait (the value is owed);
     * the thread's interrupt status is kept for its caller.
     *
     * @return the value
     */
    E take() {
        E value = slot.getAndSet(null);
        if (value != null) {
            return value;
        }
        long deadline = System.nanoTime() + yieldNanos;
        boolean interrupted = false;
        while ((value = slot.getAndSet(null)) == null) {
            if (System.nanoTime() - deadline < 0) {
                Thread.yield();
                continue;
            }
            // Announce the park, then look again: a put in between either is seen here or sees us.
            parked = Thread.currentThread();
            value = slot.getAndSet(null);
            if (value == null) {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
            parked = null;
            if (value != null) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return value;
    }
}

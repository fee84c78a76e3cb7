package dev.jnetlink.socket;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A small bounded queue from one thread to one other, whose taker first spins for a short,
 * bounded time and then parks.
 *
 * <p>Why spin at all: a parked thread's CPU goes idle, and on a virtual machine an idle virtual
 * CPU is halted; waking the thread then costs 50-100 us, and the scheduler, counting the halted
 * CPU as busy, puts about one wake-up in five on the waker's own CPU, where the two take turns
 * instead of working side by side. A taker that spins takes a value within a microsecond. Why
 * not longer: spinning (or yielding, as this once did for a millisecond at a time) spends CPU
 * the caller did not ask for, some 700 {@code sched_yield} calls per 4,000-link dump; a short
 * spin covers the hand-offs that come at once and parks through the ones that do not.
 *
 * <p>One thread puts, one other thread takes; neither blocks the other except the taker of an
 * empty queue.
 *
 * @param <E> the value type
 */
final class Handoff<E> {
    private final AtomicReferenceArray<E> ring;
    private final long spinNanos;
    private volatile long taken;
    private volatile long put;
    private volatile Thread parked;

    /**
     * @param capacity how many values may wait at most
     * @param spinNanos how long {@link #take} spins before it parks
     */
    Handoff(int capacity, long spinNanos) {
        this.ring = new AtomicReferenceArray<>(capacity);
        this.spinNanos = spinNanos;
    }

    /** @return values put and not yet taken */
    int size() {
        return (int) (put - taken);
    }

    /**
     * Adds a value; only the putting thread calls this.
     *
     * @param value the value, not null
     * @throws IllegalStateException if the queue is full: callers bound what they put
     */
    void put(E value) {
        long p = put;
        if (p - taken == ring.length()) {
            throw new IllegalStateException("the handoff is full (" + ring.length() + ")");
        }
        ring.set((int) (p % ring.length()), value);
        put = p + 1;
        Thread t = parked;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** @return the oldest value, removed, or null if there is none; only the taker calls this */
    E poll() {
        long t = taken;
        if (t == put) {
            return null;
        }
        int i = (int) (t % ring.length());
        E value = ring.get(i);
        ring.set(i, null);
        taken = t + 1;
        return value;
    }

    /**
     * Waits for a value and takes it; only the taker calls this. An interrupt does not end the
     * wait (the value is owed); the thread's interrupt status is kept for its caller.
     *
     * @return the oldest value
     */
    E take() {
        E value = poll();
        if (value != null) {
            return value;
        }
        long deadline = System.nanoTime() + spinNanos;
        boolean interrupted = false;
        while ((value = poll()) == null) {
            if (System.nanoTime() - deadline < 0) {
                Thread.onSpinWait();
                continue;
            }
            // Announce the park, then look again: a put in between either is seen here or sees us.
            parked = Thread.currentThread();
            value = poll();
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

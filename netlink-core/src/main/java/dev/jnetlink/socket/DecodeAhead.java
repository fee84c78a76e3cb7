package dev.jnetlink.socket;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.internal.OwnedBuffers;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Decodes the datagrams of a long dump on a helper while the caller receives the next ones,
 * when the engine's options name a decode executor (an opt-in: by default a dump runs on the
 * caller's thread alone). The kernel fills a dump's datagrams inside the caller's
 * {@code recvmsg} calls, so on one thread the decode time adds to the kernel's; with a second
 * core the two overlap, as long as the caller never stops receiving to wait for the helper
 * (the kernel fills nothing meanwhile). The caller hands over several datagrams at a time,
 * received back to back into one buffer, and goes on receiving into another; it waits only
 * when every buffer it may use is still with the helper, and at the end of the dump. Buffers
 * and results pass through {@link Handoff}s, whose taker spins a little before it parks. Values
 * come back in kernel order, and the caller delivers them on its own thread.
 *
 * <p>The helper is a task of the executor, for the length of the dump. If it has not started
 * a few milliseconds after the caller has to wait for it (an executor whose threads are all
 * busy), or runs on the caller's own thread (a direct executor), the caller gives up on it and
 * decodes the buffers itself; a task that starts after that returns at once. The decoder is
 * only ever called by one thread at a time, one buffer after the other, and not again once it
 * has thrown.
 *
 * @param <T> the decoded type
 */
final class DecodeAhead<T> implements AutoCloseable {
    /** How many buffers may be with the helper at once. */
    static final int IN_FLIGHT = 2;
    private static final Object STOP = new Object();
    // Longer than decoding a batch takes on the helper's side, and than the caller takes to
    // receive one on its side, at least while the two keep pace; bounded, so that a helper
    // waiting for a slow caller (or the other way round) stops spending CPU and parks.
    private static final long SPIN_NANOS = 50_000L;
    // How long the caller waits for a helper that has not started, once it needs it.
    private static final long START_NANOS = 5_000_000L;
    private static final int WAITING = 0;
    private static final int RUNNING = 1;
    private static final int ABANDONED = 2;

    /**
     * What the helper made of one buffer of datagrams.
     *
     * @param buffer the buffer, the caller's again
     * @param values the decoded values, in order, nulls left out
     * @param failure what the decoder threw, if it did (values before it are kept)
     * @param <T> the decoded type
     */
    record Decoded<T>(ByteBuf buffer, List<T> values, Throwable failure) {
    }

    private final RequestEngine.Decoder<T> decoder;
    private final int seq;
    private final Thread caller = Thread.currentThread();
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private final Handoff<Object> work = new Handoff<>(IN_FLIGHT + 1, SPIN_NANOS);
    private final Handoff<Decoded<T>> results = new Handoff<>(IN_FLIGHT, SPIN_NANOS);
    private final MessageCursor cursor = new MessageCursor();
    private List<T> batch; // values of the buffer being decoded
    // One delivery for the whole dump: once the decoder has thrown it is closed, and the
    // buffers still handed over come back with no values and that failure. Used by one thread:
    // the helper, or the caller once it gave up on the helper.
    private final DumpDelivery<T> collect = new DumpDelivery<>(v -> batch.add(v));
    private int pending;

    /**
     * Hands the helper to the executor.
     *
     * @param decoder decodes each data message
     * @param seq the dump's sequence number: messages with another are not decoded
     * @param executor runs the helper
     */
    DecodeAhead(RequestEngine.Decoder<T> decoder, int seq, Executor executor) {
        this.decoder = decoder;
        this.seq = seq;
        try {
            executor.execute(this::run);
        } catch (RejectedExecutionException e) {
            state.set(ABANDONED);
        }
    }

    /** @return how many buffers are with the helper (submitted, their values not yet taken) */
    int pending() {
        return pending;
    }

    /**
     * Hands received datagrams to the helper. The caller must not touch the buffer until its
     * values come back.
     *
     * @param datagrams datagrams received back to back, whose headers the caller has checked
     * @throws IllegalStateException if {@link #IN_FLIGHT} buffers are already with the helper
     */
    void submit(ByteBuf datagrams) {
        if (pending == IN_FLIGHT) {
            throw new IllegalStateException("take values back before handing over more datagrams");
        }
        work.put(datagrams);
        pending++;
    }

    /** @return the values of the oldest buffer with the helper if they are ready, else null */
    Decoded<T> poll() {
        if (pending == 0 || state.get() != RUNNING) {
            return null;
        }
        Decoded<T> d = results.poll();
        if (d != null) {
            pending--;
        }
        return d;
    }

    /** @return the values of the oldest buffer with the helper, waiting for them; null if none */
    Decoded<T> await() {
        if (pending == 0) {
            return null;
        }
        pending--;
        if (!helperStarted()) {
            return decode((ByteBuf) work.poll());
        }
        return results.take();
    }

    // Waits a little for a helper that has not started yet (a pool starting a thread), then
    // gives up on it: the caller decodes instead.
    private boolean helperStarted() {
        long giveUp = System.nanoTime() + START_NANOS;
        while (state.get() == WAITING && System.nanoTime() - giveUp < 0) {
            LockSupport.parkNanos(20_000);
        }
        return !state.compareAndSet(WAITING, ABANDONED) && state.get() == RUNNING;
    }

    private void run() {
        if (Thread.currentThread() == caller) {
            state.compareAndSet(WAITING, ABANDONED); // it would wait for itself
            return;
        }
        if (!state.compareAndSet(WAITING, RUNNING)) {
            return; // given up on
        }
        while (true) {
            Object next = work.take();
            if (next == STOP) {
                return;
            }
            results.put(decode((ByteBuf) next));
        }
    }

    private Decoded<T> decode(ByteBuf next) {
        ByteBuf datagrams = OwnedBuffers.untracked(next);
        batch = new ArrayList<>();
        collect.decode(cursor, datagrams, datagrams.readerIndex(), datagrams.writerIndex(), seq,
                decoder);
        return new Decoded<>(next, batch, collect.failure());
    }

    /**
     * Waits for datagrams still being decoded, then lets the helper go. The decoder is not
     * called after this: every buffer handed over has come back.
     */
    @Override
    public void close() {
        // No helper running (a task that starts now returns at once): nothing to wait for, and
        // the buffers handed over are dropped undecoded.
        if (state.compareAndSet(WAITING, ABANDONED) || state.get() == ABANDONED) {
            pending = 0;
            return;
        }
        while (await() != null) {
            // dropped: the dump failed or ended without wanting them
        }
        work.put(STOP);
    }
}

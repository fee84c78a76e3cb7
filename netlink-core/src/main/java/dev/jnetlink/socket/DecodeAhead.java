package dev.jnetlink.socket;

import dev.jnetlink.codec.MessageCursor;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the datagrams of a long dump on a helper thread while the caller receives the next
 * ones. The kernel fills a dump's datagrams inside the caller's {@code recvmsg} calls, so on
 * one thread the decode time adds to the kernel's; with a second core the two overlap, as long
 * as the caller never stops receiving to wait for the helper (the kernel fills nothing
 * meanwhile). The caller hands over several datagrams at a time, received back to back into
 * one buffer, and goes on receiving into another; it waits only when every buffer it may use
 * is still with the helper, and at the end of the dump. Buffers and results pass through
 * {@link Handoff}s, which wait by yielding rather than parking (see there why). Values come
 * back in kernel order, and the caller delivers them on its own thread.
 *
 * <p>The helper is a {@link DecodeThreads} thread, taken for the length of the dump. The
 * decoder is only ever called by it, one buffer after the other, and not again once it has
 * thrown.
 *
 * @param <T> the decoded type
 */
final class DecodeAhead<T> implements AutoCloseable {
    /** How many buffers may be with the helper at once. */
    static final int IN_FLIGHT = 2;
    private static final Object STOP = new Object();
    // Longer than the caller takes to receive a batch (well under 1 ms), so that during a dump
    // neither side parks; bounded, so a slow consumer on the caller's side costs the helper's
    // CPU at most this long per batch.
    private static final long YIELD_NANOS = 1_000_000L;

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
    private final Handoff<Object> work = new Handoff<>(IN_FLIGHT + 1, YIELD_NANOS);
    private final Handoff<Decoded<T>> results = new Handoff<>(IN_FLIGHT, YIELD_NANOS);
    private int pending;
    private List<T> batch; // the helper's, for the buffer it is decoding

    /**
     * Starts the helper.
     *
     * @param decoder decodes each data message
     * @param seq the dump's sequence number: messages with another are not decoded
     */
    DecodeAhead(RequestEngine.Decoder<T> decoder, int seq) {
        this.decoder = decoder;
        this.seq = seq;
        DecodeThreads.execute(this::run);
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
        return results.take();
    }

    private void run() {
        MessageCursor m = new MessageCursor();
        // One delivery for the whole dump: once the decoder has thrown it is closed, and the
        // buffers still handed over come back with no values and that failure.
        DumpDelivery<T> collect = new DumpDelivery<>(v -> batch.add(v));
        while (true) {
            Object next = work.take();
            if (next == STOP) {
                return;
            }
            ByteBuf datagrams = OwnedBuffers.untracked((ByteBuf) next);
            batch = new ArrayList<>();
            collect.decode(m, datagrams, datagrams.readerIndex(), datagrams.writerIndex(), seq,
                    decoder);
            results.put(new Decoded<>((ByteBuf) next, batch, collect.failure()));
        }
    }

    /**
     * Waits for datagrams still being decoded, then lets the helper go back to its pool. The
     * decoder is not called after this: every buffer handed over has come back.
     */
    @Override
    public void close() {
        while (await() != null) {
            // dropped: the dump failed or ended without wanting them
        }
        work.put(STOP);
    }
}

package dev.jnetlink.socket;

import dev.jnetlink.codec.MessageCursor;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the datagrams of a long dump on a helper thread while the caller receives the next
 * ones. The kernel fills a dump's next datagram inside the {@code recvmsg} that takes the
 * previous one, so on one thread the decode time adds to the kernel's; with a second core the
 * two overlap. The caller hands over several datagrams at a time, received back to back into
 * one buffer, through a {@link Handoff} that waits by yielding rather than parking, so that
 * neither CPU goes idle in the middle of a dump (see there why that matters). Values come back
 * in kernel order, and the caller delivers them on its own thread.
 *
 * <p>One thread per dump, ended when the dump ends, so nothing lingers: a pooled thread would
 * keep, for its whole life, the network namespace of the thread that happened to start it.
 * The caller hands over one buffer at a time ({@link #submit}) and takes its values back
 * ({@link #await}) before handing over the next, so two buffers are enough and the decoder is
 * never called by two threads at once.
 *
 * @param <T> the decoded type
 */
final class DecodeAhead<T> implements AutoCloseable {
    private static final Object STOP = new Object();
    // Longer than the caller takes to receive a batch (about 0.5 ms for four datagrams of
    // links), so that during a dump neither side parks; bounded, so a slow consumer on the
    // caller's side costs the helper's CPU at most this long per batch.
    private static final long YIELD_NANOS = 1_000_000L;

    /**
     * What the helper made of one buffer of datagrams.
     *
     * @param values the decoded values, in order, nulls left out
     * @param failure what the decoder threw, if it did (values before it are kept)
     * @param <T> the decoded type
     */
    record Decoded<T>(List<T> values, Throwable failure) {
    }

    private final RequestEngine.Decoder<T> decoder;
    private final int seq;
    private final Handoff<Object> work = new Handoff<>(YIELD_NANOS);
    private final Handoff<Decoded<T>> results = new Handoff<>(YIELD_NANOS);
    private final Thread thread;
    private boolean busy;

    /**
     * Starts the helper.
     *
     * @param decoder decodes each data message
     * @param seq the dump's sequence number: messages with another are not decoded
     */
    DecodeAhead(RequestEngine.Decoder<T> decoder, int seq) {
        this.decoder = decoder;
        this.seq = seq;
        this.thread = new Thread(this::run, "jnetlink-dump-decode");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return true if datagrams were submitted and their values not yet taken */
    boolean busy() {
        return busy;
    }

    /**
     * Hands received datagrams to the helper. The caller must not touch the buffer until
     * {@link #await} returns.
     *
     * @param datagrams datagrams received back to back, whose headers the caller has checked
     */
    void submit(ByteBuf datagrams) {
        if (busy) {
            throw new IllegalStateException("await the previous datagrams first");
        }
        work.put(datagrams);
        busy = true;
    }

    /** @return the values of the datagrams submitted last */
    Decoded<T> await() {
        busy = false;
        return results.take();
    }

    private void run() {
        MessageCursor m = new MessageCursor();
        while (true) {
            Object next = work.take();
            if (next == STOP) {
                return;
            }
            ByteBuf datagrams = (ByteBuf) next;
            List<T> values = new ArrayList<>();
            DumpDelivery<T> collect = new DumpDelivery<>(values::add);
            Throwable failure;
            try {
                collect.decode(m, datagrams, datagrams.readerIndex(), datagrams.writerIndex(), seq,
                        decoder);
                failure = collect.failure();
            } catch (Throwable t) { // a checked exception thrown sneakily: the caller must not wait forever
                failure = t;
            }
            results.put(new Decoded<>(values, failure));
        }
    }

    /** Waits for datagrams still being decoded, then ends the helper and waits for it. */
    @Override
    public void close() {
        if (busy) {
            await();
        }
        work.put(STOP);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

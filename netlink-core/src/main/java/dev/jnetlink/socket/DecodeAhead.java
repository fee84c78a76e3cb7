package dev.jnetlink.socket;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Decodes the datagrams of a long dump on a helper thread while the caller receives the next
 * one. The kernel fills a dump's next datagram inside the {@code recvmsg} that takes the
 * previous one, so on one thread the decode time adds to the kernel's; with a second core the
 * two overlap. Values come back in kernel order, and the caller delivers them on its own
 * thread.
 *
 * <p>One thread per dump, ended when the dump ends, so nothing lingers: a pooled thread would
 * keep, for its whole life, the network namespace of the thread that happened to start it.
 * The caller hands over one datagram at a time ({@link #submit}) and takes its values back
 * ({@link #await}) before handing over the next, so two buffers are enough and the decoder is
 * never called by two threads at once.
 *
 * @param <T> the decoded type
 */
final class DecodeAhead<T> implements AutoCloseable {
    private static final Object STOP = new Object();

    /**
     * What the helper made of one datagram.
     *
     * @param values the decoded values, in order, nulls left out
     * @param failure what the decoder threw, if it did (values before it are kept)
     * @param <T> the decoded type
     */
    record Decoded<T>(List<T> values, Throwable failure) {
    }

    private final RequestEngine.Decoder<T> decoder;
    private final int seq;
    private final BlockingQueue<Object> work = new ArrayBlockingQueue<>(1);
    private final BlockingQueue<Decoded<T>> results = new ArrayBlockingQueue<>(1);
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

    /** @return true if a datagram was submitted and its values not yet taken */
    boolean busy() {
        return busy;
    }

    /**
     * Hands a datagram to the helper. The caller must not touch the buffer until
     * {@link #await} returns.
     *
     * @param datagram a received datagram whose headers the caller has checked
     */
    void submit(ByteBuf datagram) {
        if (busy) {
            throw new IllegalStateException("await the previous datagram first");
        }
        put(work, datagram);
        busy = true;
    }

    /** @return the values of the datagram submitted last */
    Decoded<T> await() {
        busy = false;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return results.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        MessageCursor m = new MessageCursor();
        while (true) {
            Object next;
            try {
                next = work.take();
            } catch (InterruptedException e) {
                continue; // only close() ends the helper: the caller may still await a result
            }
            if (next == STOP) {
                return;
            }
            List<T> values = new ArrayList<>();
            Throwable failure = null;
            try {
                m.reset((ByteBuf) next);
                while (m.next()) {
                    int type = m.type();
                    if (m.seq() != seq || type == NlMsg.NOOP) {
                        continue;
                    }
                    if (type == NlMsg.DONE || type == NlMsg.ERROR) {
                        break;
                    }
                    T v = decoder.decode(m);
                    if (v != null) {
                        values.add(v);
                    }
                }
            } catch (Throwable t) {
                failure = t;
            }
            put(results, new Decoded<>(values, failure));
        }
    }

    /** Waits for a datagram still being decoded, then ends the helper and waits for it. */
    @Override
    public void close() {
        if (busy) {
            await();
        }
        put(work, STOP);
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

    private static <E> void put(BlockingQueue<E> q, E e) {
        boolean interrupted = false;
        while (true) {
            try {
                q.put(e);
                break;
            } catch (InterruptedException ex) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

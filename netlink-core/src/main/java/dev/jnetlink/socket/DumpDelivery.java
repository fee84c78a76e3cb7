package dev.jnetlink.socket;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import io.netty.buffer.ByteBuf;
import java.util.function.Predicate;

/**
 * Where a dump's values go, and whether they still go anywhere: the consumer may stop taking
 * them, and the first decoder or consumer failure ends delivery. The dump itself goes on to
 * its end either way, so the socket stays usable; the failure is thrown after that.
 *
 * @param <T> the decoded type
 */
final class DumpDelivery<T> {
    private final Predicate<? super T> consumer;
    private boolean wanted = true;
    private Throwable failure;

    /** @param consumer receives each value; false stops delivery */
    DumpDelivery(Predicate<? super T> consumer) {
        this.consumer = consumer;
    }

    /** @return true while values are still wanted and nothing has failed */
    boolean open() {
        return wanted && failure == null;
    }

    /** @return the first failure of the decoder or consumer, or null */
    Throwable failure() {
        return failure;
    }

    /** @param v a value for the consumer, dropped once delivery is closed */
    void offer(T v) {
        if (!open()) {
            return;
        }
        try {
            wanted = consumer.test(v);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** @param decoded values a helper decoded, and what it failed with, in that order */
    void offerAll(DecodeAhead.Decoded<T> decoded) {
        for (T v : decoded.values()) {
            offer(v);
        }
        if (decoded.failure() != null && failure == null) {
            failure = decoded.failure();
        }
    }

    /**
     * Decodes and offers the data messages of the dump in a range of received bytes, stopping
     * at its end ({@code NLMSG_DONE} or an error) or when delivery closes. Messages with
     * another sequence number and {@code NLMSG_NOOP} are skipped; the caller counts them.
     *
     * @param cursor a cursor to use
     * @param buf received datagrams
     * @param from index of the first message
     * @param to index after the last
     * @param seq the dump's sequence number
     * @param decoder decodes each data message
     */
    void decode(MessageCursor cursor, ByteBuf buf, int from, int to, int seq,
            RequestEngine.Decoder<T> decoder) {
        cursor.reset(buf, from, to);
        while (open() && cursor.next()) {
            int type = cursor.type();
            if (cursor.seq() != seq || type == NlMsg.NOOP) {
                continue;
            }
            if (type == NlMsg.DONE || type == NlMsg.ERROR) {
                return;
            }
            decodeOne(cursor, decoder);
        }
    }

    /**
     * Decodes the data message the cursor is on and offers its value.
     *
     * @param cursor on a data message of the dump
     * @param decoder decodes it
     * @return true if delivery is still open
     */
    boolean decodeOne(MessageCursor cursor, RequestEngine.Decoder<T> decoder) {
        T v;
        try {
            v = decoder.decode(cursor);
        } catch (Throwable e) { // also a checked one thrown sneakily: the dump must be drained
            failure = e;
            return false;
        }
        if (v != null) {
            offer(v);
        }
        return open();
    }
}

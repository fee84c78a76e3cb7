package dev.jnetlink.socket;

import dev.jnetlink.codec.ErrorReply;
import dev.jnetlink.codec.ExtAckLocator;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The netlink request/response discipline over one {@link NetlinkSocket}: sequence numbers,
 * acknowledgements, dumps, batches and error mapping.
 *
 * <ul>
 *   <li>Only messages from the kernel ({@code nl_pid} 0) with the expected sequence number are
 *       accepted; others are dropped and counted ({@link #droppedForeign()},
 *       {@link #droppedUnexpected()}).</li>
 *   <li>A dump is always read to its {@code NLMSG_DONE} (or error), even when the consumer
 *       stops early, a message fails to decode or the consumer throws, so the next request on
 *       the socket works.</li>
 *   <li>A request body, decoder or dump consumer must not send a request on the same engine
 *       (it would overwrite the buffers in use): that is an {@link IllegalStateException}.</li>
 *   <li>A dump marked {@code NLM_F_DUMP_INTR} is retried up to
 *       {@link Options#dumpRetries()} times, then reported with
 *       {@link DumpInterruptedException}, which carries the last result.</li>
 *   <li>An error reply becomes a {@link NetlinkException} with the errno, the request, the
 *       kernel's extended-ack text and the attribute it points at.</li>
 *   <li>{@link #batch} sends many requests per {@code sendmsg} and maps each acknowledgement
 *       back to its request.</li>
 * </ul>
 *
 * <p>Thread safety: an engine may be shared by threads; one request is in flight at a time
 * (a {@link ReentrantLock}, which does not pin virtual threads while waiting). Opening one
 * engine per thread avoids the wait.
 */
public final class RequestEngine implements AutoCloseable {
    private static final int RECEIVE_BUFFER = 64 * 1024;
    private static final int MAX_DATAGRAM = 64 * 1024;
    // A dump still going after this many datagrams (some 60 links, 1,500 routes) decodes the
    // rest on a helper thread while this one receives; shorter dumps are not worth a thread.
    private static final int DECODE_AHEAD_AFTER = 4;
    // The helper takes this many datagrams at a time: a hand-off costs more than decoding one
    // datagram of links (some 20, at about 1 us each), so four share one.
    private static final int DECODE_AHEAD_BATCH = 4;
    // The kernel fills a dump datagram up to 32 KiB (netlink_dump caps max_recvmsg_len there).
    private static final int DUMP_DATAGRAM = 32 * 1024;
    private static final boolean MULTI_CORE = Runtime.getRuntime().availableProcessors() > 1;

    /**
     * Engine settings.
     *
     * @param dumpRetries how many times an interrupted dump is run again before
     *     {@link DumpInterruptedException}
     * @param socketReceiveBuffer {@code SO_RCVBUF} to request, bytes; bounds how many
     *     acknowledgements a batch may have outstanding
     * @param strictChecking set {@code NETLINK_GET_STRICT_CHK} so dumps honour their filters
     */
    public record Options(int dumpRetries, int socketReceiveBuffer, boolean strictChecking) {
        /** Defaults: 8 retries, 4 MiB receive buffer, strict checking on. */
        public static final Options DEFAULT = new Options(8, 4 << 20, true);

        /**
         * @param dumpRetries retries, 0 or more
         * @param socketReceiveBuffer bytes, at least 64 KiB
         * @param strictChecking strict dump checking
         */
        public Options {
            if (dumpRetries < 0) {
                throw new IllegalArgumentException("dumpRetries must be >= 0, got " + dumpRetries);
            }
            if (socketReceiveBuffer < 65536) {
                throw new IllegalArgumentException("socketReceiveBuffer must be >= 65536, got "
                        + socketReceiveBuffer);
            }
        }

        /**
         * @param retries retries for interrupted dumps
         * @return a copy with that setting
         */
        public Options withDumpRetries(int retries) {
            return new Options(retries, socketReceiveBuffer, strictChecking);
        }

        /**
         * @param bytes receive buffer size
         * @return a copy with that setting
         */
        public Options withSocketReceiveBuffer(int bytes) {
            return new Options(dumpRetries, bytes, strictChecking);
        }
    }

    /**
     * Decodes one reply message. A dump may call it on a helper thread (see
     * {@link #dump(Request, Decoder, Predicate)}), one message at a time and in order.
     *
     * @param <T> the decoded type
     */
    @FunctionalInterface
    public interface Decoder<T> {
        /**
         * @param message positioned on a reply message (never a control message)
         * @return the value, or null to skip this message
         */
        T decode(MessageCursor message);
    }

    private final NetlinkSocket socket;
    private final Transport transport;
    private final Options options;
    private final ReentrantLock lock = new ReentrantLock();
    private final MessageCursor cursor = new MessageCursor();
    private final MessageWriter writer;
    private final AtomicLong droppedForeign = new AtomicLong();
    private final AtomicLong droppedUnexpected = new AtomicLong();
    private final AtomicLong datagramsSent = new AtomicLong();
    private final AtomicLong interruptedDumps = new AtomicLong();
    private final int batchWindow;
    private ByteBuf rx;
    private ByteBuf tx;
    private int seq;
    private boolean closed;

    /**
     * Takes ownership of a socket: sets {@code NETLINK_EXT_ACK}, {@code NETLINK_CAP_ACK},
     * {@code NETLINK_GET_STRICT_CHK} (if asked) and the receive buffer size. Closing the
     * engine closes the socket.
     *
     * @param socket an open netlink socket
     * @param options settings
     */
    public RequestEngine(NetlinkSocket socket, Options options) {
        this(Objects.requireNonNull(socket, "socket"), socket, options,
                configure(socket, options), ThreadLocalRandom.current().nextInt(1, 1 << 30));
    }

    /**
     * An engine over any transport; for unit tests that script the kernel's datagrams.
     *
     * @param transport the datagrams
     * @param options settings
     * @param batchWindow requests a batch keeps in flight
     * @param lastSeq the sequence number before the first request's
     */
    RequestEngine(Transport transport, Options options, int batchWindow, int lastSeq) {
        this(null, transport, options, batchWindow, lastSeq);
    }

    private RequestEngine(NetlinkSocket socket, Transport transport, Options options,
            int batchWindow, int lastSeq) {
        this.socket = socket;
        this.transport = transport;
        this.options = Objects.requireNonNull(options, "options");
        this.batchWindow = batchWindow;
        this.seq = lastSeq;
        boolean ok = false;
        try {
            this.rx = PooledByteBufAllocator.DEFAULT.directBuffer(RECEIVE_BUFFER);
            this.tx = PooledByteBufAllocator.DEFAULT.directBuffer(RECEIVE_BUFFER);
            ok = true;
        } finally {
            if (!ok) {
                if (rx != null) {
                    rx.release();
                }
                transport.close();
            }
        }
        this.writer = new MessageWriter(OwnedBuffers.untracked(tx));
    }

    private static int configure(NetlinkSocket socket, Options options) {
        Objects.requireNonNull(options, "options");
        socket.setNetlinkOption(NetlinkSocket.NETLINK_EXT_ACK, true);
        socket.setNetlinkOption(NetlinkSocket.NETLINK_CAP_ACK, true);
        if (options.strictChecking()) {
            socket.setNetlinkOption(NetlinkSocket.NETLINK_GET_STRICT_CHK, true);
        }
        socket.setReceiveBufferSize(options.socketReceiveBuffer());
        // An ack costs about 1 KiB of receive buffer (skb overhead): keep the outstanding
        // acks of a batch well inside it, or the kernel drops them with ENOBUFS.
        return Math.max(16, Math.min(4096, socket.receiveBufferSize() / 2048));
    }

    /** @return the socket this engine drives (null for a scripted transport in tests) */
    public NetlinkSocket socket() {
        return socket;
    }

    /** @return the settings */
    public Options options() {
        return options;
    }

    /** @return how many requests a batch keeps in flight at most */
    public int batchWindow() {
        return batchWindow;
    }

    /** @return datagrams dropped because they did not come from the kernel (spoofing) */
    public long droppedForeign() {
        return droppedForeign.get();
    }

    /** @return kernel messages dropped because their sequence number matched no request */
    public long droppedUnexpected() {
        return droppedUnexpected.get();
    }

    /**
     * @return datagrams sent to the kernel: one per request, one per window of a batch. A call
     *     that was refused before any system call (bad input) leaves it unchanged.
     */
    public long datagramsSent() {
        return datagramsSent.get();
    }

    /**
     * @return dump attempts the kernel marked {@code NLM_F_DUMP_INTR}, whether retried or
     *     reported with {@link DumpInterruptedException}
     */
    public long interruptedDumps() {
        return interruptedDumps.get();
    }

    /** @return the sequence number of the last request (for tests that forge replies) */
    int lastSequence() {
        lock.lock();
        try {
            return seq;
        } finally {
            lock.unlock();
        }
    }

    private void enter() {
        lock.lock();
        if (closed) {
            lock.unlock();
            throw new IllegalStateException("request engine is closed");
        }
        if (lock.getHoldCount() > 1) {
            // The lock is reentrant, but the buffers are not: a request sent from a request
            // body, a decoder or a dump consumer would overwrite the request being written or
            // the datagram being read.
            lock.unlock();
            throw new IllegalStateException("a request was sent on this engine from inside"
                    + " another request's body, decoder or dump consumer; resolve what it needs"
                    + " first, or use another Rtnl");
        }
    }

    private void send() {
        transport.send(tx);
        datagramsSent.incrementAndGet();
    }

    private int nextSeq() {
        seq++;
        if (seq == 0) {
            seq = 1;
        }
        return seq;
    }

    private int writeRequest(Request r, int s, int flags) {
        int mark = writer.beginMessage(r.type(), flags | r.flags() | NlMsg.F_REQUEST, s);
        r.body().write(writer);
        writer.endMessage(mark);
        return mark;
    }

    /**
     * Sends a request and waits for its acknowledgement ({@code NLM_F_ACK}).
     *
     * @param request the request
     * @throws NetlinkException if the kernel refuses it
     */
    public void execute(Request request) {
        enter();
        try {
            tx.clear();
            int s = nextSeq();
            int mark = writeRequest(request, s, NlMsg.F_ACK);
            send();
            while (true) {
                receiveSmall();
                cursor.reset(received());
                while (cursor.next()) {
                    if (cursor.seq() != s) {
                        droppedUnexpected.incrementAndGet();
                        continue;
                    }
                    if (cursor.type() == NlMsg.ERROR) {
                        ErrorReply er = ErrorReply.decode(cursor);
                        if (er.isAck()) {
                            return;
                        }
                        throw failure(request, er, mark);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends a request that the kernel answers with one message (a get by name or index, a
     * route lookup) and decodes the answer.
     *
     * @param request the request
     * @param decoder decodes the reply
     * @param <T> the decoded type
     * @return the decoded reply
     * @throws NetlinkException if the kernel answers with an error
     */
    public <T> T query(Request request, Decoder<T> decoder) {
        enter();
        try {
            tx.clear();
            int s = nextSeq();
            int mark = writeRequest(request, s, 0);
            send();
            while (true) {
                rx.clear();
                receiveAny(rx);
                cursor.reset(received());
                while (cursor.next()) {
                    if (cursor.seq() != s || cursor.type() == NlMsg.NOOP) {
                        droppedUnexpected.incrementAndGet();
                        continue;
                    }
                    if (cursor.type() == NlMsg.ERROR) {
                        ErrorReply er = ErrorReply.decode(cursor);
                        if (er.isAck()) {
                            return null;
                        }
                        throw failure(request, er, mark);
                    }
                    return decoder.decode(cursor);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a dump ({@code NLM_F_DUMP}) and returns every decoded message, retrying while the
     * kernel marks it interrupted.
     *
     * @param request the dump request
     * @param decoder decodes each message; returning null skips it
     * @param <T> the decoded type
     * @return the decoded messages in kernel order
     * @throws DumpInterruptedException if every try was interrupted
     * @throws NetlinkException if the kernel refuses the dump
     */
    public <T> List<T> dump(Request request, Decoder<T> decoder) {
        List<T> out = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            out.clear();
            boolean interrupted = dump(request, decoder, v -> {
                out.add(v);
                return true;
            });
            if (!interrupted) {
                return out;
            }
            if (attempt > options.dumpRetries()) {
                throw new DumpInterruptedException(request.typeName(),
                        request.object(), attempt, out);
            }
        }
    }

    /**
     * Runs a dump once, handing each decoded message to {@code consumer} as it arrives. The
     * consumer may stop early by returning false; the rest of the dump is still read (and
     * dropped) so the socket stays usable. No retry: the return value says whether the
     * kernel marked the dump interrupted.
     *
     * <p>On a machine with more than one CPU, a dump that goes on past a few datagrams has the
     * rest decoded on a helper thread, a few datagrams at a time while this thread goes on
     * receiving, so that decoding overlaps the kernel's filling of them. The decoder is then
     * called on that thread, but never by two threads at once and always in kernel order;
     * the consumer is always called on the calling thread, and the decoder never after the
     * dump returns. Helper threads ({@code jnetlink-dump-decode-N}) are shared by all engines,
     * live in the process's own network namespace, and end after ten idle seconds.
     *
     * @param request the dump request
     * @param decoder decodes each message; returning null skips it
     * @param consumer receives each value; false stops delivery
     * @param <T> the decoded type
     * @return true if the dump was interrupted ({@code NLM_F_DUMP_INTR}): what was delivered
     *     may be inconsistent
     * @throws NetlinkException if the kernel refuses the dump; any exception from the decoder
     *     or consumer, after the dump has been drained
     */
    public <T> boolean dump(Request request, Decoder<T> decoder, Predicate<? super T> consumer) {
        enter();
        DumpDelivery<T> delivery = new DumpDelivery<>(consumer);
        DecodeAhead<T> ahead = null;
        List<ByteBuf> batchBuffers = null;
        ArrayDeque<ByteBuf> free = null;
        try {
            tx.clear();
            int s = nextSeq();
            int mark = writeRequest(request, s, NlMsg.F_DUMP);
            send();
            boolean interrupted = false;
            ByteBuf in = rx;
            int batched = 0;
            for (int datagrams = 1; ; datagrams++) {
                if (batched == 0) {
                    in.clear();
                }
                int from = in.writerIndex();
                receiveAny(in);
                ByteBuf buf = OwnedBuffers.untracked(in);
                // The headers first, on this thread: foreign sequence numbers, DUMP_INTR, the end.
                ErrorReply end = null;
                cursor.reset(buf, from, buf.writerIndex());
                while (cursor.next()) {
                    if (cursor.seq() != s) {
                        droppedUnexpected.incrementAndGet();
                        continue;
                    }
                    if ((cursor.flags() & NlMsg.F_DUMP_INTR) != 0) {
                        interrupted = true;
                    }
                    int type = cursor.type();
                    if (type == NlMsg.DONE || type == NlMsg.ERROR) {
                        end = type == NlMsg.DONE ? ErrorReply.decodeDone(cursor) : ErrorReply.decode(cursor);
                        break;
                    }
                }
                if (!delivery.open()) {
                    batched = 0; // only draining now
                } else if (ahead == null) {
                    delivery.decode(cursor, buf, from, buf.writerIndex(), s, decoder);
                    if (end == null && datagrams >= DECODE_AHEAD_AFTER && MULTI_CORE && delivery.open()) {
                        ahead = new DecodeAhead<>(decoder, s);
                        batchBuffers = new ArrayList<>(DecodeAhead.IN_FLIGHT + 1);
                        free = new ArrayDeque<>(DecodeAhead.IN_FLIGHT + 1);
                        in = batchBuffer(batchBuffers);
                    }
                } else if (end != null || ++batched == DECODE_AHEAD_BATCH) {
                    // What the helper has finished comes first, in kernel order; at the end, all.
                    DecodeAhead.Decoded<T> d;
                    while ((d = end != null ? ahead.await() : ahead.poll()) != null) {
                        takeBack(d, delivery, free);
                    }
                    if (end != null) {
                        delivery.decode(cursor, buf, 0, buf.writerIndex(), s, decoder);
                    } else if (delivery.open()) {
                        if (ahead.pending() == DecodeAhead.IN_FLIGHT) { // wait for the oldest
                            takeBack(ahead.await(), delivery, free);
                        }
                        ahead.submit(in);
                        in = free.isEmpty() ? batchBuffer(batchBuffers) : free.poll();
                    }
                    batched = 0;
                }
                if (end != null) {
                    Throwable failure = delivery.failure();
                    if (!end.isAck() && failure == null) {
                        failure = failure(request, end, mark);
                    }
                    if (failure instanceof RuntimeException r) {
                        throw r;
                    }
                    if (failure instanceof Error e) {
                        throw e;
                    }
                    if (failure != null) {
                        throw new IllegalStateException("the decoder threw " + failure, failure);
                    }
                    if (interrupted) {
                        interruptedDumps.incrementAndGet();
                    }
                    return interrupted;
                }
            }
        } finally {
            if (ahead != null) {
                ahead.close();
            }
            if (batchBuffers != null) {
                batchBuffers.forEach(ByteBuf::release);
            }
            lock.unlock();
        }
    }

    // The helper's values are delivered, and its buffer is free for the next batch.
    private static <T> void takeBack(DecodeAhead.Decoded<T> d, DumpDelivery<T> delivery,
            ArrayDeque<ByteBuf> free) {
        delivery.offerAll(d);
        free.add(d.buffer());
    }

    private static ByteBuf batchBuffer(List<ByteBuf> taken) {
        ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(DECODE_AHEAD_BATCH * DUMP_DATAGRAM);
        taken.add(b);
        return b;
    }

    /**
     * Sends many requests, several per {@code sendmsg}, each with {@code NLM_F_ACK}, and maps
     * every acknowledgement back to its request. The kernel runs them in order; one failing
     * does not stop the others.
     *
     * @param requests the requests
     * @return which requests failed and why
     * @throws NetlinkException if the socket itself fails (the outcome of requests not yet
     *     acknowledged is then unknown; the message says how many were)
     */
    public BatchResult batch(List<Request> requests) {
        enter();
        try {
            int n = requests.size();
            NetlinkException[] failures = new NetlinkException[n];
            int[] marks = new int[Math.min(n, batchWindow)];
            int done = 0;
            while (done < n) {
                tx.clear();
                // Acks are matched by seq - firstSeq, so a window's numbers must be contiguous:
                // restart at 1 rather than wrap through 0 (which nextSeq skips) inside one.
                if (Integer.compareUnsigned(seq, -2 - marks.length) > 0) {
                    seq = 0;
                }
                int firstSeq = seq + 1;
                int count = 0;
                while (done + count < n && count < marks.length
                        && (count == 0 || tx.writerIndex() < MAX_DATAGRAM - 4096)) {
                    marks[count] = writeRequest(requests.get(done + count), nextSeq(), NlMsg.F_ACK);
                    count++;
                }
                try {
                    send();
                    int pending = count;
                    while (pending > 0) {
                        receiveSmall();
                        cursor.reset(received());
                        while (cursor.next()) {
                            int k = cursor.seq() - firstSeq;
                            if (k < 0 || k >= count || cursor.type() != NlMsg.ERROR) {
                                droppedUnexpected.incrementAndGet();
                                continue;
                            }
                            ErrorReply er = ErrorReply.decode(cursor);
                            if (!er.isAck()) {
                                failures[done + k] = failure(requests.get(done + k), er, marks[k]);
                            }
                            pending--;
                        }
                    }
                } catch (NetlinkException e) {
                    throw new NetlinkException(e.errno(), "batch", done + " of " + n
                            + " requests acknowledged", e.kernelMessage(), null, null, e);
                }
                done += count;
            }
            return new BatchResult(n, failures);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Receives the kernel's answers to {@link #transact}, in the order it queued them.
     */
    public interface Replies {
        /**
         * A message answering request {@code index} that is not an acknowledgement: an echo
         * ({@code NLM_F_ECHO}) of what the request made, say.
         *
         * @param index position of the request in the transaction
         * @param message positioned on the message
         */
        void message(int index, MessageCursor message);

        /**
         * The kernel's acknowledgement of request {@code index}, or its refusal.
         *
         * @param index position of the request in the transaction
         * @param failure null for an acknowledgement, else the refusal, with the request's
         *     name, object, the kernel's text and the attribute it pointed at
         * @return true if every answer the caller waits for has come
         */
        boolean acknowledged(int index, NetlinkException failure);
    }

    /**
     * Sends requests as one datagram (one {@code sendmsg}) and hands each kernel message that
     * answers one of them to {@code replies}, mapped back by sequence number, until
     * {@code replies} says it has what it waited for; then takes, without waiting, whatever
     * else the kernel queued for them. For protocols that process a datagram as a unit:
     * nfnetlink's batches ({@code NFNL_MSG_BATCH_BEGIN} ... {@code NFNL_MSG_BATCH_END}) are
     * applied all or nothing, and every failing message is reported by its sequence number.
     *
     * <p>Unlike {@link #batch}, no {@code NLM_F_ACK} is added: each request's flags say what it
     * asks back ({@code NLM_F_ACK}, {@code NLM_F_ECHO}). The send buffer is raised to hold
     * the datagram and the receive buffer to hold {@code replyBytes}, so that replies are not
     * lost to {@code ENOBUFS}.
     *
     * @param requests the requests, in order; their sequence numbers are consecutive
     * @param replyBytes how many bytes of replies (echoes, errors) the receive buffer must
     *     hold at once, at most; 0 to leave it as it is
     * @param replies receives the answers
     * @throws NetlinkException if the socket itself fails, {@code ENOBUFS} included: then some
     *     answers were lost, and what the kernel did must be found out another way
     */
    public void transact(List<Request> requests, int replyBytes, Replies replies) {
        Objects.requireNonNull(replies, "replies");
        int n = requests.size();
        if (n == 0) {
            return;
        }
        enter();
        try {
            tx.clear();
            if (Integer.compareUnsigned(seq, -2 - n) > 0) {
                seq = 0; // consecutive numbers: no wrap through 0 inside one transaction
            }
            int firstSeq = seq + 1;
            int[] marks = new int[n];
            for (int i = 0; i < n; i++) {
                marks[i] = writeRequest(requests.get(i), nextSeq(), 0);
            }
            if (socket != null) {
                // netlink_sendmsg refuses a datagram over sk_sndbuf - 32 bytes (EMSGSIZE).
                int need = tx.readableBytes() + 4096;
                if (need > MAX_DATAGRAM) {
                    socket.setSendBufferSize(need);
                }
                if (replyBytes > socket.receiveBufferSize() / 2) {
                    socket.setReceiveBufferSize(replyBytes);
                }
            }
            send();
            boolean complete = false;
            while (!complete) {
                rx.clear();
                receiveAny(rx);
                complete = deliver(requests, firstSeq, marks, replies);
            }
            while (true) { // the rest the kernel queued with the last answer, if any
                rx.clear();
                int size = transport.peekSize(true);
                if (size < 0) {
                    return;
                }
                rx.ensureWritable(size);
                transport.receive(rx, true);
                if (transport.lastSenderPort() != 0) {
                    droppedForeign.incrementAndGet();
                    continue;
                }
                deliver(requests, firstSeq, marks, replies);
            }
        } finally {
            if (tx.capacity() > 4 * RECEIVE_BUFFER) { // a large transaction's buffer is not kept
                ByteBuf smaller = PooledByteBufAllocator.DEFAULT.directBuffer(RECEIVE_BUFFER);
                tx.release();
                tx = smaller;
                writer.reset(OwnedBuffers.untracked(tx));
            }
            lock.unlock();
        }
    }

    private boolean deliver(List<Request> requests, int firstSeq, int[] marks, Replies replies) {
        boolean complete = false;
        cursor.reset(received());
        while (cursor.next()) {
            int k = cursor.seq() - firstSeq;
            int type = cursor.type();
            if (k < 0 || k >= marks.length || type == NlMsg.NOOP || type == NlMsg.DONE) {
                droppedUnexpected.incrementAndGet();
                continue;
            }
            if (type == NlMsg.ERROR) {
                ErrorReply er = ErrorReply.decode(cursor);
                NetlinkException failure = er.isAck() ? null : failure(requests.get(k), er, marks[k]);
                complete |= replies.acknowledged(k, failure);
            } else {
                replies.message(k, cursor);
            }
        }
        return complete;
    }

    /** The received datagram for decoding: see {@link OwnedBuffers#untracked}. */
    private ByteBuf received() {
        return OwnedBuffers.untracked(rx);
    }

    private NetlinkException failure(Request r, ErrorReply er, int mark) {
        String attr = null;
        if (er.offset() >= 0) {
            attr = ExtAckLocator.locate(tx, mark, er.offset(), r.fixedHeaderSize(), r.space());
        }
        if (er.missingType() >= 0) {
            String missing = r.space() == null ? "attribute " + er.missingType()
                    : r.space().name(er.missingType());
            attr = "missing " + missing;
        }
        return NetlinkException.of(Errno.of(er.error()), r.typeName(), r.object(),
                er.message(), attr);
    }

    /**
     * Receives one kernel datagram that may be large after what {@code into} holds: peek its
     * size first.
     */
    private void receiveAny(ByteBuf into) {
        int mark = into.writerIndex();
        while (true) {
            int size = transport.peekSize(false);
            into.writerIndex(mark);
            into.ensureWritable(size);
            transport.receive(into, false);
            if (transport.lastSenderPort() == 0) {
                return;
            }
            droppedForeign.incrementAndGet();
        }
    }

    /**
     * Receives one kernel datagram expected to be small (acks; errors are capped by
     * {@code NETLINK_CAP_ACK}), without a peek. A kernel datagram that does not fit is an
     * error, never silently cut.
     */
    private void receiveSmall() {
        while (true) {
            rx.clear();
            int room = rx.writableBytes();
            int n = transport.receiveTruncating(rx);
            if (transport.lastSenderPort() != 0) {
                droppedForeign.incrementAndGet();
                continue;
            }
            if (n > room) {
                throw new NetlinkException(null, "recvmsg", "netlink fd " + transport.fd(), null, null,
                        "a kernel reply of " + n + " bytes exceeded the " + room
                        + "-byte acknowledgement buffer and was truncated", null);
            }
            return;
        }
    }

    /** Releases the buffers and closes the socket. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            rx.release();
            tx.release();
            transport.close();
        } finally {
            lock.unlock();
        }
    }
}

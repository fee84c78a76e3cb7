package dev.jnetlink.socket;

import dev.jnetlink.codec.ErrorReply;
import dev.jnetlink.codec.ExtAckLocator;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.internal.OwnedBuffers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The netlink request/response discipline over one {@link NetlinkSocket}: sequence numbers,
 * acknowledgements, dumps, batches and error mapping.
 *
 * <ul>
 *   <li>Only messages from the kernel ({@code nl_pid} 0) with the expected sequence number are
 *       accepted; others are dropped and counted ({@link #droppedForeign()},
 *       {@link #droppedUnexpected()}). The socket is connected to the kernel, so other sockets'
 *       datagrams do not even arrive; the sender check is the second line of defence.</li>
 *   <li>No call waits for ever: a request that receives nothing from the kernel for
 *       {@link Options#replyTimeout()} fails with {@link ReplyTimeoutException} (a long dump
 *       that keeps receiving is never cut off). A receive queue that overflowed
 *       ({@code ENOBUFS}) fails the request in flight with {@link RepliesLostException}. Either
 *       way the engine resynchronises before its next request: it reads and drops what is
 *       queued, and late replies are told apart by their sequence number.</li>
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
 * <p>Replies are received straight into a 64 KiB buffer, one {@code recvmsg} per datagram,
 * without peeking at their size first. A datagram larger than that (a link with many VFs) is
 * cut, which {@code MSG_TRUNC} reports: the buffer grows to its size and the read is done
 * again, a get sent again, a dump run again (see {@link #query} and {@link #dump}). Peeking
 * would cost every reply a second system call to spare a rare one a second round trip.
 *
 * <p>Everything runs on the calling thread unless {@link Options#decodeExecutor()} is set
 * (see {@link #dump(Request, Decoder, Predicate)}).
 *
 * <p>Thread safety: an engine may be shared by threads; one request is in flight at a time
 * (a {@link ReentrantLock}, which does not pin virtual threads while waiting). Opening one
 * engine per thread avoids the wait.
 */
public final class RequestEngine implements AutoCloseable {
    private static final int RECEIVE_BUFFER = 64 * 1024;
    private static final int MAX_DATAGRAM = 64 * 1024;
    // With a decode executor, a dump still going after this many datagrams (some 60 links,
    // 1,500 routes) decodes the rest on a helper while this thread receives.
    private static final int DECODE_AHEAD_AFTER = 4;
    // The helper takes this many datagrams at a time: a hand-off costs more than decoding one
    // datagram of links (some 20, at about 1 us each), so four share one.
    private static final int DECODE_AHEAD_BATCH = 4;
    // A batch receives its acks in slots of this size, this many per recvmmsg (an ack is 36
    // bytes with NETLINK_CAP_ACK; an error with the kernel's text a few hundred).
    private static final int ACK_SLOT = 1024;
    private static final int ACKS_PER_RECEIVE = RECEIVE_BUFFER / ACK_SLOT;
    // The kernel fills a dump datagram up to 32 KiB (netlink_dump caps max_recvmsg_len there).
    private static final int DUMP_DATAGRAM = 32 * 1024;
    private static final boolean MULTI_CORE = Runtime.getRuntime().availableProcessors() > 1;
    // A reply that did not fit makes the buffer grow to it; it can only miss again if the
    // object grew meanwhile, so a few tries are plenty.
    private static final int CUT_REPLY_TRIES = 4;
    // Resynchronising reads what is queued, and a dump left running, for at most this long
    // (a 100,000-route dump takes some 50 ms); what is left is read before the next request.
    private static final long SETTLE_NANOS = 200_000_000L;

    /**
     * Engine settings.
     *
     * @param dumpRetries how many times an interrupted dump is run again before
     *     {@link DumpInterruptedException}
     * @param socketReceiveBuffer {@code SO_RCVBUF} to request, bytes; bounds how many
     *     acknowledgements a batch may have outstanding
     * @param strictChecking set {@code NETLINK_GET_STRICT_CHK} so dumps honour their filters
     * @param replyTimeout how long a request waits while nothing at all comes from the kernel
     *     before it fails with {@link ReplyTimeoutException}: an inactivity deadline, so a long
     *     dump that keeps receiving is never cut off
     * @param decodeExecutor null (the default) to run everything on the calling thread; else
     *     long dumps are decoded on a task of this executor while the calling thread receives
     *     (an opt-in: it saves wall time on a second CPU at the cost of more CPU in all)
     */
    public record Options(int dumpRetries, int socketReceiveBuffer, boolean strictChecking,
            Duration replyTimeout, Executor decodeExecutor) {
        /**
         * Defaults: 8 retries, 4 MiB receive buffer, strict checking on, a 30 s reply deadline
         * (the kernel answers rtnetlink requests inside the {@code sendmsg}, so a reply later
         * than that is one that was lost), everything on the calling thread.
         */
        public static final Options DEFAULT = new Options(8, 4 << 20, true, Duration.ofSeconds(30),
                null);

        /**
         * @param dumpRetries retries, 0 or more
         * @param socketReceiveBuffer bytes, at least 64 KiB
         * @param strictChecking strict dump checking
         * @param replyTimeout 1 ms or more
         * @param decodeExecutor runs dump decoding tasks, or null
         */
        public Options {
            if (dumpRetries < 0) {
                throw new IllegalArgumentException("dumpRetries must be >= 0, got " + dumpRetries);
            }
            if (socketReceiveBuffer < 65536) {
                throw new IllegalArgumentException("socketReceiveBuffer must be >= 65536, got "
                        + socketReceiveBuffer);
            }
            Objects.requireNonNull(replyTimeout, "replyTimeout");
            if (replyTimeout.toMillis() < 1) {
                throw new IllegalArgumentException("replyTimeout must be at least 1 ms, got "
                        + replyTimeout);
            }
        }

        /**
         * @param retries retries for interrupted dumps
         * @return a copy with that setting
         */
        public Options withDumpRetries(int retries) {
            return new Options(retries, socketReceiveBuffer, strictChecking, replyTimeout,
                    decodeExecutor);
        }

        /**
         * @param bytes receive buffer size
         * @return a copy with that setting
         */
        public Options withSocketReceiveBuffer(int bytes) {
            return new Options(dumpRetries, bytes, strictChecking, replyTimeout, decodeExecutor);
        }

        /**
         * @param timeout how long a request may receive nothing from the kernel
         * @return a copy with that setting
         */
        public Options withReplyTimeout(Duration timeout) {
            return new Options(dumpRetries, socketReceiveBuffer, strictChecking, timeout,
                    decodeExecutor);
        }

        /**
         * Opts in to decoding long dumps on another thread: the executor runs one task per long
         * dump, for the length of the dump (give it a thread per concurrent dump, e.g. a cached
         * pool). If the task does not start in time (a direct or saturated executor), the dump
         * decodes on the calling thread instead. The tasks only decode; they make no system
         * call, so their threads' network namespace does not matter.
         *
         * @param executor runs the decoding tasks, or null for none
         * @return a copy with that setting
         */
        public Options withDecodeExecutor(Executor executor) {
            return new Options(dumpRetries, socketReceiveBuffer, strictChecking, replyTimeout,
                    executor);
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

    // How one run of a dump ended.
    private enum DumpEnd { COMPLETE, INTERRUPTED, CUT, BUSY }

    private final NetlinkSocket socket;
    private final Transport transport;
    private final Options options;
    private final long replyTimeoutNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final MessageCursor cursor = new MessageCursor();
    private final MessageWriter writer;
    private final AtomicLong droppedForeign = new AtomicLong();
    private final AtomicLong droppedUnexpected = new AtomicLong();
    private final AtomicLong datagramsSent = new AtomicLong();
    private final AtomicLong interruptedDumps = new AtomicLong();
    private final int batchWindow;
    private final long[] ackReceipts = new long[ACKS_PER_RECEIVE];
    private final long[] oneReceipt = new long[1];
    private ByteBuf rx;
    private ByteBuf tx;
    private int seq;
    private int requestMark; // where the request in flight starts in tx
    private int cutSize; // the full size of the datagram that ended a dump run as CUT
    // A request ended without its replies read to the end (deadline, lost replies, a cut
    // datagram): what is still queued is read and dropped before the next request.
    private boolean unsettled;
    // A dump was sent and its end not read yet: a dump sent meanwhile is refused with EBUSY.
    private boolean dumpRunning;
    private boolean closed;

    /**
     * Takes ownership of a socket: sets {@code NETLINK_EXT_ACK}, {@code NETLINK_CAP_ACK},
     * {@code NETLINK_GET_STRICT_CHK} (if asked), the receive buffer size and the receive
     * timeout (the reply deadline). Closing the engine closes the socket.
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
        this.replyTimeoutNanos = options.replyTimeout().toNanos();
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
        // Every blocking receive then ends after the deadline at the latest, at no cost per call.
        socket.setReceiveTimeout(options.replyTimeout());
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

    /**
     * @return kernel messages dropped because their sequence number matched no request (late
     *     replies of an abandoned request among them)
     */
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
        if (unsettled) {
            settle();
        }
        transport.send(tx);
        datagramsSent.incrementAndGet();
    }

    /** Writes one request with a new sequence number and sends it; returns the number. */
    private int send(Request r, int flags) {
        tx.clear();
        int s = nextSeq();
        requestMark = writeRequest(r, s, flags);
        send();
        return s;
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
     * @throws ReplyTimeoutException if nothing came for the reply deadline (outcome unknown)
     * @throws RepliesLostException if the receive queue overflowed (outcome unknown)
     */
    public void execute(Request request) {
        enter();
        try {
            int s = send(request, NlMsg.F_ACK);
            while (true) {
                receiveSmall(request);
                cursor.reset(received());
                while (cursor.next()) {
                    if (cursor.seq() != s) {
                        droppedUnexpected.incrementAndGet();
                        continue;
                    }
                    if (cursor.type() == NlMsg.ERROR) {
                        if (isAck(cursor)) {
                            return;
                        }
                        throw failure(request, ErrorReply.decode(cursor), requestMark);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends a request that the kernel answers with one message (a get by name or index, a
     * route lookup) and decodes the answer. The request must be one that can be sent twice
     * (a read): an answer larger than the receive buffer (64 KiB, grown to the largest answer
     * seen) is cut, and the request is then sent again with a buffer of the answer's size.
     *
     * @param request the request
     * @param decoder decodes the reply
     * @param <T> the decoded type
     * @return the decoded reply
     * @throws NetlinkException if the kernel answers with an error
     * @throws ReplyTimeoutException if nothing came for the reply deadline
     * @throws RepliesLostException if the receive queue overflowed
     */
    public <T> T query(Request request, Decoder<T> decoder) {
        enter();
        try {
            for (int attempt = 1; ; attempt++) {
                int s = send(request, 0);
                while (true) {
                    rx.clear();
                    int room = rx.writableBytes();
                    int size = receive(rx, request);
                    if (size > room) {
                        replyWasCut(request, size, attempt);
                        break; // and send it again
                    }
                    cursor.reset(received());
                    while (cursor.next()) {
                        if (cursor.seq() != s || cursor.type() == NlMsg.NOOP) {
                            droppedUnexpected.incrementAndGet();
                            continue;
                        }
                        if (cursor.type() == NlMsg.ERROR) {
                            if (isAck(cursor)) {
                                return null;
                            }
                            throw failure(request, ErrorReply.decode(cursor), requestMark);
                        }
                        return decoder.decode(cursor);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a dump ({@code NLM_F_DUMP}) and returns every decoded message, retrying while the
     * kernel marks it interrupted, and when a message larger than the receive buffer was cut
     * (the buffer grows to it first).
     *
     * @param request the dump request
     * @param decoder decodes each message; returning null skips it
     * @param <T> the decoded type
     * @return the decoded messages in kernel order
     * @throws DumpInterruptedException if every try was interrupted
     * @throws NetlinkException if the kernel refuses the dump
     * @throws ReplyTimeoutException if nothing came for the reply deadline
     * @throws RepliesLostException if the receive queue overflowed
     */
    public <T> List<T> dump(Request request, Decoder<T> decoder) {
        List<T> out = new ArrayList<>();
        enter();
        try {
            for (int attempts = 1; ; attempts++) {
                DumpEnd end = dumpRerunning(request, decoder, v -> {
                    out.add(v);
                    return true;
                }, out::clear, () -> true);
                if (end == DumpEnd.COMPLETE) {
                    return out;
                }
                if (attempts > options.dumpRetries()) {
                    throw new DumpInterruptedException(request.typeName(),
                            request.object(), attempts, out);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a dump once, handing each decoded message to {@code consumer} as it arrives. The
     * consumer may stop early by returning false; the rest of the dump is still read (and
     * dropped) so the socket stays usable. No retry: the return value says whether what was
     * delivered may be incomplete or inconsistent. A message larger than the receive buffer is
     * the one case that is retried here, if nothing was delivered yet: the buffer grows to it
     * and the dump runs again.
     *
     * <p>Everything happens on the calling thread, unless the engine's options name a
     * {@link Options#decodeExecutor()} and the machine has more than one CPU: then a dump that
     * goes on past a few datagrams has the rest decoded by a task of that executor, a few
     * datagrams at a time while this thread goes on receiving, so that decoding overlaps the
     * kernel's filling of them. The decoder is then called on that thread, but never by two
     * threads at once and always in kernel order; the consumer is always called on the calling
     * thread, and the decoder never after the dump returns.
     *
     * @param request the dump request
     * @param decoder decodes each message; returning null skips it
     * @param consumer receives each value; false stops delivery
     * @param <T> the decoded type
     * @return true if what was delivered may be incomplete or inconsistent: the kernel marked the
     *     dump interrupted ({@code NLM_F_DUMP_INTR}), or a message larger than the receive
     *     buffer was cut after others had been delivered (the buffer has grown, so a second run
     *     gets it)
     * @throws NetlinkException if the kernel refuses the dump; any exception from the decoder
     *     or consumer, after the dump has been drained
     * @throws ReplyTimeoutException if nothing came for the reply deadline
     * @throws RepliesLostException if the receive queue overflowed
     */
    public <T> boolean dump(Request request, Decoder<T> decoder, Predicate<? super T> consumer) {
        enter();
        try {
            boolean[] delivered = {false};
            return dumpRerunning(request, decoder, v -> {
                delivered[0] = true;
                return consumer.test(v);
            }, () -> { }, () -> !delivered[0]) != DumpEnd.COMPLETE;
        } finally {
            lock.unlock();
        }
    }

    // Runs a dump again while a message was cut (the buffer has grown to it) and the run may be
    // repeated, and while the kernel refuses it as busy because a dump abandoned earlier still
    // runs (resynchronising meanwhile, for at most the reply deadline). Returns how the last run
    // ended: COMPLETE, INTERRUPTED, or CUT when it could not be repeated.
    private <T> DumpEnd dumpRerunning(Request request, Decoder<T> decoder,
            Predicate<? super T> consumer, Runnable beforeRun, BooleanSupplier mayRepeat) {
        int cuts = 0;
        long busySince = 0;
        while (true) {
            beforeRun.run();
            DumpEnd end = dumpOnce(request, decoder, consumer);
            if (end == DumpEnd.CUT) {
                replyWasCut(request, cutSize, ++cuts);
                if (!mayRepeat.getAsBoolean()) {
                    return DumpEnd.CUT;
                }
            } else if (end == DumpEnd.BUSY) {
                long now = System.nanoTime();
                if (busySince == 0) {
                    busySince = now;
                } else if (now - busySince > replyTimeoutNanos) {
                    throw NetlinkException.of(Errno.EBUSY, request.typeName(),
                            request.object(), "a dump abandoned earlier on this socket still runs",
                            null);
                }
                settle();
            } else {
                return end;
            }
        }
    }

    // One run of a dump, the engine's lock held. A cut datagram ends it at once (CUT): the
    // rest of the dump, still queued, is drained before the next request (settle).
    private <T> DumpEnd dumpOnce(Request request, Decoder<T> decoder, Predicate<? super T> consumer) {
        DumpDelivery<T> delivery = new DumpDelivery<>(consumer);
        DecodeAhead<T> ahead = null;
        List<ByteBuf> batchBuffers = null;
        ArrayDeque<ByteBuf> free = null;
        try {
            boolean earlierDumpRunning = dumpRunning;
            dumpRunning = true; // until its end is read
            int s = send(request, NlMsg.F_DUMP);
            boolean interrupted = false;
            ByteBuf in = rx;
            int batched = 0;
            for (int datagrams = 1; ; datagrams++) {
                if (batched == 0) {
                    in.clear();
                }
                if (in.writableBytes() < MAX_DATAGRAM) {
                    in.ensureWritable(MAX_DATAGRAM);
                }
                int from = in.writerIndex();
                int room = in.writableBytes();
                int size = receive(in, request);
                if (size > room) {
                    cutSize = size;
                    return DumpEnd.CUT;
                }
                ByteBuf buf = OwnedBuffers.untracked(in);
                // One pass over the headers: foreign sequence numbers, DUMP_INTR, the end, and
                // (unless a helper decodes) the data messages.
                boolean decodeHere = ahead == null && delivery.open();
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
                    if (decodeHere && type != NlMsg.NOOP) {
                        decodeHere = delivery.decodeOne(cursor, decoder);
                    }
                }
                if (!delivery.open()) {
                    batched = 0; // only draining now
                } else if (ahead == null) {
                    if (end == null && datagrams >= DECODE_AHEAD_AFTER && MULTI_CORE
                            && options.decodeExecutor() != null) {
                        ahead = new DecodeAhead<>(decoder, s, options.decodeExecutor());
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
                    if (end.error() == -Errno.EBUSY.number() && earlierDumpRunning) {
                        return DumpEnd.BUSY; // refused: the earlier one runs on
                    }
                    if (end.error() == -Errno.ENOBUFS.number()) {
                        // The queue was too full to start the dump (it runs on as reads make
                        // room: drained before the next request).
                        unsettled = true;
                        throw new RepliesLostException(request.typeName(),
                                request.object(), failure(request, end, requestMark));
                    }
                    dumpRunning = false;
                    Throwable failure = delivery.failure();
                    if (!end.isAck() && failure == null) {
                        failure = failure(request, end, requestMark);
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
                    return interrupted ? DumpEnd.INTERRUPTED : DumpEnd.COMPLETE;
                }
            }
        } finally {
            if (ahead != null) {
                ahead.close();
            }
            if (batchBuffers != null) {
                batchBuffers.forEach(ByteBuf::release);
            }
        }
    }

    // The helper's values are delivered, and its buffer is free for the next batch.
    private static <T> void takeBack(DecodeAhead.Decoded<T> d, DumpDelivery<T> delivery,
            ArrayDeque<ByteBuf> free) {
        delivery.offerAll(d);
        free.add(d.buffer());
    }

    private static ByteBuf batchBuffer(List<ByteBuf> taken) {
        ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(
                (DECODE_AHEAD_BATCH - 1) * DUMP_DATAGRAM + MAX_DATAGRAM);
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
     *     acknowledged is then unknown; the message says how many were), as a
     *     {@link ReplyTimeoutException} or {@link RepliesLostException} when that is the cause
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
                Request first = requests.get(done);
                try {
                    send();
                    int pending = count;
                    while (pending > 0) {
                        // Each ack is a datagram of its own: many per system call.
                        int got = receiveAcks(first);
                        ByteBuf acks = received();
                        for (int i = 0; i < got; i++) {
                            if (Receipt.senderPort(ackReceipts[i]) != 0) {
                                continue; // counted as it was received
                            }
                            int from = acks.writerIndex() + i * ACK_SLOT;
                            cursor.reset(acks, from, from + Receipt.size(ackReceipts[i]));
                            while (cursor.next()) {
                                int k = cursor.seq() - firstSeq;
                                if (k < 0 || k >= count || cursor.type() != NlMsg.ERROR) {
                                    droppedUnexpected.incrementAndGet();
                                    continue;
                                }
                                if (!isAck(cursor)) {
                                    failures[done + k] = failure(requests.get(done + k),
                                            ErrorReply.decode(cursor), marks[k]);
                                }
                                pending--;
                            }
                        }
                    }
                } catch (ReplyTimeoutException e) {
                    throw new ReplyTimeoutException("batch", acknowledged(done, n),
                            options.replyTimeout());
                } catch (RepliesLostException e) {
                    throw new RepliesLostException("batch", acknowledged(done, n), e.getCause());
                } catch (NetlinkException e) {
                    throw new NetlinkException(e.errno(), "batch", acknowledged(done, n),
                            e.kernelMessage(), null, null, e);
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
     * @throws RepliesLostException if the receive queue overflowed: some answers were lost,
     *     and what the kernel did must be found out another way
     * @throws ReplyTimeoutException if nothing came from the kernel for the reply deadline
     * @throws NetlinkException if the socket itself fails
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
            Request first = requests.get(0);
            while (!complete) {
                rx.clear();
                int room = rx.writableBytes();
                int size = receive(rx, first);
                if (size > room) {
                    throw ackTooLarge(size, room);
                }
                complete = deliver(requests, firstSeq, marks, replies);
            }
            while (true) { // the rest the kernel queued with the last answer, if any
                rx.clear();
                int room = rx.writableBytes();
                int got;
                try {
                    got = transport.receiveMany(rx, room, oneReceipt, true);
                } catch (NetlinkException e) {
                    unsettled = true;
                    if (e.errnoNumber() == Errno.ENOBUFS.number()) {
                        throw new RepliesLostException(first.typeName(), first.object(), e);
                    }
                    throw e;
                }
                if (got == 0) {
                    return;
                }
                if (Receipt.senderPort(oneReceipt[0]) != 0) {
                    droppedForeign.incrementAndGet();
                    continue;
                }
                int size = Receipt.size(oneReceipt[0]);
                if (size > room) {
                    throw ackTooLarge(size, room);
                }
                rx.writerIndex(rx.writerIndex() + size);
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

    private static String acknowledged(int done, int n) {
        return done + " of " + n + " requests acknowledged";
    }

    // An NLMSG_ERROR with error 0, read without decoding the whole reply (a batch has one per
    // request).
    private static boolean isAck(MessageCursor m) {
        return m.payloadLength() >= 4 && HostOrder.getI32(m.buffer(), m.payloadOffset()) == 0;
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
     * Receives the next datagram from the kernel after what {@code into} holds, cut to the room
     * there is, and advances the writer index past what was stored.
     *
     * @return the datagram's full size: more than the room there was if it was cut
     */
    private int receive(ByteBuf into, Request request) {
        int room = into.writableBytes();
        receiveDatagrams(into, room, oneReceipt, request);
        int size = Receipt.size(oneReceipt[0]);
        into.writerIndex(into.writerIndex() + Math.min(size, room));
        return size;
    }

    /**
     * Receives what is queued, up to {@code receipts.length} datagrams in one system call, each
     * into its slot of {@code into} after the writer index (not moved): at least one from the
     * kernel. Datagrams from other senders are counted here; the caller skips them by their
     * receipt. Waits at most the reply deadline: a blocking receive ends by
     * {@code SO_RCVTIMEO}, and after datagrams that were all foreign, the rest of the deadline
     * is waited with {@code poll}.
     *
     * @return how many receipts there are
     */
    private int receiveDatagrams(ByteBuf into, int slot, long[] receipts, Request request) {
        long started = System.nanoTime();
        boolean foreignSeen = false;
        try {
            while (true) {
                int n;
                if (!foreignSeen) {
                    n = transport.receiveMany(into, slot, receipts, false);
                } else {
                    long left = replyTimeoutNanos - (System.nanoTime() - started);
                    n = left > 0 && transport.awaitReadable((int) Math.min(Integer.MAX_VALUE,
                            (left + 999_999) / 1_000_000)) ? transport.receiveMany(into, slot,
                            receipts, true) : 0;
                    if (n == 0 && System.nanoTime() - started < replyTimeoutNanos) {
                        continue; // readable, but another reader was first
                    }
                }
                if (n == 0) {
                    throw new ReplyTimeoutException(request.typeName(),
                            request.object(), options.replyTimeout());
                }
                boolean fromKernel = false;
                for (int i = 0; i < n; i++) {
                    if (Receipt.senderPort(receipts[i]) == 0) {
                        fromKernel = true;
                    } else {
                        droppedForeign.incrementAndGet();
                    }
                }
                if (fromKernel) {
                    return n;
                }
                foreignSeen = true;
            }
        } catch (NetlinkException e) {
            unsettled = true;
            if (e.errnoNumber() == Errno.ENOBUFS.number()) {
                throw new RepliesLostException(request.typeName(), request.object(), e);
            }
            throw e;
        }
    }

    /**
     * Receives the acknowledgements that are queued, many per system call, each into its
     * {@link #ACK_SLOT} of {@code rx}. An acknowledgement that did not fit its slot is an
     * error, never silently cut.
     *
     * @return how many receipts {@link #ackReceipts} holds (foreign ones included)
     */
    private int receiveAcks(Request request) {
        rx.clear();
        int n = receiveDatagrams(rx, ACK_SLOT, ackReceipts, request);
        for (int i = 0; i < n; i++) {
            long r = ackReceipts[i];
            if (Receipt.senderPort(r) == 0 && Receipt.size(r) > ACK_SLOT) {
                throw ackTooLarge(Receipt.size(r), ACK_SLOT);
            }
        }
        return n;
    }

    private NetlinkException ackTooLarge(int size, int room) {
        unsettled = true;
        return new NetlinkException(null, "recvmsg", "netlink fd " + transport.fd(), null, null,
                "a kernel reply of " + size + " bytes exceeded the " + room
                + "-byte acknowledgement buffer and was truncated", null);
    }

    /**
     * Receives one kernel datagram expected to be small (acks; errors are capped by
     * {@code NETLINK_CAP_ACK}). A kernel datagram that does not fit is an error, never
     * silently cut.
     */
    private void receiveSmall(Request request) {
        rx.clear();
        int room = rx.writableBytes();
        int n = receive(rx, request);
        if (n > room) {
            throw ackTooLarge(n, room);
        }
    }

    // A reply was larger than the buffer: it grows to the reply's size for the next try (the
    // request is a read, so it is sent again); the rest of the cut reply is drained first.
    private void replyWasCut(Request request, int size, int attempt) {
        unsettled = true;
        if (attempt >= CUT_REPLY_TRIES) {
            throw new NetlinkException(null, "recvmsg", request.describe(), null, null,
                    "a reply of " + size + " bytes was larger than the receive buffer "
                    + attempt + " times in a row", null);
        }
        rx.clear();
        rx.ensureWritable(size);
    }

    /**
     * Resynchronises after a request that did not read all its replies: reads and drops every
     * datagram queued, for a bounded time. Each read also lets a dump left running go on
     * (the kernel fills the next dump datagram inside {@code recvmsg}), so it reaches its end
     * and the next dump is not refused with {@code EBUSY}.
     */
    private void settle() {
        unsettled = false;
        long until = System.nanoTime() + Math.min(SETTLE_NANOS, replyTimeoutNanos);
        while (System.nanoTime() - until < 0) {
            rx.clear();
            int n;
            try {
                // Many per system call, each cut to a small slot: they are dropped anyway.
                n = transport.receiveMany(rx, ACK_SLOT, ackReceipts, true);
            } catch (NetlinkException e) {
                if (e.errnoNumber() == Errno.ENOBUFS.number()) {
                    continue; // reported once, and cleared by reporting it
                }
                unsettled = true;
                throw e;
            }
            if (n == 0) {
                return;
            }
            for (int i = 0; i < n; i++) {
                (Receipt.senderPort(ackReceipts[i]) == 0 ? droppedUnexpected : droppedForeign)
                        .incrementAndGet();
            }
        }
        unsettled = true; // still more: try again before the next request
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

package dev.jnetlink.socket;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.MessageWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link Transport} that plays the kernel from a script, for engine unit tests of cases the
 * real kernel cannot be made to produce on demand. Each request the engine sends is recorded
 * and handed to the responder, which queues the datagrams "the kernel" answers with; the
 * engine then receives them in order. Receiving from an empty queue fails the test instead of
 * blocking, so a wrong expectation never hangs the build, unless the script says the kernel
 * stays silent ({@link #silent}): then a blocking receive ends as the socket's receive timeout
 * would. A queued {@link #overrun} makes a receive fail with {@code ENOBUFS}.
 */
final class ScriptedTransport implements Transport {
    /** A request the engine sent. */
    record Sent(int type, int flags, int seq, byte[] bytes) {
    }

    /** Answers one request by queueing datagrams. */
    @FunctionalInterface
    interface Responder {
        void respond(Sent request, ScriptedTransport kernel);
    }

    // bytes null: an ENOBUFS to report instead of a datagram
    private record Datagram(int senderPort, byte[] bytes) {
    }

    private final Deque<Datagram> queue = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();
    private Responder responder = (r, k) -> { };
    private boolean silent;
    private int timeouts;
    private boolean closed;

    /**
     * @param responder answers every request from now on
     * @return this transport
     */
    ScriptedTransport respond(Responder responder) {
        this.responder = responder;
        return this;
    }

    /**
     * Queues a datagram from the kernel (port 0).
     *
     * @param messages writes one or more netlink messages
     */
    void fromKernel(Consumer<MessageWriter> messages) {
        from(0, messages);
    }

    /**
     * Queues a datagram from a given port (not 0: another process, spoofing).
     *
     * @param port the sender's {@code nl_pid}
     * @param messages writes the messages
     */
    void from(int port, Consumer<MessageWriter> messages) {
        ByteBuf b = Unpooled.buffer();
        try {
            messages.accept(new MessageWriter(b));
            queue.add(new Datagram(port, ByteBufUtil.getBytes(b)));
        } finally {
            b.release();
        }
    }

    /**
     * Queues an overrun: the receive that reaches it fails with {@code ENOBUFS}, as
     * {@code recvmsg} does after the kernel dropped datagrams for a full queue.
     */
    void overrun() {
        queue.add(new Datagram(0, null));
    }

    /**
     * @param on true: a blocking receive from an empty queue returns nothing, as when the
     *     socket's receive timeout passes; false: it fails the test
     * @return this transport
     */
    ScriptedTransport silent(boolean on) {
        this.silent = on;
        return this;
    }

    /** @return how many blocking receives ended with nothing (timed out) */
    int timeouts() {
        return timeouts;
    }

    /** @return every request sent so far */
    List<Sent> sent() {
        return sent;
    }

    /** @return datagrams queued and not yet received */
    int pending() {
        return queue.size();
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void send(ByteBuf buf) {
        byte[] bytes = ByteBufUtil.getBytes(buf);
        ByteBuf b = Unpooled.wrappedBuffer(bytes);
        int at = 0;
        while (at < bytes.length) {
            int len = HostOrder.getI32(b, at);
            Sent s = new Sent(HostOrder.getU16(b, at + 4), HostOrder.getU16(b, at + 6),
                    HostOrder.getI32(b, at + 8), java.util.Arrays.copyOfRange(bytes, at, at + len));
            sent.add(s);
            responder.respond(s, this);
            at += (len + 3) & ~3;
        }
        b.release();
    }

    @Override
    public int receiveMany(ByteBuf buf, int slot, long[] receipts, boolean dontWait) {
        int n = 0;
        while (n < receipts.length) {
            Datagram d = queue.peek();
            if (d == null) {
                if (n > 0 || dontWait) {
                    return n;
                }
                if (silent) {
                    timeouts++;
                    return 0;
                }
                throw new AssertionError("the engine waits for a datagram the script does not send"
                        + " (requests so far: " + sent.size() + ")");
            }
            if (d.bytes == null) {
                if (n > 0) {
                    return n; // the error comes with the next receive, as recvmmsg reports it
                }
                queue.poll();
                throw NetlinkException.of(Errno.ENOBUFS, "recvmsg", "scripted", null, null);
            }
            queue.poll();
            buf.setBytes(buf.writerIndex() + n * slot, d.bytes, 0, Math.min(d.bytes.length, slot));
            receipts[n++] = Receipt.of(d.bytes.length, d.senderPort);
        }
        return n;
    }

    @Override
    public boolean awaitReadable(int timeoutMillis) {
        if (!queue.isEmpty()) {
            return true;
        }
        try {
            Thread.sleep(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public int fd() {
        return -1;
    }

    @Override
    public void close() {
        closed = true;
    }
}

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
 * blocking, so a wrong expectation never hangs the build.
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

    private record Datagram(int senderPort, byte[] bytes) {
    }

    private final Deque<Datagram> queue = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();
    private Responder responder = (r, k) -> { };
    private int lastSender;
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

    private Datagram head() {
        Datagram d = queue.peek();
        if (d == null) {
            throw new AssertionError("the engine waits for a datagram the script does not send"
                    + " (requests so far: " + sent.size() + ")");
        }
        return d;
    }

    @Override
    public int peekSize(boolean dontWait) {
        if (dontWait && queue.isEmpty()) {
            return -1;
        }
        return head().bytes.length;
    }

    @Override
    public int receive(ByteBuf buf, boolean dontWait) {
        if (dontWait && queue.isEmpty()) {
            return -1;
        }
        Datagram d = head();
        if (d.bytes.length > buf.writableBytes()) {
            throw new IllegalStateException("datagram of " + d.bytes.length
                    + " bytes did not fit the " + buf.writableBytes() + "-byte buffer");
        }
        queue.poll();
        lastSender = d.senderPort;
        buf.writeBytes(d.bytes);
        return d.bytes.length;
    }

    @Override
    public int receiveTruncating(ByteBuf buf) {
        Datagram d = queue.poll();
        if (d == null) {
            head();
        }
        lastSender = d.senderPort;
        buf.writeBytes(d.bytes, 0, Math.min(d.bytes.length, buf.writableBytes()));
        return d.bytes.length;
    }

    @Override
    public int lastSenderPort() {
        return lastSender;
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

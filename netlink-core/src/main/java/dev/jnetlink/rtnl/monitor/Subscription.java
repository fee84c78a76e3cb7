package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.ErrorReply;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageTypes;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NetlinkSocket;
import dev.jnetlink.internal.OwnedBuffers;
import dev.jnetlink.socket.Receipt;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live subscription to rtnetlink events, opened by {@link Monitor}. Three ways to consume:
 * <ul>
 *   <li>pull on the caller's thread: {@link #next(Duration)}, {@link #take()}, or iterate;</li>
 *   <li>a callback on a thread the library owns: {@link #onEvent(Consumer)};</li>
 *   <li>an NIO event loop: {@link #channel()} joins a selector, {@link #poll()} reads what is
 *       there without blocking.</li>
 * </ul>
 *
 * <p>The subscription keeps the state of the objects it follows, so that an event says whether
 * an object is new, changed or deleted, duplicates at the seam of a listing are dropped, and a
 * resync after an {@link Overrun} delivers exactly the difference.
 *
 * <p>Thread safety: any thread may read; reads are serialised. {@link #close()} may come from
 * any thread, including the callback; it wakes a blocked reader, stops the callback thread and
 * releases the socket.
 */
public final class Subscription implements AutoCloseable, Iterable<Event> {
    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final NetlinkSocket socket;
    private final List<Family<?>> families;
    private final boolean resync;
    private final boolean listExisting;
    private final Map<Family<?>, Map<Object, Object>> state = new HashMap<>();
    private final ArrayDeque<Event> pending = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final MessageCursor cursor = new MessageCursor();
    private final ByteBuf rx;
    private final ByteBuf tx;
    private final MessageWriter writer;

    private final ArrayDeque<Family<?>> toDump = new ArrayDeque<>();
    private final Set<Object> seenInDump = new HashSet<>();
    private Family<?> dumping;
    private int dumpSeq;
    private boolean cycleIsResync;
    private boolean overrunDuringDump;
    private int overrunsInDump;
    private boolean authoritative;
    private int seq;

    // Written under the read lock, read by any thread.
    private volatile long overruns;
    private volatile long droppedForeign;
    private volatile boolean closed;
    private Thread deliveryThread;
    private EventChannel channel;

    Subscription(NetlinkSocket socket, List<Family<?>> families, boolean listExisting, boolean resync) {
        this.socket = socket;
        this.families = families;
        this.resync = resync;
        this.listExisting = listExisting;
        for (Family<?> f : families) {
            state.put(f, new HashMap<>());
        }
        this.rx = PooledByteBufAllocator.DEFAULT.directBuffer(64 * 1024);
        this.tx = PooledByteBufAllocator.DEFAULT.directBuffer(256);
        this.writer = new MessageWriter(tx);
        if (listExisting) {
            startCycle(false);
        }
    }

    // ------------------------------------------------------------------ consuming

    /**
     * Waits for the next event.
     *
     * @param timeout how long to wait
     * @return the event, or null on timeout or once closed
     */
    public Event next(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            fill(deadline);
            return pending.poll();
        } finally {
            lock.unlock();
        }
    }

    /** @return the next event, waiting as long as it takes, or null once closed */
    public Event take() {
        lock.lock();
        try {
            fill(Long.MAX_VALUE);
            return pending.poll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads every event that is already there, without waiting: for an NIO loop, after the
     * selector reports {@link #channel()} readable.
     *
     * @return the events, possibly none
     */
    public List<Event> poll() {
        lock.lock();
        try {
            while (readOnce()) {
                // drain what is queued
            }
            List<Event> out = new ArrayList<>(pending);
            pending.clear();
            return out;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Iterates events, waiting for each; {@code hasNext()} returns false once closed.
     *
     * @return a blocking iterator
     */
    @Override
    public Iterator<Event> iterator() {
        return new Iterator<>() {
            private Event next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = take();
                }
                return next != null;
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("subscription closed");
                }
                Event e = next;
                next = null;
                return e;
            }
        };
    }

    /**
     * Delivers every event to {@code handler} on a thread the library owns, until
     * {@link #close()}. An exception from the handler is logged and delivery goes on.
     *
     * @param handler receives events in order
     * @return this subscription
     * @throws IllegalStateException if a handler is already running
     */
    public synchronized Subscription onEvent(Consumer<? super Event> handler) {
        if (deliveryThread != null) {
            throw new IllegalStateException("a handler is already delivering this subscription's events");
        }
        Thread t = new Thread(() -> {
            Event e;
            while ((e = take()) != null) {
                try {
                    handler.accept(e);
                } catch (RuntimeException ex) {
                    LOG.warn("event handler failed on {}", e, ex);
                }
            }
        }, "jnetlink-monitor-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        deliveryThread = t;
        t.start();
        return this;
    }

    /**
     * A selectable channel over this subscription's socket, to multiplex it with other
     * channels in an NIO loop. Register it with a selector from
     * {@code jnr.enxio.channels.NativeSelectorProvider.getInstance().openSelector()} (or
     * {@link EventChannel#openSelector()}); when it is readable, call {@link EventChannel#poll()}.
     *
     * @return the channel (the same one on every call); closing it closes the subscription
     */
    public synchronized EventChannel channel() {
        if (channel == null) {
            channel = new EventChannel(this);
        }
        return channel;
    }

    /** @return how many overruns (kernel drops) this subscription has seen */
    public long overruns() {
        return overruns;
    }

    /** @return datagrams dropped because they did not come from the kernel */
    public long droppedForeign() {
        return droppedForeign;
    }

    /** @return the socket's receive buffer size as the kernel reports it */
    public int receiveBufferSize() {
        return socket.receiveBufferSize();
    }

    int fd() {
        return socket.fd();
    }

    /** @return true once closed */
    public boolean isClosed() {
        return closed;
    }

    // ------------------------------------------------------------------ reading

    // Reads until an event is pending, the deadline passes (Long.MAX_VALUE: never), or close.
    private void fill(long deadline) {
        while (pending.isEmpty() && !closed) {
            if (readOnce()) {
                continue;
            }
            int wait = -1;
            if (deadline != Long.MAX_VALUE) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return;
                }
                wait = (int) Math.min(left, Integer.MAX_VALUE);
            }
            try {
                socket.awaitReadable(wait);
            } catch (IllegalStateException e) {
                return;
            }
        }
    }

    // Reads one datagram if one is queued. Returns false if none was.
    private boolean readOnce() {
        if (closed) {
            return false;
        }
        long received;
        try {
            int size = socket.peekSize(true);
            if (size < 0) {
                return false;
            }
            rx.clear();
            rx.ensureWritable(size);
            received = socket.receive(rx, true);
        } catch (NetlinkException e) {
            if (e.errnoNumber() == Errno.ENOBUFS.number()) {
                onOverrun();
                return true;
            }
            if (closed || socket.isClosed()) {
                return false;
            }
            throw e;
        } catch (IllegalStateException e) {
            if (closed || socket.isClosed()) {
                return false;
            }
            throw e;
        }
        if (received == Receipt.NOTHING) {
            return false;
        }
        if (Receipt.senderPort(received) != 0) {
            droppedForeign++;
            return true;
        }
        cursor.reset(OwnedBuffers.untracked(rx));
        while (cursor.next()) {
            handle();
        }
        return true;
    }

    private void handle() {
        boolean reply = dumping != null && cursor.seq() == dumpSeq && cursor.pid() == socket.portId();
        int type = cursor.type();
        if (type == NlMsg.DONE || type == NlMsg.ERROR) {
            if (reply) {
                ErrorReply er = type == NlMsg.DONE ? ErrorReply.decodeDone(cursor) : ErrorReply.decode(cursor);
                finishDump(er);
            }
            return;
        }
        if (type == NlMsg.NOOP || type == NlMsg.OVERRUN) {
            return;
        }
        Family<?> f = reply ? dumping : Families.forMessage(families, cursor);
        if (f != null && f.handles(cursor)) {
            apply(f, reply);
        }
    }

    private <T> void apply(Family<T> f, boolean fromDump) {
        T v = f.decoder().apply(cursor);
        Object k = f.key().apply(v);
        @SuppressWarnings("unchecked")
        Map<Object, T> st = (Map<Object, T>) state.get(f);
        if (dumping == f) {
            seenInDump.add(k);
        }
        if (cursor.type() == f.delType()) {
            T old = st.remove(k);
            // An unknown object's deletion is news only to a subscriber that was never given
            // the state: with a listing, the object was deleted before the listing reached it
            // (its deletion was queued ahead of the listing's replies), so the subscriber
            // never saw it and must not be told it went.
            if (old != null || !(authoritative || listExisting)) {
                pending.add(f.event().create(Change.DELETED, v, fromDump));
            }
            return;
        }
        T replaced = null;
        if (!fromDump && (cursor.flags() & NlMsg.F_REPLACE) != 0 && v instanceof Route r) {
            replaced = replaceAt(f, st, k, r);
        }
        T old = st.put(k, v);
        if (old == null && replaced != null) {
            pending.add(f.event().create(Change.CHANGED, v, false));
        } else if (old == null) {
            boolean created = authoritative || fromDump || f.creation().test(cursor);
            pending.add(f.event().create(created ? Change.NEW : Change.CHANGED, v, fromDump));
        } else if (!f.sameState().test(old, v)) {
            pending.add(f.event().create(Change.CHANGED, v, fromDump));
        }
    }

    // `ip route replace` announces only the new route: the ones it replaced at the same place
    // in the FIB are gone without an RTM_DELROUTE of their own. One replaced route makes the
    // new one a change of it; several are each reported deleted. A linear scan, but replace
    // events are rare next to adds.
    private <T> T replaceAt(Family<T> f, Map<Object, T> st, Object key, Route r) {
        Families.RoutePlace place = Families.placeOf(r);
        List<T> gone = new ArrayList<>(1);
        for (Iterator<Map.Entry<Object, T>> it = st.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Object, T> e = it.next();
            if (!e.getKey().equals(key) && e.getValue() instanceof Route old
                    && Families.placeOf(old).equals(place)) {
                it.remove();
                gone.add(e.getValue());
            }
        }
        if (gone.size() == 1) {
            return gone.get(0);
        }
        for (T g : gone) {
            pending.add(f.event().create(Change.DELETED, g, false));
        }
        return null;
    }

    private void onOverrun() {
        overruns++;
        pending.add(new Overrun(overruns, resync));
        if (dumping != null && ++overrunsInDump % 3 == 0) {
            growReceiveBuffer();
        }
        if (!resync) {
            return;
        }
        if (dumping != null) {
            overrunDuringDump = true;
        } else {
            startCycle(true);
        }
    }

    // Overruns that keep coming while a dump runs mean the buffer cannot hold a dump chunk plus
    // the events around it: the dump would never finish. Doubling it is the way out.
    private void growReceiveBuffer() {
        int now = socket.receiveBufferSize();
        if (now >= (1 << 30)) {
            return;
        }
        socket.setReceiveBufferSize(now);
        LOG.warn("monitor receive buffer overran {} times during one listing; raised to {} bytes",
                overrunsInDump, socket.receiveBufferSize());
    }

    private void startCycle(boolean afterOverrun) {
        cycleIsResync = afterOverrun;
        overrunDuringDump = false;
        toDump.clear();
        toDump.addAll(families);
        startNextDump();
    }

    private void startNextDump() {
        dumping = toDump.poll();
        seenInDump.clear();
        overrunsInDump = 0;
        if (dumping == null) {
            return;
        }
        dumpSeq = ++seq;
        tx.clear();
        int mark = writer.beginMessage(dumping.dumpType(), NlMsg.F_REQUEST | NlMsg.F_DUMP, dumpSeq);
        dumping.dumpBody().accept(writer);
        writer.endMessage(mark);
        socket.send(tx);
    }

    private void finishDump(ErrorReply er) {
        Family<?> f = dumping;
        if (!er.isAck()) {
            dumping = null;
            throw NetlinkException.of(Errno.of(er.error()), MessageTypes.name(f.dumpType()),
                    "monitor " + f.name() + " listing", er.message(), null);
        }
        if (cycleIsResync) {
            deleteUnseen(f);
        }
        if (!toDump.isEmpty()) {
            startNextDump();
            return;
        }
        dumping = null;
        authoritative = true;
        pending.add(new Synced(cycleIsResync));
        if (overrunDuringDump) {
            startCycle(true);
        }
    }

    private <T> void deleteUnseen(Family<T> f) {
        @SuppressWarnings("unchecked")
        Map<Object, T> st = (Map<Object, T>) state.get(f);
        for (Iterator<Map.Entry<Object, T>> it = st.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Object, T> e = it.next();
            if (!seenInDump.contains(e.getKey())) {
                it.remove();
                pending.add(f.event().create(Change.DELETED, e.getValue(), true));
            }
        }
    }

    // ------------------------------------------------------------------ closing

    /**
     * Stops delivery and releases the socket. Idempotent; safe from any thread, the handler's
     * included. A thread blocked in {@link #take()} returns null.
     */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            t = deliveryThread;
        }
        socket.close();
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lock.lock();
        try {
            rx.release();
            tx.release();
        } finally {
            lock.unlock();
        }
    }
}

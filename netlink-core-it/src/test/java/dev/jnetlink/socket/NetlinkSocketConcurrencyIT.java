package dev.jnetlink.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@link NetlinkSocket} says any thread may receive: several threads receiving on one socket
 * at once, one datagram per call or several ({@code recvmmsg}), must each get whole datagrams
 * in their own buffer, with the sender of that datagram.
 * Two sockets in a scratch namespace send numbered datagrams of varying sizes; receiving
 * threads, each with a buffer of another size, check every datagram against its number.
 */
@NetlinkTest
class NetlinkSocketConcurrencyIT {
    private static final int TOTAL = 1_000_000;
    private static final int SENTINEL = 0xDEADBEEF;

    @Test
    void concurrentReceiversGetWholeDatagramsInTheirOwnBuffersWithTheirSenders() throws Exception {
        int[] threadCounts = {2, 4, 8};
        int perRun = TOTAL / threadCounts.length + 1;
        try (ScratchNamespaces scratch = new ScratchNamespaces()) {
            NetNs ns = scratch.anonymous();
            for (int threads : threadCounts) {
                NetlinkSocket[] s = ns.call(() -> new NetlinkSocket[] {
                    NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE),
                    NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE),
                    NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE)});
                try (NetlinkSocket victim = s[0]; ForeignSender a = new ForeignSender(s[1]);
                        ForeignSender b = new ForeignSender(s[2])) {
                    ForeignSender.disconnect(victim); // so that the two senders can reach it
                    Outcome o = run(victim, new ForeignSender[] {a, b}, threads, perRun);
                    assertThat(o.misdelivered).as("datagrams found in another thread's buffer or"
                            + " cut (%d threads)", threads).hasValue(0);
                    assertThat(o.wrongSender).as("datagrams reported with another datagram's"
                            + " sender (%d threads)", threads).hasValue(0);
                    assertThat(o.duplicates).as("datagrams received twice").hasValue(0);
                    assertThat(o.received).as("datagrams received").hasValue(perRun);
                }
            }
        }
    }

    private record Outcome(AtomicLong misdelivered, AtomicLong wrongSender, AtomicLong duplicates,
            AtomicInteger received) {
    }

    // Datagram i: one message, nlmsg_len 20 + 4 * (i % 64), nlmsg_seq i, nlmsg_pid the index
    // of its sender, then bytes (i + k) & 0xff.
    private static byte[] datagram(int i, int sender) {
        int len = 20 + 4 * (i % 64);
        ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.nativeOrder());
        b.putInt(len).putShort((short) 0x7f00).putShort((short) 0).putInt(i).putInt(sender);
        for (int k = 16; k < len; k++) {
            b.put((byte) (i + k));
        }
        return b.array();
    }

    private static Outcome run(NetlinkSocket victim, ForeignSender[] senders, int threads, int total)
            throws InterruptedException {
        victim.setReceiveBufferSize(1 << 20);
        Outcome o = new Outcome(new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicInteger());
        AtomicIntegerArray seen = new AtomicIntegerArray(total);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int size = 512 * (t + 1);
            boolean many = t % 2 == 1;
            all.add(new Thread(() -> receive(victim, senders, size, total, seen, o, many), "receiver-" + t));
        }
        for (int k = 0; k < senders.length; k++) {
            int sender = k;
            all.add(new Thread(() -> {
                for (int i = sender; i < total; i += senders.length) {
                    // blocking: the sender waits while the victim's queue is full, nothing is lost
                    int errno = senders[sender].trySendTo(victim.portId(), datagram(i, sender), false);
                    if (errno != 0) {
                        throw new IllegalStateException("send failed: " + Errno.of(errno));
                    }
                }
            }, "sender-" + k));
        }
        all.forEach(Thread::start);
        for (Thread t : all) {
            t.join(600_000);
            assertThat(t.isAlive()).as(t.getName() + " still running after 10 minutes").isFalse();
        }
        return o;
    }

    // Even threads receive one datagram per call, odd ones up to four (recvmmsg), each datagram
    // into a slot of `size` bytes whose first word is a sentinel until the kernel writes it.
    private static void receive(NetlinkSocket victim, ForeignSender[] senders, int size, int total,
            AtomicIntegerArray seen, Outcome o, boolean many) {
        int slots = many ? 4 : 1;
        ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(size * slots, size * slots);
        long[] receipts = new long[slots];
        try {
            while (o.received.get() < total) {
                if (!victim.awaitReadable(50)) {
                    continue;
                }
                buf.clear();
                for (int k = 0; k < slots; k++) {
                    buf.setInt(k * size, SENTINEL);
                }
                int got;
                if (many) {
                    got = victim.receiveMany(buf, size, receipts, true);
                } else {
                    receipts[0] = victim.receive(buf, true);
                    got = receipts[0] == Receipt.NOTHING ? 0 : 1;
                    if (got == 1 && buf.writerIndex() != Receipt.size(receipts[0])) {
                        o.misdelivered.incrementAndGet();
                    }
                }
                for (int k = 0; k < got; k++) {
                    check(buf.nioBuffer(k * size, size).order(ByteOrder.nativeOrder()),
                            Receipt.size(receipts[k]), Receipt.senderPort(receipts[k]), senders, total,
                            seen, o);
                }
            }
        } finally {
            buf.release();
        }
    }

    private static void check(ByteBuffer d, int n, int sender, ForeignSender[] senders, int total,
            AtomicIntegerArray seen, Outcome o) {
        o.received.incrementAndGet();
        int i = d.getInt(8);
        if (d.getInt(0) != n || i < 0 || i >= total || !intact(d, i, n)) {
            o.misdelivered.incrementAndGet();
            return;
        }
        if (seen.getAndIncrement(i) != 0) {
            o.duplicates.incrementAndGet();
        }
        int from = d.getInt(12);
        if (from < 0 || from >= senders.length || senders[from].port() != sender) {
            o.wrongSender.incrementAndGet();
        }
    }

    private static boolean intact(ByteBuffer d, int i, int n) {
        if (n != 20 + 4 * (i % 64)) {
            return false;
        }
        for (int k = 16; k < n; k++) {
            if (d.get(k) != (byte) (i + k)) {
                return false;
            }
        }
        return true;
    }
}

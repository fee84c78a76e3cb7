package dev.jnetlink.diag;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.internal.Syscalls;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * ICMP echo ({@code ping}) from a raw socket, in-process: what the walkthroughs run to prove
 * two namespaces reach each other, with no {@code ping} process. The socket is opened inside
 * a namespace (on a short-lived thread, like every namespace-bound socket here) and can then be
 * used from any thread. IPv4 and IPv6; needs CAP_NET_RAW. Replies are matched by ICMP id and
 * sequence (and, for IPv4, source address), so pingers in the same namespace do not mix up.
 *
 * <pre>{@code
 * try (Ping ping = Ping.from(r1, InetAddress.getByName("10.1.0.102"))) {
 *     PingResult r = ping.echo(Duration.ofSeconds(1));   // reply from 10.1.0.102: icmp_seq=1 ttl=64 time=0.045 ms
 * }
 * }</pre>
 *
 * <p>Thread safety: one echo at a time per instance ({@link #echo} is synchronized).
 * {@link #close()} may come from any thread: it waits for an echo in progress (at most that
 * echo's timeout), so the echo never uses a closed, or reused, descriptor number.
 */
public final class Ping implements AutoCloseable {
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int SOCK_RAW = 3;
    private static final int IPPROTO_ICMP = 1;
    private static final int IPPROTO_ICMPV6 = 58;
    private static final int PAYLOAD = 56;

    private final InetAddress target;
    private final byte[] sockaddr;
    private final boolean v6;
    private final int fd;
    private final int id = ThreadLocalRandom.current().nextInt(1, 0x10000);
    private final byte[] rx = new byte[2048];
    private final AtomicBoolean closed = new AtomicBoolean();
    private int sequence;

    private Ping(InetAddress target, int fd) {
        this.target = target;
        this.sockaddr = sockaddr(target);
        this.v6 = target instanceof Inet6Address;
        this.fd = fd;
    }

    /**
     * Opens a pinger for {@code target} inside a namespace. Equivalent to the socket
     * {@code ip netns exec NS ping TARGET} opens.
     *
     * @param ns the namespace to ping from
     * @param target the address to ping
     * @return the pinger
     */
    public static Ping from(NetNs ns, InetAddress target) {
        Objects.requireNonNull(ns, "ns");
        Objects.requireNonNull(target, "target");
        return ns.call(() -> open(target));
    }

    /**
     * Opens a pinger in the calling thread's namespace.
     *
     * @param target the address to ping
     * @return the pinger
     */
    public static Ping open(InetAddress target) {
        Objects.requireNonNull(target, "target");
        boolean v6 = target instanceof Inet6Address;
        int fd = Syscalls.socket(v6 ? AF_INET6 : AF_INET, SOCK_RAW, v6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP);
        return new Ping(target, fd);
    }

    private static byte[] sockaddr(InetAddress a) {
        byte[] ip = a.getAddress();
        if (a instanceof Inet4Address) {
            ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
            b.putShort(0, (short) AF_INET);
            b.position(4);
            b.put(ip);
            return b.array();
        }
        ByteBuffer b = ByteBuffer.allocate(28).order(ByteOrder.nativeOrder());
        b.putShort(0, (short) AF_INET6);
        b.position(8);
        b.put(ip);
        b.order(ByteOrder.nativeOrder()).putInt(24, ((Inet6Address) a).getScopeId());
        return b.array();
    }

    /** @return the address this pinger targets */
    public InetAddress target() {
        return target;
    }

    /**
     * Sends one echo request and waits for its reply.
     *
     * @param timeout how long to wait
     * @return the result; {@link PingResult#replied()} is false on timeout
     */
    public synchronized PingResult echo(Duration timeout) {
        if (closed.get()) {
            throw new IllegalStateException("pinger for " + target.getHostAddress() + " is closed");
        }
        int seq = ++sequence & 0xffff;
        byte[] req = request(seq);
        long start = System.nanoTime();
        try {
            Syscalls.sendTo(fd, req, sockaddr, target.getHostAddress());
        } catch (NetlinkException e) {
            // ENETUNREACH, EHOSTUNREACH...: what ping prints, as this echo's outcome.
            return new PingResult(target, seq, false, null, -1, e.errno() == null
                    ? e.getMessage() : e.errno().description());
        }
        long deadline = start + timeout.toNanos();
        while (true) {
            int wait = (int) Math.max(0, (deadline - System.nanoTime()) / 1_000_000L);
            int n = Syscalls.receive(fd, rx, wait);
            long now = System.nanoTime();
            if (n < 0) {
                return new PingResult(target, seq, false, null, -1, null);
            }
            int ttl = matches(n, seq);
            if (ttl != Integer.MIN_VALUE) {
                return new PingResult(target, seq, true, Duration.ofNanos(now - start), ttl, null);
            }
            if (now >= deadline) {
                return new PingResult(target, seq, false, null, -1, null);
            }
        }
    }

    /**
     * Sends {@code count} echoes, {@code interval} apart, like {@code ping -c COUNT -i INTERVAL}.
     *
     * @param count how many
     * @param interval pause between them
     * @param timeout how long each waits for its reply
     * @return one result per echo
     */
    public List<PingResult> echo(int count, Duration interval, Duration timeout) {
        List<PingResult> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            out.add(echo(timeout));
        }
        return out;
    }

    private byte[] request(int seq) {
        byte[] p = new byte[8 + PAYLOAD];
        ByteBuffer b = ByteBuffer.wrap(p);
        b.put(0, (byte) (v6 ? 128 : 8));
        b.putShort(4, (short) id);
        b.putShort(6, (short) seq);
        for (int i = 8; i < p.length; i++) {
            p[i] = (byte) i;
        }
        if (!v6) {
            // The kernel computes ICMPv6 checksums for raw sockets, not ICMPv4 ones.
            b.putShort(2, (short) checksum(p, 0, p.length));
        }
        return p;
    }

    // Returns the reply's TTL if it is our echo reply, else Integer.MIN_VALUE.
    private int matches(int n, int seq) {
        ByteBuffer b = ByteBuffer.wrap(rx, 0, n);
        int icmp = 0;
        int ttl = -1;
        if (!v6) {
            // A raw IPv4 socket gets the IP header too: skip it, and take only the target's replies.
            if (n < 20 || !java.util.Arrays.equals(rx, 12, 16, sockaddr, 4, 8)) {
                return Integer.MIN_VALUE;
            }
            icmp = (rx[0] & 0x0f) * 4;
            ttl = rx[8] & 0xff;
        }
        if (n < icmp + 8) {
            return Integer.MIN_VALUE;
        }
        int type = rx[icmp] & 0xff;
        boolean reply = v6 ? type == 129 : type == 0;
        if (!reply || (b.getShort(icmp + 4) & 0xffff) != id || (b.getShort(icmp + 6) & 0xffff) != seq) {
            return Integer.MIN_VALUE;
        }
        return ttl;
    }

    static int checksum(byte[] data, int off, int len) {
        long sum = 0;
        for (int i = 0; i + 1 < len; i += 2) {
            sum += ((data[off + i] & 0xff) << 8) | (data[off + i + 1] & 0xff);
        }
        if ((len & 1) != 0) {
            sum += (data[off + len - 1] & 0xff) << 8;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /** Closes the socket, after an echo in progress has ended. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            synchronized (this) {
                Syscalls.close(fd);
            }
        }
    }
}

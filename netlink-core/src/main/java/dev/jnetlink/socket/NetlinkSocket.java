package dev.jnetlink.socket;

import dev.jnetlink.internal.Native;
import dev.jnetlink.internal.NativeMemory;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A raw {@code AF_NETLINK} socket: {@code socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, protocol)}
 * bound to a kernel-assigned port id and connected to the kernel ({@code nl_pid} 0). It belongs,
 * for life, to the network namespace of the thread that opened it (see {@code NetNs}), and can
 * be used from any thread afterwards.
 *
 * <p>Connected, it receives unicast only from the kernel: the kernel refuses another socket's
 * datagram to it with {@code ECONNREFUSED} (a process with CAP_NET_ADMIN over the namespace,
 * such as a container's root, could otherwise fill its receive queue). Kernel replies and
 * multicast events still arrive. Each receive reports its datagram's sender all the same
 * ({@link Receipt#senderPort}), for callers that check it as a second line of defence.
 *
 * <p>This class does system calls only; the request/response discipline (sequence numbers,
 * acks, dumps) is {@link RequestEngine}'s.
 *
 * <p>Thread safety: every method may be called from any thread, several at once. Each receive
 * has its own native {@code msghdr} and sender address (the socket's own when no other receive
 * is using it, else one made for the call; {@link #receiveMany} always makes its own), and
 * reports its datagrams' sizes and senders in its return value or the array it fills. Sends and receives from several threads interleave their datagrams; callers
 * that need request/response pairing serialise (as {@link RequestEngine} does).
 * {@link #close()} is idempotent and may come from another thread: it wakes a thread blocked in
 * {@link #awaitReadable}, and the fd is released only after every call in progress has
 * returned, so a recycled fd number is never touched.
 */
public final class NetlinkSocket implements Transport {
    /** {@code NETLINK_ROUTE}: rtnetlink. */
    public static final int NETLINK_ROUTE = 0;

    /** {@code NETLINK_ADD_MEMBERSHIP}. */
    public static final int NETLINK_ADD_MEMBERSHIP = 1;
    /** {@code NETLINK_DROP_MEMBERSHIP}. */
    public static final int NETLINK_DROP_MEMBERSHIP = 2;
    /** {@code NETLINK_NO_ENOBUFS}: hide lost multicast messages (never set by default). */
    public static final int NETLINK_NO_ENOBUFS = 5;
    /** {@code NETLINK_LISTEN_ALL_NSID}. */
    public static final int NETLINK_LISTEN_ALL_NSID = 8;
    /** {@code NETLINK_CAP_ACK}: error replies echo only the request's header. */
    public static final int NETLINK_CAP_ACK = 10;
    /** {@code NETLINK_EXT_ACK}: error replies carry the kernel's message and attribute offset. */
    public static final int NETLINK_EXT_ACK = 11;
    /** {@code NETLINK_GET_STRICT_CHK}: dumps validate their request and apply its filters. */
    public static final int NETLINK_GET_STRICT_CHK = 12;

    private static final int CLOSED_BIT = 1 << 30;

    private final int fd;
    private final int portId;
    private final int protocol;
    // Bit 30: closed. Low bits: calls in progress plus one for "open".
    private final AtomicInteger state = new AtomicInteger(1);
    private volatile int wakeFd = -1;
    // The socket's own recvmsg scratch, while no receive uses it; a concurrent receive makes
    // its own (see Scratch).
    private final Scratch ownScratch;
    private final AtomicReference<Scratch> idleScratch;

    private NetlinkSocket(int fd, int protocol, int portId) {
        this.fd = fd;
        this.protocol = protocol;
        this.portId = portId;
        this.ownScratch = new Scratch();
        this.idleScratch = new AtomicReference<>(ownScratch);
    }

    /**
     * Native memory for one {@code recvmsg}: struct msghdr at 0, its one struct iovec at 56,
     * and the sender's struct sockaddr_nl at 72 (offsets for 64-bit Linux). Netty memory, not
     * jnr's autorelease memory: the first autorelease allocation starts jnr's reference-reaper
     * thread, which inherits the namespace of the thread that allocates, and sockets are
     * typically opened on a thread inside another namespace (NetNs.call). That thread then
     * stayed in that namespace for the life of the JVM and kept it alive.
     */
    private static final class Scratch {
        static final int MSG_NAME = 0;
        static final int MSG_NAMELEN = 8;
        static final int MSG_IOV = 16;
        static final int MSG_IOVLEN = 24;
        static final int MSG_CONTROL = 32;
        static final int MSG_CONTROLLEN = 40;
        static final int MSG_FLAGS = 48;
        static final int IOV = 56;
        static final int IOV_LEN = 64;
        static final int SENDER = 72;

        final ByteBuf memory = PooledByteBufAllocator.DEFAULT.directBuffer(96, 96);
        final long address = NativeMemory.address(memory, 0);

        Scratch() {
            SocketCalls.putLong(address + MSG_NAME, address + SENDER);
            SocketCalls.putLong(address + MSG_IOV, address + IOV);
            SocketCalls.putLong(address + MSG_IOVLEN, 1);
            SocketCalls.putLong(address + MSG_CONTROL, 0);
            SocketCalls.putLong(address + MSG_CONTROLLEN, 0);
        }
    }

    private Scratch claimScratch() {
        Scratch s = idleScratch.getAndSet(null);
        return s != null ? s : new Scratch();
    }

    private void returnScratch(Scratch s) {
        if (s == ownScratch) {
            idleScratch.set(s);
        } else {
            s.memory.release();
        }
    }

    /**
     * Opens a netlink socket in the calling thread's network namespace.
     *
     * @param protocol e.g. {@link #NETLINK_ROUTE}
     * @return the socket, bound, connected to the kernel, with {@code SOCK_CLOEXEC}
     * @throws NetlinkException if the kernel refuses
     */
    public static NetlinkSocket open(int protocol) {
        int fd = SocketCalls.socket(Native.AF_NETLINK, Native.SOCK_RAW | Native.SOCK_CLOEXEC, protocol);
        if (fd < 0) {
            throw NetlinkException.of(SocketCalls.errno(), "socket", "AF_NETLINK", null, null);
        }
        // struct sockaddr_nl (12 bytes: a host-order u16 family, nl_pid, nl_groups) and, after
        // it, a socklen_t for getsockname.
        long addr = SocketCalls.allocate(16);
        try {
            SocketCalls.putShort(addr, (short) Native.AF_NETLINK);
            if (SocketCalls.bind(fd, addr, 12) < 0) {
                throw NetlinkException.of(SocketCalls.errno(), "bind", "AF_NETLINK", null, null);
            }
            // The same address, nl_pid 0: the kernel. Unprivileged, as no group is named.
            if (SocketCalls.connect(fd, addr, 12) < 0) {
                throw NetlinkException.of(SocketCalls.errno(), "connect", "AF_NETLINK to the kernel",
                        null, null);
            }
            SocketCalls.putInt(addr + 12, 12);
            if (SocketCalls.getsockname(fd, addr, addr + 12) < 0) {
                throw NetlinkException.of(SocketCalls.errno(), "getsockname", "AF_NETLINK", null, null);
            }
            return new NetlinkSocket(fd, protocol, SocketCalls.getInt(addr + 4));
        } catch (RuntimeException e) {
            SocketCalls.close(fd);
            throw e;
        } finally {
            SocketCalls.free(addr);
        }
    }

    /** @return the file descriptor (for diagnostics and NIO registration) */
    @Override
    public int fd() {
        return fd;
    }

    /** @return the port id the kernel assigned ({@code nl_pid} of this socket) */
    public int portId() {
        return portId;
    }

    /** @return the netlink protocol, e.g. {@link #NETLINK_ROUTE} */
    public int protocol() {
        return protocol;
    }

    /** @return true once {@link #close()} was called */
    public boolean isClosed() {
        return (state.get() & CLOSED_BIT) != 0;
    }

    private void acquire() {
        while (true) {
            int s = state.get();
            if ((s & CLOSED_BIT) != 0) {
                throw new IllegalStateException("netlink socket (fd " + fd + ") is closed");
            }
            if (state.compareAndSet(s, s + 1)) {
                return;
            }
        }
    }

    private void release() {
        if (state.decrementAndGet() == CLOSED_BIT) {
            destroy();
        }
    }

    /**
     * Sets an integer socket option.
     *
     * @param level e.g. {@code SOL_NETLINK} (270)
     * @param name the option
     * @param value its value
     * @throws NetlinkException naming the option
     */
    public void setOption(int level, int name, int value) {
        acquire();
        try {
            long v = SocketCalls.allocate(4);
            try {
                SocketCalls.putInt(v, value);
                if (SocketCalls.setsockopt(fd, level, name, v, 4) < 0) {
                    throw NetlinkException.of(SocketCalls.errno(), "setsockopt",
                            optionName(level, name), null, null);
                }
            } finally {
                SocketCalls.free(v);
            }
        } finally {
            release();
        }
    }

    /**
     * Reads an integer socket option.
     *
     * @param level the level
     * @param name the option
     * @return its value
     */
    public int getOption(int level, int name) {
        acquire();
        try {
            long v = SocketCalls.allocate(8); // the value, then its length
            try {
                SocketCalls.putInt(v + 4, 4);
                if (SocketCalls.getsockopt(fd, level, name, v, v + 4) < 0) {
                    throw NetlinkException.of(SocketCalls.errno(), "getsockopt",
                            optionName(level, name), null, null);
                }
                return SocketCalls.getInt(v);
            } finally {
                SocketCalls.free(v);
            }
        } finally {
            release();
        }
    }

    private static String optionName(int level, int name) {
        if (level == Native.SOL_NETLINK) {
            return switch (name) {
                case NETLINK_ADD_MEMBERSHIP -> "NETLINK_ADD_MEMBERSHIP";
                case NETLINK_DROP_MEMBERSHIP -> "NETLINK_DROP_MEMBERSHIP";
                case NETLINK_NO_ENOBUFS -> "NETLINK_NO_ENOBUFS";
                case NETLINK_LISTEN_ALL_NSID -> "NETLINK_LISTEN_ALL_NSID";
                case NETLINK_CAP_ACK -> "NETLINK_CAP_ACK";
                case NETLINK_EXT_ACK -> "NETLINK_EXT_ACK";
                case NETLINK_GET_STRICT_CHK -> "NETLINK_GET_STRICT_CHK";
                default -> "SOL_NETLINK/" + name;
            };
        }
        return "level " + level + " option " + name;
    }

    /**
     * Sets a netlink-level boolean option ({@code SOL_NETLINK}).
     *
     * @param name e.g. {@link #NETLINK_EXT_ACK}
     * @param on the value
     */
    public void setNetlinkOption(int name, boolean on) {
        setOption(Native.SOL_NETLINK, name, on ? 1 : 0);
    }

    /**
     * Sets the receive buffer size: with {@code SO_RCVBUFFORCE} when the process may
     * (CAP_NET_ADMIN), so the size is not capped by {@code net.core.rmem_max}; else with
     * {@code SO_RCVBUF}.
     *
     * @param bytes the requested size (the kernel doubles it for bookkeeping)
     */
    public void setReceiveBufferSize(int bytes) {
        try {
            setOption(Native.SOL_SOCKET, Native.SO_RCVBUFFORCE, bytes);
        } catch (PermissionDeniedException e) {
            setOption(Native.SOL_SOCKET, Native.SO_RCVBUF, bytes);
        }
    }

    /** @return the receive buffer size as the kernel reports it ({@code SO_RCVBUF}) */
    public int receiveBufferSize() {
        return getOption(Native.SOL_SOCKET, Native.SO_RCVBUF);
    }

    /**
     * Sets the send buffer size ({@code SO_SNDBUFFORCE}, else {@code SO_SNDBUF}).
     *
     * @param bytes the requested size
     */
    public void setSendBufferSize(int bytes) {
        try {
            setOption(Native.SOL_SOCKET, Native.SO_SNDBUFFORCE, bytes);
        } catch (PermissionDeniedException e) {
            setOption(Native.SOL_SOCKET, Native.SO_SNDBUF, bytes);
        }
    }

    /**
     * Bounds how long a blocking receive waits ({@code SO_RCVTIMEO}): after that long with
     * nothing to receive, {@link #receive} returns {@link Receipt#NOTHING} and
     * {@link #peekSize} -1.
     *
     * @param timeout the longest wait; {@link Duration#ZERO} waits for ever
     */
    public void setReceiveTimeout(Duration timeout) {
        long micros = TimeUnit.NANOSECONDS.toMicros(timeout.toNanos());
        if (micros < 0) {
            throw new IllegalArgumentException("negative receive timeout: " + timeout);
        }
        acquire();
        try {
            long timeval = SocketCalls.allocate(16);
            try {
                SocketCalls.putLong(timeval, micros / 1_000_000);
                SocketCalls.putLong(timeval + 8, micros % 1_000_000);
                if (SocketCalls.setsockopt(fd, Native.SOL_SOCKET, Native.SO_RCVTIMEO, timeval, 16) < 0) {
                    throw NetlinkException.of(SocketCalls.errno(), "setsockopt", "SO_RCVTIMEO", null, null);
                }
            } finally {
                SocketCalls.free(timeval);
            }
        } finally {
            release();
        }
    }

    /**
     * Subscribes to a multicast group ({@code NETLINK_ADD_MEMBERSHIP}).
     *
     * @param group the group number, e.g. {@code RTNLGRP_LINK} (1)
     */
    public void joinGroup(int group) {
        setOption(Native.SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, group);
    }

    /**
     * Unsubscribes from a multicast group.
     *
     * @param group the group number
     */
    public void leaveGroup(int group) {
        setOption(Native.SOL_NETLINK, NETLINK_DROP_MEMBERSHIP, group);
    }

    /**
     * Sends the readable bytes of {@code buf} to the kernel as one datagram. The buffer's
     * reader index is not moved.
     *
     * @param buf one or more netlink messages, in direct memory
     * @throws NetlinkException if the kernel refuses (ENOBUFS, EPERM, ...)
     */
    @Override
    public void send(ByteBuf buf) {
        acquire();
        try {
            long address = NativeMemory.address(buf, buf.readerIndex());
            long n;
            do {
                n = SocketCalls.send(fd, address, buf.readableBytes(), 0);
            } while (n < 0 && SocketCalls.errno().number() == Errno.EINTR.number());
            if (n < 0) {
                throw NetlinkException.of(SocketCalls.errno(), "sendmsg", "netlink fd " + fd, null, null);
            }
        } finally {
            release();
        }
    }

    /**
     * Waits for a datagram and returns its size without taking it ({@code MSG_PEEK|MSG_TRUNC}).
     *
     * @param dontWait true to return -1 at once if nothing is queued
     * @return the size of the next datagram, or -1 if {@code dontWait} and none is queued, or
     *     if the receive timeout passed
     * @throws NetlinkException for ENOBUFS (a listener lost messages) and other errors
     */
    public int peekSize(boolean dontWait) {
        acquire();
        try {
            long r = recv(0, 0, Native.MSG_PEEK | Native.MSG_TRUNC
                    | (dontWait ? Native.MSG_DONTWAIT : 0));
            return r == Receipt.NOTHING ? -1 : Receipt.size(r);
        } finally {
            release();
        }
    }

    /**
     * Receives one datagram ({@code MSG_TRUNC}) into the writable bytes of {@code buf} and
     * advances its writer index by the bytes stored. A datagram larger than the room there is
     * is cut: its tail is lost, and the receipt's size, the datagram's full size, says so.
     *
     * @param buf direct memory
     * @param dontWait true to return {@link Receipt#NOTHING} at once if nothing is queued
     * @return the datagram's full size and its sender ({@link Receipt}), or
     *     {@link Receipt#NOTHING} if {@code dontWait} and none was queued, or if the receive
     *     timeout ({@link #setReceiveTimeout}) passed
     * @throws NetlinkException for ENOBUFS (messages for this socket were dropped) and other
     *     errors
     */
    public long receive(ByteBuf buf, boolean dontWait) {
        int room = buf.writableBytes();
        long r = receiveAt(buf, buf.writerIndex(), room, dontWait);
        if (r != Receipt.NOTHING) {
            buf.writerIndex(buf.writerIndex() + Math.min(Receipt.size(r), room));
        }
        return r;
    }

    private long receiveAt(ByteBuf buf, int index, int room, boolean dontWait) {
        acquire();
        try {
            long address = NativeMemory.address(buf, index);
            return recv(address, room, Native.MSG_TRUNC | (dontWait ? Native.MSG_DONTWAIT : 0));
        } finally {
            release();
        }
    }

    /**
     * Receives the datagrams that are queued, up to {@code receipts.length} of them, with one
     * {@code recvmmsg} ({@code MSG_WAITFORONE|MSG_TRUNC}: it waits for the first only):
     * datagram {@code i} goes into the {@code slot} bytes at {@code buf.writerIndex() + i *
     * slot}, cut to that room. The writer index is not moved. For many small datagrams (the
     * acknowledgements of a batch) this saves a system call per datagram.
     *
     * @param buf direct memory with room for {@code receipts.length} slots
     * @param slot bytes per datagram
     * @param receipts receives each datagram's full size and sender ({@link Receipt})
     * @param dontWait true to return 0 at once if nothing is queued
     * @return how many datagrams were received: 0 if none was queued ({@code dontWait}) or the
     *     receive timeout passed
     * @throws NetlinkException for ENOBUFS and other errors (an error after some datagrams is
     *     reported by the next receive)
     */
    @Override
    public int receiveMany(ByteBuf buf, int slot, long[] receipts, boolean dontWait) {
        int vlen = receipts.length;
        if (vlen < 1 || (long) vlen * slot > buf.writableBytes()) {
            throw new IllegalArgumentException(vlen + " slots of " + slot + " bytes do not fit the "
                    + buf.writableBytes() + " writable bytes");
        }
        if (vlen == 1) { // recvmsg with the socket's own scratch: no set-up per call
            long r = receiveAt(buf, buf.writerIndex(), slot, dontWait);
            receipts[0] = r;
            return r == Receipt.NOTHING ? 0 : 1;
        }
        acquire();
        // struct mmsghdr (a msghdr and msg_len, 64 bytes) per datagram, then their iovecs,
        // then their senders' struct sockaddr_nl.
        ByteBuf scratch = PooledByteBufAllocator.DEFAULT.directBuffer(vlen * 96);
        try {
            long base = NativeMemory.address(scratch, 0);
            long data = NativeMemory.address(buf, buf.writerIndex());
            long iovs = base + vlen * 64L;
            long names = base + vlen * 80L;
            for (int i = 0; i < vlen; i++) {
                long m = base + i * 64L;
                SocketCalls.putLong(m + Scratch.MSG_NAME, names + i * 16L);
                SocketCalls.putInt(m + Scratch.MSG_NAMELEN, 12);
                SocketCalls.putLong(m + Scratch.MSG_IOV, iovs + i * 16L);
                SocketCalls.putLong(m + Scratch.MSG_IOVLEN, 1);
                SocketCalls.putLong(m + Scratch.MSG_CONTROL, 0);
                SocketCalls.putLong(m + Scratch.MSG_CONTROLLEN, 0);
                SocketCalls.putInt(m + Scratch.MSG_FLAGS, 0);
                SocketCalls.putLong(iovs + i * 16L, data + (long) i * slot);
                SocketCalls.putLong(iovs + i * 16L + 8, slot);
            }
            int flags = Native.MSG_WAITFORONE | Native.MSG_TRUNC | (dontWait ? Native.MSG_DONTWAIT : 0);
            while (true) {
                int n = SocketCalls.recvmmsg(fd, base, vlen, flags);
                if (n >= 0) {
                    for (int i = 0; i < n; i++) {
                        receipts[i] = Receipt.of(SocketCalls.getInt(base + i * 64L + 56),
                                SocketCalls.getInt(names + i * 16L + 4));
                    }
                    return n;
                }
                Errno e = SocketCalls.errno();
                if (e.number() == Errno.EINTR.number()) {
                    continue;
                }
                if (e.number() == Errno.EAGAIN.number()) {
                    return 0;
                }
                throw NetlinkException.of(e, "recvmmsg", "netlink fd " + fd, null, null);
            }
        } finally {
            scratch.release();
            release();
        }
    }

    private long recv(long address, long len, int flags) {
        Scratch s = claimScratch();
        try {
            long m = s.address;
            SocketCalls.putLong(m + Scratch.IOV, address);
            SocketCalls.putLong(m + Scratch.IOV_LEN, len);
            while (true) {
                SocketCalls.putInt(m + Scratch.MSG_NAMELEN, 12);
                SocketCalls.putInt(m + Scratch.MSG_FLAGS, 0);
                long n = SocketCalls.recvmsg(fd, m, flags);
                if (n >= 0) {
                    return Receipt.of((int) n, SocketCalls.getInt(m + Scratch.SENDER + 4));
                }
                Errno e = SocketCalls.errno();
                if (e.number() == Errno.EINTR.number()) {
                    continue;
                }
                if (e.number() == Errno.EAGAIN.number()) {
                    return Receipt.NOTHING; // MSG_DONTWAIT, or SO_RCVTIMEO passed
                }
                throw NetlinkException.of(e, "recvmsg", "netlink fd " + fd, null, null);
            }
        } finally {
            returnScratch(s);
        }
    }

    /**
     * Waits until a datagram can be read, the timeout passes, or the socket is closed.
     *
     * @param timeoutMillis how long to wait; negative waits for ever
     * @return true if readable, false on timeout or close
     */
    @Override
    public boolean awaitReadable(int timeoutMillis) {
        acquire();
        try {
            int wake = wakeFd();
            byte[] fds = new byte[16];
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(fds).order(ByteOrder.nativeOrder());
            b.putInt(0, fd).putShort(4, (short) Native.POLLIN);
            b.putInt(8, wake).putShort(12, (short) Native.POLLIN);
            while (true) {
                if (isClosed()) {
                    return false;
                }
                int r = Native.LIBC.poll(fds, 2, timeoutMillis);
                if (r < 0) {
                    Errno e = Native.errno();
                    if (e.number() == Errno.EINTR.number()) {
                        continue;
                    }
                    throw NetlinkException.of(e, "poll", "netlink fd " + fd, null, null);
                }
                if (r == 0 || isClosed()) {
                    return false;
                }
                // POLLIN, or POLLERR for a pending error such as ENOBUFS: recv reports it.
                if (b.getShort(6) != 0) {
                    return true;
                }
            }
        } finally {
            release();
        }
    }

    private int wakeFd() {
        int w = wakeFd;
        if (w < 0) {
            synchronized (this) {
                w = wakeFd;
                if (w < 0) {
                    w = Native.LIBC.eventfd(0, Native.EFD_CLOEXEC | Native.EFD_NONBLOCK);
                    if (w < 0) {
                        throw NetlinkException.of(Native.errno(), "eventfd", null, null, null);
                    }
                    wakeFd = w;
                }
            }
        }
        return w;
    }

    /**
     * Closes the socket. Idempotent; safe from any thread. A thread waiting in
     * {@link #awaitReadable} returns false; the fd itself is closed when the last call in
     * progress returns.
     */
    @Override
    public void close() {
        while (true) {
            int s = state.get();
            if ((s & CLOSED_BIT) != 0) {
                return;
            }
            if (state.compareAndSet(s, s | CLOSED_BIT)) {
                break;
            }
        }
        int w = wakeFd;
        if (w >= 0) {
            Native.LIBC.write(w, new byte[] {1, 0, 0, 0, 0, 0, 0, 0}, 8);
        }
        release();
    }

    private void destroy() {
        SocketCalls.close(fd);
        ownScratch.memory.release();
        synchronized (this) {
            if (wakeFd >= 0) {
                SocketCalls.close(wakeFd);
                wakeFd = -1;
            }
        }
    }

    @Override
    public String toString() {
        return "NetlinkSocket[fd=" + fd + ", port=" + Integer.toUnsignedString(portId)
                + (isClosed() ? ", closed" : "") + "]";
    }
}

package dev.jnetlink.socket;

import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.internal.Native;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.function.Consumer;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.types.intptr_t;
import jnr.ffi.types.ssize_t;

/**
 * Another netlink socket that sends datagrams to a given port id: a local process forging
 * replies. Test-only: the library never addresses a datagram to anything but the kernel.
 * Uses {@code sendmsg(fd, msghdr*, flags)} so that every pointer is among the first four
 * arguments (jnr-ffi 2.2.19 passes a fifth or sixth pointer wrongly, see {@code dev.jnetlink.internal.ffi.LibC}).
 * One thread at a time sends through one instance (the native message block is reused).
 */
final class ForeignSender implements AutoCloseable {
    /** The extra calls. */
    public interface LibC {
        @SaveError
        @ssize_t long sendmsg(int fd, @intptr_t long msghdr, int flags);

        @SaveError
        int connect(int fd, @In byte[] addr, int addrlen);
    }

    private static final LibC LIBC = LibraryLoader.create(LibC.class)
            .option(LibraryOption.SaveError, true).load("c");
    private static final int DATA = 88;
    private static final int MAX_DATAGRAM = 64 * 1024;

    private final NetlinkSocket socket;
    // struct msghdr at 0 (56 bytes), struct iovec at 56, struct sockaddr_nl at 72, data at 88.
    private final Pointer mem = Memory.allocateDirect(Native.RUNTIME, DATA + MAX_DATAGRAM, true);
    private final long base = mem.address();

    /** @param socket an open netlink socket in the victim's namespace; closed with this */
    ForeignSender(NetlinkSocket socket) {
        this.socket = socket;
        mem.putLong(0, base + 72);
        mem.putInt(8, 12);
        mem.putLong(16, base + 56);
        mem.putLong(24, 1);
        mem.putLong(56, base + DATA);
        mem.putShort(72, (short) Native.AF_NETLINK);
    }

    /**
     * Undoes a socket's connection to the kernel ({@code connect} with {@code AF_UNSPEC}), as
     * a socket that never connected: it then takes unicast from any socket of its namespace
     * again, so that tests can reach the engine's second line of defence, the sender check.
     *
     * @param victim a socket {@link NetlinkSocket#open} connected to the kernel
     */
    static void disconnect(NetlinkSocket victim) {
        if (LIBC.connect(victim.fd(), new byte[16], 16) < 0) {
            throw NetlinkException.of(Native.errno(), "connect", "AF_UNSPEC", null, null);
        }
    }

    /** @return this sender's own port id */
    int port() {
        return socket.portId();
    }

    /**
     * @param messages writes netlink messages
     * @return their bytes, one datagram
     */
    static byte[] datagram(Consumer<MessageWriter> messages) {
        ByteBuf b = Unpooled.buffer();
        try {
            messages.accept(new MessageWriter(b));
            return ByteBufUtil.getBytes(b);
        } finally {
            b.release();
        }
    }

    /**
     * Sends one datagram to a port, waiting while the victim's queue is full.
     *
     * @param port the victim's {@code nl_pid}
     * @param messages writes the forged messages
     */
    void sendTo(int port, Consumer<MessageWriter> messages) {
        int errno = trySendTo(port, datagram(messages), false);
        if (errno != 0) {
            throw NetlinkException.of(Errno.of(errno), "sendmsg", "to port " + port, null, null);
        }
    }

    /**
     * Sends one datagram to a port.
     *
     * @param port the victim's {@code nl_pid}
     * @param datagram its bytes
     * @param dontWait fail with {@code EAGAIN} rather than wait while the victim's queue is full
     * @return 0 if sent, else the errno ({@code ECONNREFUSED}: the victim refuses us)
     */
    int trySendTo(int port, byte[] datagram, boolean dontWait) {
        mem.putInt(76, port);
        mem.put(DATA, datagram, 0, datagram.length);
        mem.putLong(64, datagram.length);
        if (LIBC.sendmsg(socket.fd(), base, dontWait ? Native.MSG_DONTWAIT : 0) < 0) {
            return Native.errno().number();
        }
        return 0;
    }

    @Override
    public void close() {
        socket.close();
    }
}

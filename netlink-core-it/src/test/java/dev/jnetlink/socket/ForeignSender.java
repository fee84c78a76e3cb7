package dev.jnetlink.socket;

import dev.jnetlink.codec.MessageWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.function.Consumer;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.types.intptr_t;
import jnr.ffi.types.ssize_t;

/**
 * Another netlink socket that sends datagrams to a given port id: a local process forging
 * replies. Test-only: the library never addresses a datagram to anything but the kernel.
 * Uses {@code sendmsg(fd, msghdr*, flags)} so that every pointer is among the first four
 * arguments (jnr-ffi 2.2.19 passes a fifth or sixth pointer wrongly, see {@code Native}).
 */
final class ForeignSender implements AutoCloseable {
    /** The one extra call. */
    public interface LibC {
        @SaveError
        @ssize_t long sendmsg(int fd, @intptr_t long msghdr, int flags);
    }

    private static final LibC LIBC = LibraryLoader.create(LibC.class)
            .option(LibraryOption.SaveError, true).load("c");

    private final NetlinkSocket socket;

    /** @param socket an open netlink socket in the victim's namespace; closed with this */
    ForeignSender(NetlinkSocket socket) {
        this.socket = socket;
    }

    /**
     * Sends one datagram to a port.
     *
     * @param port the victim's {@code nl_pid}
     * @param messages writes the forged messages
     */
    void sendTo(int port, Consumer<MessageWriter> messages) {
        ByteBuf b = Unpooled.buffer();
        byte[] datagram;
        try {
            messages.accept(new MessageWriter(b));
            datagram = ByteBufUtil.getBytes(b);
        } finally {
            b.release();
        }
        // struct msghdr at 0 (56 bytes), struct iovec at 56, struct sockaddr_nl at 72, data at 88.
        Pointer mem = Memory.allocateDirect(Native.RUNTIME, 88 + datagram.length, true);
        long base = mem.address();
        mem.putLong(0, base + 72);
        mem.putInt(8, 12);
        mem.putLong(16, base + 56);
        mem.putLong(24, 1);
        mem.putLong(56, base + 88);
        mem.putLong(64, datagram.length);
        mem.putShort(72, (short) Native.AF_NETLINK);
        mem.putInt(76, port);
        mem.put(88, datagram, 0, datagram.length);
        if (LIBC.sendmsg(socket.fd(), base, 0) < 0) {
            throw NetlinkException.of(Native.errno(), "sendmsg", "to port " + port, null, null);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}

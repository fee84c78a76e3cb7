package dev.jnetlink.socket;

import io.netty.buffer.ByteBuf;

/**
 * The datagram operations {@link RequestEngine} uses, and nothing else: {@link NetlinkSocket}
 * implements them with system calls. The seam exists so that unit tests can drive the engine
 * with scripted datagrams the real kernel cannot be made to send (duplicate
 * {@code NLMSG_DONE}, an error in the middle of a dump, a sequence number that wraps, a reply
 * that never comes); integration tests always use the real socket.
 */
interface Transport extends AutoCloseable {
    /**
     * Sends one datagram, the readable bytes of {@code buf}.
     *
     * @param buf the datagram
     */
    void send(ByteBuf buf);

    /**
     * Receives the datagrams that are queued, up to {@code receipts.length} of them, waiting
     * for the first only; datagram {@code i} goes into the {@code slot} bytes at
     * {@code buf.writerIndex() + i * slot}, cut to that room. The writer index is not moved.
     *
     * @param buf room for {@code receipts.length} slots after its writer index
     * @param slot bytes per datagram
     * @param receipts receives one {@link Receipt} per datagram
     * @param dontWait return 0 at once if none is queued
     * @return how many datagrams were received: 0 if none was queued ({@code dontWait}) or
     *     the receive timeout passed
     */
    int receiveMany(ByteBuf buf, int slot, long[] receipts, boolean dontWait);

    /**
     * Waits until a datagram (or an error) can be read.
     *
     * @param timeoutMillis how long to wait at most
     * @return true if readable, false on timeout
     */
    boolean awaitReadable(int timeoutMillis);

    /** @return the file descriptor, for error messages */
    int fd();

    @Override
    void close();
}

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
     * Receives one datagram into the writable bytes of {@code buf}, cut to the room there is,
     * and advances the writer index by the bytes stored.
     *
     * @param buf the buffer
     * @param dontWait return {@link Receipt#NOTHING} at once if none is queued
     * @return the datagram's full size and sender ({@link Receipt}), or {@link Receipt#NOTHING}
     *     if none was queued ({@code dontWait}) or the receive timeout passed
     */
    long receive(ByteBuf buf, boolean dontWait);

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

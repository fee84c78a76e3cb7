package dev.jnetlink.socket;

import io.netty.buffer.ByteBuf;

/**
 * The datagram operations {@link RequestEngine} uses, and nothing else: {@link NetlinkSocket}
 * implements them with system calls. The seam exists so that unit tests can drive the engine
 * with scripted datagrams the real kernel cannot be made to send (duplicate
 * {@code NLMSG_DONE}, an error in the middle of a dump, a sequence number that wraps);
 * integration tests always use the real socket.
 */
interface Transport extends AutoCloseable {
    /**
     * Sends one datagram, the readable bytes of {@code buf}.
     *
     * @param buf the datagram
     */
    void send(ByteBuf buf);

    /**
     * Waits for a datagram and returns its size without taking it.
     *
     * @param dontWait return -1 at once if none is queued
     * @return its size, or -1
     */
    int peekSize(boolean dontWait);

    /**
     * Receives one datagram that fits the writable bytes of {@code buf}.
     *
     * @param buf the buffer
     * @param dontWait return -1 at once if none is queued
     * @return the bytes received, or -1
     */
    int receive(ByteBuf buf, boolean dontWait);

    /**
     * Receives one datagram, cutting it to the room there is.
     *
     * @param buf the buffer
     * @return the datagram's full size
     */
    int receiveTruncating(ByteBuf buf);

    /** @return {@code nl_pid} of the last datagram's sender: 0 for the kernel */
    int lastSenderPort();

    /** @return the file descriptor, for error messages */
    int fd();

    @Override
    void close();
}

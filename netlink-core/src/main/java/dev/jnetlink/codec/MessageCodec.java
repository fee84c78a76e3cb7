package dev.jnetlink.codec;

import io.netty.buffer.ByteBuf;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A message family's codec: a fixed header ({@code ifinfomsg}, {@code rtmsg}, ...) followed by
 * an attribute set. The one place that checks the payload holds the header, reads it, and
 * positions the attributes after it; and writes the header then the attributes.
 *
 * @param <H> the fixed header record
 * @param <R> the decoded message record, whose first component is the header
 */
public final class MessageCodec<H, R extends Record> {
    /**
     * Reads a fixed header.
     *
     * @param <H> the header record
     */
    @FunctionalInterface
    public interface HeaderReader<H> {
        /**
         * @param buf the buffer
         * @param offset absolute index of the header
         * @return the header
         */
        H read(ByteBuf buf, int offset);
    }

    private final String headerName;
    private final int headerSize;
    private final HeaderReader<H> readHeader;
    private final BiConsumer<H, ByteBuf> writeHeader;
    private final Function<R, H> headerOf;
    private final AttributeSetCodec<R> attributes;
    private final Function<R, AttributeSetCodec<R>> encodeOrder;

    private MessageCodec(String headerName, int headerSize, HeaderReader<H> readHeader,
            BiConsumer<H, ByteBuf> writeHeader, Function<R, H> headerOf,
            AttributeSetCodec<R> attributes, Function<R, AttributeSetCodec<R>> encodeOrder) {
        this.headerName = headerName;
        this.headerSize = headerSize;
        this.readHeader = readHeader;
        this.writeHeader = writeHeader;
        this.headerOf = headerOf;
        this.attributes = attributes;
        this.encodeOrder = encodeOrder;
    }

    /**
     * @param headerName the header's C name, for errors (e.g. {@code "rtmsg"})
     * @param headerSize its size on the wire
     * @param readHeader reads it
     * @param writeHeader writes it
     * @param headerOf the record's header
     * @param attributes the attribute set after it
     * @param <H> the header record
     * @param <R> the message record
     * @return the codec
     */
    public static <H, R extends Record> MessageCodec<H, R> of(String headerName, int headerSize,
            HeaderReader<H> readHeader, BiConsumer<H, ByteBuf> writeHeader, Function<R, H> headerOf,
            AttributeSetCodec<R> attributes) {
        return new MessageCodec<>(headerName, headerSize, readHeader, writeHeader, headerOf,
                attributes, r -> attributes);
    }

    /**
     * @param order chooses the attribute order to encode a value in (the kernel orders IPv6
     *     routes and addresses differently from IPv4 ones)
     * @return a codec that encodes in the chosen order
     */
    public MessageCodec<H, R> encodingIn(Function<R, AttributeSetCodec<R>> order) {
        return new MessageCodec<>(headerName, headerSize, readHeader, writeHeader, headerOf,
                attributes, Objects.requireNonNull(order, "order"));
    }

    /** @return the attribute set's codec */
    public AttributeSetCodec<R> attributes() {
        return attributes;
    }

    /**
     * Decodes the message under the cursor.
     *
     * @param msg positioned on a message of this family
     * @return the record
     * @throws DecodeException if the message is malformed
     */
    public R decode(MessageCursor msg) {
        msg.requirePayload(headerSize, headerName);
        H header = readHeader.read(msg.buffer(), msg.payloadOffset());
        return attributes.decode(msg.attributes(headerSize, attributes.space()), header);
    }

    /**
     * Writes the payload: the fixed header, then the attributes.
     *
     * @param writer positioned after the netlink header
     * @param value the record
     */
    public void encode(MessageWriter writer, R value) {
        writeHeader.accept(headerOf.apply(value), writer.buffer());
        encodeOrder.apply(value).encode(writer, value);
    }
}

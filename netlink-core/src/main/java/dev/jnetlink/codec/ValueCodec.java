package dev.jnetlink.codec;

/**
 * Reads and writes one attribute's payload as a Java value. The codec for an attribute set
 * ({@link AttributeSetCodec}) is a table of these; {@link ValueCodecs} has the common ones
 * (integers, strings, addresses, nested sets) and structure-valued attributes implement it.
 *
 * @param <V> the Java type of the value
 */
public interface ValueCodec<V> {
    /**
     * @param cursor positioned on the attribute
     * @return the payload's value, never null
     * @throws DecodeException if the payload is malformed
     */
    V decode(AttributeCursor cursor);

    /**
     * Writes the whole attribute: header, payload, padding.
     *
     * @param writer the writer
     * @param type the attribute type, with any flag bits to send
     * @param value the value, not null
     */
    void encode(MessageWriter writer, int type, V value);

    /** @return the Java type of the values, checked against record components */
    Class<?> valueType();
}

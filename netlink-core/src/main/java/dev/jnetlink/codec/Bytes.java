package dev.jnetlink.codec;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string with value equality: the payload of an attribute the codec keeps
 * as bytes (unknown attributes, opaque kernel structures). Unlike {@code byte[]} it can sit
 * in a record and still compare by content.
 */
public final class Bytes {
    /** The empty byte string. */
    public static final Bytes EMPTY = new Bytes(new byte[0]);
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes copied
     * @return a byte string with the same content
     */
    public static Bytes of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /**
     * @param hex hex digits, two per byte, no separators
     * @return the bytes they spell
     * @throws IllegalArgumentException if {@code hex} is not hex
     */
    public static Bytes fromHex(String hex) {
        return wrap(HEX.parseHex(hex));
    }

    static Bytes wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes);
    }

    /**
     * @param buf source
     * @param index absolute index of the first byte
     * @param length number of bytes
     * @return a copy of {@code length} bytes at {@code index}
     */
    public static Bytes copyOf(ByteBuf buf, int index, int length) {
        if (length == 0) {
            return EMPTY;
        }
        byte[] b = new byte[length];
        buf.getBytes(index, b);
        return new Bytes(b);
    }

    /** @return the number of bytes */
    public int length() {
        return bytes.length;
    }

    /**
     * @param index 0-based
     * @return the byte at {@code index}, unsigned
     */
    public int get(int index) {
        return bytes[index] & 0xff;
    }

    /** @return a copy of the content */
    public byte[] toArray() {
        return bytes.clone();
    }

    /** @param buf receives the content at its writer index */
    public void writeTo(ByteBuf buf) {
        buf.writeBytes(bytes);
    }

    /** @return the content as lower-case hex digits, no separators */
    public String toHex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}

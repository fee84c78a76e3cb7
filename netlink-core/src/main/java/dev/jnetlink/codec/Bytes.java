package dev.jnetlink.codec;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string with value equality: the payload of an attribute the codec keeps
 * as bytes (unknown attributes, opaque kernel structures). Unlike {@code byte[]} it can sit
 * in a record and still compare by content.
 *
 * <p>The links of a dump carry much the same opaque payloads: {@code IFLA_AF_SPEC} is 812
 * bytes per link, and two veths' differ in one to fourteen of its 203 words. A decoding cursor
 * therefore keeps the last payload it copied of each attribute type and size; a payload equal
 * to it is that same object, and one that differs in a few 4-byte words is held as it plus
 * those words, patched in when read. Byte strings with the same content are equal however they
 * are held. Not for subclassing outside this package (it has no constructor to call).
 */
public class Bytes {
    /** The empty byte string. */
    public static final Bytes EMPTY = new Bytes(new byte[0]);
    private static final HexFormat HEX = HexFormat.of();
    /** Payloads shorter than this are shared when equal, never patched. */
    static final int DELTA_MIN = 64;
    static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

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

    /**
     * {@code content} held against {@code base}, a byte string of the same length kept by the
     * decoder: {@code base} itself if equal, else {@code base} with the words that differ, if
     * at most one word in eight does and the differences lie in whole words.
     *
     * @param content holds the payload
     * @param from where it starts
     * @param patches scratch for up to {@code length / 16} word/value pairs
     * @return the byte string, or null if {@code content} is not close enough to {@code base}
     */
    static Bytes against(Bytes base, byte[] content, int from, int length, int[] patches) {
        byte[] a = base.bytes;
        int at = Arrays.mismatch(a, 0, length, content, from, from + length);
        if (at < 0) {
            return base;
        }
        if (length < DELTA_MIN) {
            return null;
        }
        int max = length >>> 5;
        int k = 0;
        while (at >= 0) {
            int word = at >>> 2;
            int after = (word + 1) << 2;
            if (after > length || k == max) {
                return null; // a difference in the bytes after the last whole word, or too many
            }
            patches[2 * k] = word;
            patches[2 * k + 1] = (int) INT.get(content, from + (word << 2));
            k++;
            int m = Arrays.mismatch(a, after, length, content, from + after, from + length);
            at = m < 0 ? -1 : after + m;
        }
        return new Patched(a, Arrays.copyOf(patches, 2 * k));
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

    /**
     * @param index 0-based index of the first of four bytes
     * @param order the byte order to read them in ({@code ByteOrder.nativeOrder()} for the
     *     kernel's host-order structures)
     * @return the four bytes as an int
     */
    public int getInt(int index, ByteOrder order) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int b = get(order == ByteOrder.LITTLE_ENDIAN ? index + i : index + 3 - i);
            v |= b << (8 * i);
        }
        return v;
    }

    /**
     * @param index 0-based index of the first of eight bytes
     * @param order the byte order to read them in
     * @return the eight bytes as a long
     */
    public long getLong(int index, ByteOrder order) {
        long low = getInt(order == ByteOrder.LITTLE_ENDIAN ? index : index + 4, order);
        long high = getInt(order == ByteOrder.LITTLE_ENDIAN ? index + 4 : index, order);
        return (high << 32) | (low & 0xffffffffL);
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
        return HEX.formatHex(toArray());
    }

    /** @return the content, not copied when the representation allows: do not modify */
    byte[] content() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Bytes other && Arrays.equals(content(), other.content());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content());
    }

    @Override
    public String toString() {
        return toHex();
    }

    /**
     * A byte string held as another one's content with some 4-byte words replaced.
     */
    static final class Patched extends Bytes {
        /** Word index, then the word read little-endian; by ascending index. */
        private final int[] patches;

        private Patched(byte[] base, int[] patches) {
            super(base);
            this.patches = patches;
        }

        private byte[] base() {
            return super.content();
        }

        @Override
        public int get(int index) {
            byte[] base = base();
            if (index < 0 || index >= base.length) {
                throw new IndexOutOfBoundsException("index " + index + " of " + base.length
                        + " bytes");
            }
            int word = index >>> 2;
            int lo = 0;
            int hi = patches.length / 2 - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int w = patches[2 * mid];
                if (w == word) {
                    return (patches[2 * mid + 1] >>> (8 * (index & 3))) & 0xff;
                }
                if (w < word) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return base[index] & 0xff;
        }

        @Override
        public byte[] toArray() {
            byte[] out = base().clone();
            for (int i = 0; i < patches.length; i += 2) {
                INT.set(out, patches[i] << 2, patches[i + 1]);
            }
            return out;
        }

        @Override
        public void writeTo(ByteBuf buf) {
            int start = buf.writerIndex();
            buf.writeBytes(base());
            for (int i = 0; i < patches.length; i += 2) {
                buf.setIntLE(start + (patches[i] << 2), patches[i + 1]);
            }
        }

        @Override
        byte[] content() {
            return toArray();
        }
    }
}

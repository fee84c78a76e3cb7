package dev.jnetlink.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What one cursor tree keeps from message to message so that decoding allocates only the
 * values it returns: a byte array to read payloads into, and the last values of a few kinds
 * that repeat across the messages of a dump (so equal ones are one object, not one per link).
 * A long-lived cursor (the engine's, a subscription's) therefore gives every link of a dump the
 * same {@code Integer} for {@code mtu 1500}, the same {@code String} for {@code qdisc
 * noqueue}, and the same bytes for an {@code IFLA_AF_SPEC} but for the few words that differ
 * (see {@link Bytes}). Values are immutable, so sharing them is invisible to callers.
 *
 * <p>Not thread-safe: it belongs to one cursor tree, as the cursor belongs to one thread.
 */
final class DecodeScratch {
    private static final int INTS = 64;
    private static final int STRINGS = 16;
    private static final int PAYLOADS = 32;
    /** Payloads longer than this are not kept for the next message. */
    private static final int PAYLOAD_MAX = 4096;
    /** Strings longer than this are not shared (names of links are unique anyway). */
    private static final int SHARED_STRING_MAX = 32;

    private byte[] data = new byte[0];
    private final Integer[] ints = new Integer[INTS];
    private final String[] strings = new String[STRINGS];
    private final byte[][] stringBytes = new byte[STRINGS][];
    // The last payload of each attribute type and length, in one of two slots its key hashes to
    private final Bytes[] payloads = new Bytes[PAYLOADS];
    private final long[] payloadKeys = new long[PAYLOADS];
    private final int[] patches = new int[PAYLOAD_MAX / 16];

    /**
     * @param length bytes needed
     * @return the array the cursors read a message from, at least that long; its content is
     *     the caller's to replace
     */
    byte[] data(int length) {
        if (data.length < length) {
            data = new byte[Math.max(length, Math.max(1024, data.length * 2))];
        }
        return data;
    }


    /**
     * @param b holds the payload
     * @param from where it starts
     * @param length its length
     * @param type the attribute's type, with its flag bits
     * @return a copy of the payload, held against the last one of this type and length if
     *     that one is equal or close
     */
    Bytes payload(byte[] b, int from, int length, int type) {
        if (length == 0) {
            return Bytes.EMPTY;
        }
        long key = ((long) type << 32) | length;
        int h = (int) (key * 0x9E3779B97F4A7C15L >>> 40);
        int slot = h & (PAYLOADS - 1);
        if (payloadKeys[slot] != key) {
            int other = (h >>> 8) & (PAYLOADS - 1);
            if (payloadKeys[other] == key || payloadKeys[slot] != 0 && payloadKeys[other] == 0) {
                slot = other;
            }
        }
        if (payloadKeys[slot] == key) {
            Bytes near = Bytes.against(payloads[slot], b, from, length, patches);
            if (near != null) {
                return near;
            }
        }
        Bytes fresh = Bytes.wrap(Arrays.copyOfRange(b, from, from + length));
        if (length <= PAYLOAD_MAX) {
            payloads[slot] = fresh;
            payloadKeys[slot] = key;
        }
        return fresh;
    }

    /**
     * @param v a value
     * @return {@code Integer.valueOf(v)}, the same object as the last time this value was boxed
     *     here unless another value took its place since
     */
    Integer box(int v) {
        if (v >= -128 && v <= 127) {
            return v; // Integer.valueOf's own cache
        }
        int h = (v * 0x9E3779B9) >>> (32 - 6);
        Integer b = ints[h];
        if (b == null || b != v) {
            b = v;
            ints[h] = b;
        }
        return b;
    }

    /**
     * @param utf8 holds the string's bytes
     * @param from where they start
     * @param length how many
     * @return the string they spell, shared with the last equal one decoded here if it is
     *     still in the table
     */
    String string(byte[] utf8, int from, int length) {
        if (length > SHARED_STRING_MAX) {
            return new String(utf8, from, length, StandardCharsets.UTF_8);
        }
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + utf8[i];
        }
        int slot = (h ^ (h >>> 7)) & (STRINGS - 1);
        byte[] known = stringBytes[slot];
        if (known != null && Arrays.equals(known, 0, known.length, utf8, from, from + length)) {
            return strings[slot];
        }
        String s = new String(utf8, from, length, StandardCharsets.UTF_8);
        stringBytes[slot] = Arrays.copyOfRange(utf8, from, from + length);
        strings[slot] = s;
        return s;
    }
}

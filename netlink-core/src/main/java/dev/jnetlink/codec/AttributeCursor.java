package dev.jnetlink.codec;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A flyweight cursor over the attributes in a region of a buffer. {@link #next()} moves to the
 * next attribute and checks its header; the typed accessors read the current attribute's
 * payload. Nothing is allocated per attribute: {@link #enter()} hands out a child cursor that
 * is reused for every nested attribute at that depth.
 *
 * <p>{@link #reset} copies the region into an array the cursor keeps, and the cursor reads
 * from there: one copy of a link message costs less than the bounds and liveness checks of the
 * eighty reads from a netty buffer that decoding it takes. {@link #buffer()} and
 * {@link #valueIndex()} still name the buffer given and an index in it, for decoders of
 * structures.
 *
 * <p>Every malformation (a header cut short, a length past the end of the container, a
 * payload too short for its type, nesting deeper than {@value #MAX_DEPTH}) raises
 * {@link DecodeException} with the attribute path, the message type and the offset.
 *
 * <p>Not thread-safe; a cursor belongs to the decode that reset it.
 */
public final class AttributeCursor {
    /** Deepest nesting the decoder follows. */
    public static final int MAX_DEPTH = 16;
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.nativeOrder());
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.nativeOrder());
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.nativeOrder());
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.BIG_ENDIAN);

    private final AttributeCursor parent;
    private final int depth;
    private final DecodeScratch scratch;
    private AttributeCursor child;

    private ByteBuf buf;
    private byte[] data;
    /** Index in {@link #buf} of {@code data[0]}. */
    private int base;
    private int start;
    private int end;
    private int next;
    private int messageStart;
    private String messageName;
    private AttributeSpace space;

    private int attrStart = -1;
    private int rawType;
    private int valueStart;
    private int valueLength;

    // Where the attributes of the record being decoded from this cursor are, kept for the next
    private Walk walk;

    /** A root cursor; {@link #reset} it before use. */
    public AttributeCursor() {
        this(null, 0, new DecodeScratch());
    }

    private AttributeCursor(AttributeCursor parent, int depth, DecodeScratch scratch) {
        this.parent = parent;
        this.depth = depth;
        this.scratch = scratch;
    }

    /**
     * Points the cursor at the attributes in {@code [start, end)}.
     *
     * @param buf the buffer
     * @param start absolute index of the first attribute
     * @param end absolute index just past the last attribute
     * @param space names for error messages and nested spaces
     * @param messageStart absolute index of the enclosing message, for offsets in errors
     * @param messageName the message type's name, for errors (e.g. {@code RTM_NEWLINK})
     * @return this cursor
     */
    public AttributeCursor reset(ByteBuf buf, int start, int end, AttributeSpace space,
            int messageStart, String messageName) {
        int length = Math.max(0, end - start);
        byte[] copy = scratch.data(length);
        buf.getBytes(start, copy, 0, length);
        return reset(buf, copy, start, 0, length, space, messageStart - start, messageName);
    }

    private AttributeCursor reset(ByteBuf buf, byte[] data, int base, int start, int end,
            AttributeSpace space, int messageStart, String messageName) {
        this.buf = buf;
        this.data = data;
        this.base = base;
        this.start = start;
        this.next = start;
        this.end = end;
        this.space = space;
        this.messageStart = messageStart;
        this.messageName = messageName;
        this.attrStart = -1;
        return this;
    }

    /**
     * Moves to the next attribute.
     *
     * @return false when there are no more
     * @throws DecodeException if the next attribute's header is malformed
     */
    public boolean next() {
        int left = end - next;
        if (left <= 0) {
            attrStart = -1;
            return false;
        }
        // Header errors are reported against the container: the attribute itself is unreadable.
        attrStart = -1;
        if (left < Nla.HEADER_LENGTH) {
            throw errorAt(next, left + " trailing bytes are too short for an attribute header");
        }
        // struct nlattr { __u16 nla_len; __u16 nla_type; } in host order, read at once
        int header = (int) INT.get(data, next);
        int len = HostOrder.LITTLE_ENDIAN ? header & 0xffff : header >>> 16;
        int type = HostOrder.LITTLE_ENDIAN ? header >>> 16 : header & 0xffff;
        if (len < Nla.HEADER_LENGTH) {
            throw errorAt(next, "attribute " + space.name(type) + " has length " + len
                    + ", shorter than its 4-byte header");
        }
        if (len > left) {
            throw errorAt(next, "attribute " + space.name(type) + " length " + len
                    + " runs past the end of its container (" + left + " bytes left)");
        }
        attrStart = next;
        rawType = type;
        valueStart = next + Nla.HEADER_LENGTH;
        valueLength = len - Nla.HEADER_LENGTH;
        next = Math.min(end, next + Nla.align(len));
        return true;
    }

    /**
     * @return a mark of the current attribute, for {@link #rewind}: for attributes that can
     *     only be decoded once their siblings are known (the kind's data after the kind)
     */
    public int mark() {
        if (attrStart < 0) {
            throw new IllegalStateException("no current attribute to mark");
        }
        return attrStart;
    }

    /**
     * Moves back so that the next {@link #next()} reads the attribute at {@code mark} again.
     *
     * @param mark what {@link #mark()} returned for an attribute of this cursor's region
     */
    public void rewind(int mark) {
        if (mark < start || mark >= end) {
            throw new IllegalArgumentException("mark " + mark + " is outside this cursor's"
                    + " attributes [" + start + ", " + end + ")");
        }
        next = mark;
        attrStart = -1;
    }

    /** @return the current attribute's type without flag bits */
    public int type() {
        return rawType & Nla.TYPE_MASK;
    }

    /** @return the current attribute's type with its flag bits */
    public int rawType() {
        return rawType;
    }

    /** @return true if the current attribute has {@link Nla#F_NESTED} */
    public boolean isNestedFlag() {
        return (rawType & Nla.F_NESTED) != 0;
    }

    /** @return payload length of the current attribute */
    public int length() {
        return valueLength;
    }

    /** @return absolute index of the current attribute's payload in {@link #buffer()} */
    public int valueIndex() {
        return base + valueStart;
    }

    /** @return the buffer under the cursor */
    public ByteBuf buffer() {
        return buf;
    }

    /** @return the space naming this cursor's attributes */
    public AttributeSpace space() {
        return space;
    }

    /** @return the name of the current attribute */
    public String name() {
        return space.name(rawType);
    }

    private void need(int bytes, String what) {
        if (valueLength < bytes) {
            throw error(name() + " is " + valueLength + " bytes, too short for " + what
                    + " (" + bytes + " bytes)");
        }
    }

    /** @return the payload as an unsigned 8-bit value */
    public int u8() {
        need(1, "a u8");
        return data[valueStart] & 0xff;
    }

    /** @return the payload as an unsigned 16-bit value in host order */
    public int u16() {
        need(2, "a u16");
        return (short) SHORT.get(data, valueStart) & 0xffff;
    }

    /** @return the payload as an unsigned 16-bit value in network order */
    public int be16() {
        need(2, "a be16");
        return (short) SHORT_BE.get(data, valueStart) & 0xffff;
    }

    /** @return the payload as a 32-bit value in host order (unsigned where the kernel's is) */
    public int u32() {
        need(4, "a u32");
        return (int) INT.get(data, valueStart);
    }

    /** @return the payload as a 32-bit value in network order */
    public int be32() {
        need(4, "a be32");
        return (int) INT_BE.get(data, valueStart);
    }

    /** @return the payload as a 64-bit value in host order */
    public long u64() {
        need(8, "a u64");
        return (long) LONG.get(data, valueStart);
    }

    /** @return the payload as a 64-bit value in network order */
    public long be64() {
        need(8, "a be64");
        return (long) LONG_BE.get(data, valueStart);
    }

    /**
     * A variable-width unsigned integer ({@code NLA_UINT}): 4 or 8 bytes.
     *
     * @return the value
     */
    public long uint() {
        if (valueLength == 4) {
            return Integer.toUnsignedLong((int) INT.get(data, valueStart));
        }
        if (valueLength == 8) {
            return (long) LONG.get(data, valueStart);
        }
        throw error(name() + " is " + valueLength + " bytes; a variable-width uint is 4 or 8");
    }

    /**
     * A string: the payload up to its first NUL, or all of it if there is none (the kernel
     * NUL-terminates {@code NLA_NUL_STRING}s and some {@code NLA_STRING}s, not all).
     *
     * @return the string, decoded as UTF-8
     */
    public String string() {
        return new String(data, valueStart, stringLength(), StandardCharsets.UTF_8);
    }

    /**
     * {@link #string()} for strings from a small set that repeat from message to message
     * (qdisc names, link kinds): an equal string decoded by this cursor a moment ago is
     * returned again instead of a new one.
     *
     * @return the string, decoded as UTF-8
     */
    public String sharedString() {
        return scratch.string(data, valueStart, stringLength());
    }

    /** @return the length of the payload up to its first NUL */
    private int stringLength() {
        int n = 0;
        while (n < valueLength && data[valueStart + n] != 0) {
            n++;
        }
        return n;
    }

    /**
     * @param v a decoded value
     * @return it boxed, the same {@code Integer} as for an equal value a moment ago
     */
    Integer boxed(int v) {
        return scratch.box(v);
    }

    /** @return true if the payload ends with a NUL byte */
    public boolean stringHasNul() {
        return valueLength > 0 && data[valueStart + valueLength - 1] == 0;
    }

    /**
     * @return a copy of the payload; the same object as the last payload of this attribute
     *     type this cursor copied if equal, or that one with a few words patched (see
     *     {@link Bytes})
     */
    public Bytes bytes() {
        return scratch.payload(data, valueStart, valueLength, rawType);
    }

    /** @return a copy of the payload as a link-layer address */
    public MacAddress mac() {
        if (valueLength > MacAddress.MAX_LENGTH) {
            throw error(name() + " is " + valueLength + " bytes, longer than any hardware address");
        }
        if (valueLength == 6 && (int) INT.get(data, valueStart) == -1
                && (short) SHORT.get(data, valueStart + 4) == -1) {
            return MacAddress.BROADCAST; // every Ethernet link's IFLA_BROADCAST
        }
        return MacAddress.wrap(Arrays.copyOfRange(data, valueStart, valueStart + valueLength));
    }

    /** @return the payload as an IPv4 (4 bytes) or IPv6 (16 bytes) address */
    public InetAddress inet() {
        if (valueLength != 4 && valueLength != 16) {
            throw error(name() + " is " + valueLength + " bytes; an address is 4 or 16");
        }
        byte[] b = Arrays.copyOfRange(data, valueStart, valueStart + valueLength);
        try {
            // Inet6Address for every 16-byte value: InetAddress.getByAddress turns an
            // IPv4-mapped ::ffff:a.b.c.d into a 4-byte Inet4Address, which would re-encode
            // as a different attribute.
            return valueLength == 4 ? InetAddress.getByAddress(b)
                    : Inet6Address.getByAddress(null, b, -1);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** @return the current attribute as a kept-as-is {@link RawAttribute} */
    public RawAttribute raw() {
        return new RawAttribute(rawType, bytes());
    }

    /**
     * Enters the current attribute's payload as a list of attributes.
     *
     * @return a cursor over them, reused for every attribute entered at this depth
     * @throws DecodeException if nesting goes deeper than {@value #MAX_DEPTH}
     */
    public AttributeCursor enter() {
        return enter(space.child(rawType));
    }

    /**
     * Enters the current attribute's payload as attributes of a given space.
     *
     * @param childSpace names of the nested attributes; null for an unknown space
     * @return a cursor over them, reused for every attribute entered at this depth
     */
    public AttributeCursor enter(AttributeSpace childSpace) {
        if (depth + 1 >= MAX_DEPTH) {
            throw error("attributes nested deeper than " + MAX_DEPTH + " levels");
        }
        if (child == null) {
            child = new AttributeCursor(this, depth + 1, scratch);
        }
        AttributeSpace s = childSpace != null ? childSpace : unknownSpace(space.name(rawType));
        return child.reset(buf, data, base, valueStart, valueStart + valueLength, s, messageStart,
                messageName);
    }

    private static AttributeSpace unknownSpace(String parentName) {
        return AttributeSpace.unnamed(parentName);
    }

    /**
     * Enters the payload at an offset: for attributes that start with a fixed structure
     * followed by attributes (the veth peer's {@code ifinfomsg}).
     *
     * @param skip bytes of fixed structure to skip
     * @param childSpace names of the nested attributes
     * @return the child cursor
     */
    public AttributeCursor enterAfter(int skip, AttributeSpace childSpace) {
        need(skip, "its fixed header");
        AttributeCursor c = enter(childSpace);
        c.next = valueStart + skip;
        return c;
    }

    /**
     * Where a codec notes where the values of the record it decodes from this cursor went: the
     * cursor's own, kept for the next record, unless a decode from this cursor is already under
     * way (then a fresh one).
     *
     * @param codec the table decoding
     * @param width its number of values
     */
    Walk takeWalk(AttributeSetCodec<?> codec, int width) {
        Walk w = walk;
        if (w == null) {
            w = new Walk();
        } else {
            walk = null;
        }
        return w.reset(codec, width);
    }

    /** @param w what {@link #takeWalk} returned, to keep for the next record */
    void giveWalk(Walk w) {
        walk = w;
    }

    /**
     * Per component slot, the index of its value in the array the codec fills (-1: absent),
     * and how many values the last record decoded with the same table had. Only numbers and one
     * table, so that reusing it costs no write barrier for the values.
     */
    static final class Walk {
        private int[] index = new int[32];
        private AttributeSetCodec<?> codec;
        private int expected;

        Walk reset(AttributeSetCodec<?> table, int width) {
            if (index.length < width) {
                index = new int[width];
            }
            Arrays.fill(index, 0, width, -1);
            if (table != codec) {
                codec = table;
                expected = width;
            }
            return this;
        }

        /** @return per slot, the index of its value */
        int[] index() {
            return index;
        }

        /** @return how many values to make room for */
        int expected() {
            return expected;
        }

        /** @param values how many values this record had, for the next one */
        void expect(int values) {
            expected = values;
        }
    }

    /** @return the path of attributes to the current one, e.g. {@code IFLA_LINKINFO > IFLA_INFO_KIND} */
    public String path() {
        String here = attrStart >= 0 ? space.name(rawType) : null;
        String up = parent != null && parent.attrStart >= 0 ? parent.path() : null;
        if (up == null) {
            return here == null ? "" : here;
        }
        return here == null ? up : up + " > " + here;
    }

    /**
     * @param what what is wrong
     * @return a decode exception naming the current attribute, the message and the offset
     */
    public DecodeException error(String what) {
        return errorAt(attrStart >= 0 ? attrStart : next, what);
    }

    private DecodeException errorAt(int index, String what) {
        String where = path();
        StringBuilder sb = new StringBuilder("in ");
        if (!where.isEmpty()) {
            sb.append(where).append(" of ");
        }
        sb.append(messageName).append(" at offset ").append(index - messageStart).append(": ")
          .append(what);
        return new DecodeException(sb.toString());
    }
}

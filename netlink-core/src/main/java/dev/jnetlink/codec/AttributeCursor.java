package dev.jnetlink.codec;

import io.netty.buffer.ByteBuf;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * A flyweight cursor over the attributes in a region of a buffer. {@link #next()} moves to the
 * next attribute and checks its header; the typed accessors read the current attribute's
 * payload. Nothing is allocated per attribute: {@link #enter()} hands out a child cursor that
 * is reused for every nested attribute at that depth.
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

    private final AttributeCursor parent;
    private final int depth;
    private AttributeCursor child;

    private ByteBuf buf;
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

    /** A root cursor; {@link #reset} it before use. */
    public AttributeCursor() {
        this(null, 0);
    }

    private AttributeCursor(AttributeCursor parent, int depth) {
        this.parent = parent;
        this.depth = depth;
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
        this.buf = buf;
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
        int len = HostOrder.getU16(buf, next);
        int type = HostOrder.getU16(buf, next + 2);
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

    /** @return absolute index of the current attribute's payload */
    public int valueIndex() {
        return valueStart;
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
        return buf.getUnsignedByte(valueStart);
    }

    /** @return the payload as an unsigned 16-bit value in host order */
    public int u16() {
        need(2, "a u16");
        return HostOrder.getU16(buf, valueStart);
    }

    /** @return the payload as an unsigned 16-bit value in network order */
    public int be16() {
        need(2, "a be16");
        return buf.getUnsignedShort(valueStart);
    }

    /** @return the payload as a 32-bit value in host order (unsigned where the kernel's is) */
    public int u32() {
        need(4, "a u32");
        return HostOrder.getI32(buf, valueStart);
    }

    /** @return the payload as a 32-bit value in network order */
    public int be32() {
        need(4, "a be32");
        return buf.getInt(valueStart);
    }

    /** @return the payload as a 64-bit value in host order */
    public long u64() {
        need(8, "a u64");
        return HostOrder.getI64(buf, valueStart);
    }

    /** @return the payload as a 64-bit value in network order */
    public long be64() {
        need(8, "a be64");
        return buf.getLong(valueStart);
    }

    /**
     * A variable-width unsigned integer ({@code NLA_UINT}): 4 or 8 bytes.
     *
     * @return the value
     */
    public long uint() {
        if (valueLength == 4) {
            return Integer.toUnsignedLong(HostOrder.getI32(buf, valueStart));
        }
        if (valueLength == 8) {
            return HostOrder.getI64(buf, valueStart);
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
        int len = buf.indexOf(valueStart, valueStart + valueLength, (byte) 0);
        if (len < 0) {
            len = valueLength;
        } else {
            len -= valueStart;
        }
        return buf.toString(valueStart, len, StandardCharsets.UTF_8);
    }

    /** @return true if the payload ends with a NUL byte */
    public boolean stringHasNul() {
        return valueLength > 0 && buf.getByte(valueStart + valueLength - 1) == 0;
    }

    /** @return a copy of the payload */
    public Bytes bytes() {
        return Bytes.copyOf(buf, valueStart, valueLength);
    }

    /** @return a copy of the payload as a link-layer address */
    public MacAddress mac() {
        if (valueLength > MacAddress.MAX_LENGTH) {
            throw error(name() + " is " + valueLength + " bytes, longer than any hardware address");
        }
        byte[] b = new byte[valueLength];
        buf.getBytes(valueStart, b);
        return MacAddress.wrap(b);
    }

    /** @return the payload as an IPv4 (4 bytes) or IPv6 (16 bytes) address */
    public InetAddress inet() {
        if (valueLength != 4 && valueLength != 16) {
            throw error(name() + " is " + valueLength + " bytes; an address is 4 or 16");
        }
        byte[] b = new byte[valueLength];
        buf.getBytes(valueStart, b);
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
            child = new AttributeCursor(this, depth + 1);
        }
        AttributeSpace s = childSpace != null ? childSpace : unknownSpace(space.name(rawType));
        return child.reset(buf, valueStart, valueStart + valueLength, s, messageStart,
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

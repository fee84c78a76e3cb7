package dev.jnetlink.codec;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The common {@link ValueCodec}s: fixed-width integers, strings, bytes, addresses, flags, lists. */
public final class ValueCodecs {
    private ValueCodecs() {
    }

    private static <V> ValueCodec<V> of(Class<V> type, Function<AttributeCursor, V> decode,
            Writer<V> encode) {
        return new ValueCodec<>() {
            @Override
            public V decode(AttributeCursor cursor) {
                return decode.apply(cursor);
            }

            @Override
            public void encode(MessageWriter writer, int t, V value) {
                encode.write(writer, t, value);
            }

            @Override
            public Class<?> valueType() {
                return type;
            }
        };
    }

    @FunctionalInterface
    private interface Writer<V> {
        void write(MessageWriter w, int type, V value);
    }

    /** Unsigned 8 bits. */
    public static final ValueCodec<Integer> U8 = Scalar.U8.typed();
    /** Unsigned 16 bits, host order. */
    public static final ValueCodec<Integer> U16 = Scalar.U16.typed();
    /** Unsigned 16 bits, network order (ports, ethertypes). */
    public static final ValueCodec<Integer> BE16 = Scalar.BE16.typed();
    /** 32 bits, host order; signed or unsigned as the kernel defines it. */
    public static final ValueCodec<Integer> U32 = Scalar.U32.typed();
    /** 32 bits, network order. */
    public static final ValueCodec<Integer> BE32 = Scalar.BE32.typed();
    /** 64 bits, host order. */
    public static final ValueCodec<Long> U64 = Scalar.U64.typed();
    /** 64 bits, network order (nfnetlink handles and counters). */
    public static final ValueCodec<Long> BE64 = Scalar.BE64.typed();
    /** {@code NLA_UINT}: 4 or 8 bytes. */
    public static final ValueCodec<Long> UINT = Scalar.UINT.typed();
    /** A NUL-terminated string (read also when the NUL is missing). */
    public static final ValueCodec<String> STRING = Scalar.STRING.typed();
    /**
     * A NUL-terminated string from a small set that repeats from message to message (qdisc
     * names, kinds): a cursor returns one object for equal strings it decoded a moment ago.
     */
    public static final ValueCodec<String> SHARED_STRING = Scalar.SHARED_STRING.typed();
    /** A string sent without a NUL. */
    public static final ValueCodec<String> STRING_NO_NUL = Scalar.STRING_NO_NUL.typed();
    /** Opaque bytes. */
    public static final ValueCodec<Bytes> BYTES = Scalar.BYTES.typed();
    /** A link-layer address. */
    public static final ValueCodec<MacAddress> MAC = Scalar.MAC.typed();
    /** An IPv4 or IPv6 address. */
    public static final ValueCodec<InetAddress> INET = Scalar.INET.typed();
    /** A flag: present (true) or absent (the component is null). */
    public static final ValueCodec<Boolean> FLAG = Scalar.FLAG.typed();

    /**
     * A nested attribute set decoded into a record.
     *
     * @param codec the nested set's codec
     * @param <R> the record type
     * @return a codec for the nesting attribute
     */
    public static <R extends Record> ValueCodec<R> nested(AttributeSetCodec<R> codec) {
        return new ValueCodec<>() {
            @Override
            public R decode(AttributeCursor cursor) {
                return codec.decode(cursor.enter(codec.space()));
            }

            @Override
            public void encode(MessageWriter writer, int type, R value) {
                int m = writer.beginNested(type);
                codec.encode(writer, value);
                writer.endNested(m);
            }

            @Override
            public Class<?> valueType() {
                return codec.recordType();
            }
        };
    }

    /**
     * A nested attribute holding a list of attributes of one type (e.g. {@code IFLA_PROP_LIST}
     * of {@code IFLA_ALT_IFNAME}s). Attributes of other types inside it are an error.
     *
     * @param elementType the type of every element
     * @param element the element codec
     * @param <E> element type
     * @return a codec for the nesting attribute
     */
    public static <E> ValueCodec<List<E>> listOf(int elementType, ValueCodec<E> element) {
        return new ValueCodec<>() {
            @Override
            public List<E> decode(AttributeCursor cursor) {
                AttributeCursor c = cursor.enter();
                List<E> out = new ArrayList<>(4);
                while (c.next()) {
                    if (c.type() != (elementType & Nla.TYPE_MASK)) {
                        throw c.error("expected only " + c.space().name(elementType)
                                + " here, found " + c.name());
                    }
                    out.add(element.decode(c));
                }
                return List.copyOf(out);
            }

            @Override
            public void encode(MessageWriter writer, int type, List<E> value) {
                int m = writer.beginNested(type);
                for (E e : value) {
                    element.encode(writer, elementType, e);
                }
                writer.endNested(m);
            }

            @Override
            public Class<?> valueType() {
                return List.class;
            }
        };
    }

    /**
     * A fixed-size structure ({@code struct ifa_cacheinfo}, {@code struct rta_cacheinfo}, ...)
     * read and written by two functions; a payload shorter than the structure is a
     * {@link DecodeException} naming it, before {@code decode} runs.
     *
     * @param type the Java type
     * @param cName the structure's C name, for the error
     * @param size the structure's size in bytes
     * @param decode reads the payload at the cursor ({@code valueIndex()} on)
     * @param payload writes the payload (no header)
     * @param <V> the Java type
     * @return a codec that wraps {@code payload} in the attribute header
     */
    public static <V> ValueCodec<V> struct(Class<V> type, String cName, int size,
            Function<AttributeCursor, V> decode, BiConsumer<MessageWriter, V> payload) {
        return struct(type, c -> {
            if (c.length() < size) {
                throw c.error(c.name() + " is " + c.length() + " bytes, too short for " + cName
                        + " (" + size + " bytes)");
            }
            return decode.apply(c);
        }, payload);
    }

    /**
     * A structure-valued attribute read and written by two functions.
     *
     * @param type the Java type
     * @param decode reads the payload at the cursor
     * @param payload writes the payload (no header)
     * @param <V> the Java type
     * @return a codec that wraps {@code payload} in the attribute header
     */
    public static <V> ValueCodec<V> struct(Class<V> type, Function<AttributeCursor, V> decode,
            BiConsumer<MessageWriter, V> payload) {
        return of(type, decode, (w, t, v) -> {
            int m = w.beginAttribute(t);
            payload.accept(w, v);
            w.endAttribute(m);
        });
    }
}

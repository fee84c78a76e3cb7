package dev.jnetlink.codec;

import java.net.InetAddress;

/**
 * The built-in value codecs of {@link ValueCodecs} (integers, strings, bytes, addresses,
 * flags) as one class. {@link AttributeSetCodec} decodes an attribute of one of these by a
 * direct call and a switch: a table mixes dozens of codecs, and through the
 * {@link ValueCodec} interface every attribute of a link message cost a megamorphic call
 * (about a sixth of its decode time).
 */
enum Scalar implements ValueCodec<Object> {
    U8(Integer.class),
    U16(Integer.class),
    BE16(Integer.class),
    U32(Integer.class),
    BE32(Integer.class),
    U64(Long.class),
    BE64(Long.class),
    UINT(Long.class),
    STRING(String.class),
    STRING_NO_NUL(String.class),
    SHARED_STRING(String.class),
    BYTES(Bytes.class),
    MAC(MacAddress.class),
    INET(InetAddress.class),
    FLAG(Boolean.class);

    private final Class<?> valueType;
    /** True for the integers of 32 bits and less, which {@link #readInt} reads. */
    final boolean integer;

    Scalar(Class<?> valueType) {
        this.valueType = valueType;
        this.integer = ordinal() <= 4;
    }

    /**
     * Reads one of the integers of 32 bits and less, unboxed: a small method the JIT inlines
     * into the decoding loop, where {@link #decode} (every case, strings and addresses too) is
     * too big to be.
     */
    int readInt(AttributeCursor c) {
        return switch (this) {
            case U8 -> c.u8();
            case U16 -> c.u16();
            case BE16 -> c.be16();
            case U32 -> c.u32();
            case BE32 -> c.be32();
            default -> throw new IllegalStateException(this + " is not an integer of 32 bits or less");
        };
    }

    @Override
    public Object decode(AttributeCursor c) {
        return switch (this) {
            case U8, U16, BE16, U32, BE32 -> c.boxed(readInt(c));
            case U64 -> c.u64();
            case BE64 -> c.be64();
            case UINT -> c.uint();
            case STRING, STRING_NO_NUL -> c.string();
            case SHARED_STRING -> c.sharedString();
            case BYTES -> c.bytes();
            case MAC -> c.mac();
            case INET -> c.inet();
            case FLAG -> Boolean.TRUE;
        };
    }

    @Override
    public void encode(MessageWriter w, int type, Object v) {
        switch (this) {
            case U8 -> w.putU8(type, (Integer) v);
            case U16 -> w.putU16(type, (Integer) v);
            case BE16 -> w.putBe16(type, (Integer) v);
            case U32 -> w.putU32(type, (Integer) v);
            case BE32 -> w.putBe32(type, (Integer) v);
            case U64 -> w.putU64(type, (Long) v);
            case BE64 -> w.putBe64(type, (Long) v);
            case UINT -> w.putUint(type, (Long) v);
            case STRING, SHARED_STRING -> w.putString(type, (String) v);
            case STRING_NO_NUL -> w.putStringNoNul(type, (String) v);
            case BYTES -> w.putBytes(type, (Bytes) v);
            case MAC -> w.putMac(type, (MacAddress) v);
            case INET -> w.putInet(type, (InetAddress) v);
            case FLAG -> {
                if ((Boolean) v) {
                    w.putFlag(type);
                }
            }
        }
    }

    @Override
    public Class<?> valueType() {
        return valueType;
    }

    /** @param <V> the value type the constant decodes to */
    @SuppressWarnings("unchecked")
    <V> ValueCodec<V> typed() {
        return (ValueCodec<V>) (ValueCodec<?>) this;
    }
}

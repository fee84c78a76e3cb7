package dev.jnetlink.codec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Decodes an attribute set into a record and encodes the record back, from one table that
 * maps each attribute type to a record component. The table is declared in the order the
 * kernel emits the attributes, so a decoded kernel message re-encodes to the same bytes.
 *
 * <pre>{@code
 * static final AttributeSetCodec<VlanInfo> CODEC = AttributeSetCodec.builder(VlanInfo.class, IflaVlan.SPACE)
 *         .u16("id", IflaVlan.ID)
 *         .be16("protocol", IflaVlan.PROTOCOL)
 *         .unknown("unknown")
 *         .build();
 * }</pre>
 *
 * <p>Rules the builder checks when it is built, so a mistake fails the first test that
 * touches the class: the record's components are, in order, any leading components filled
 * by the caller ({@link Builder#leading}), one component per attribute, and a last
 * {@code List<RawAttribute>} that keeps the attributes the table does not know. Each name
 * given must be the component's name and its type must hold the attribute's value type
 * (attribute components are boxed, null when the attribute is absent).
 *
 * <p>Decoding allocates the record, its values and one slot array per call; iterating the
 * attributes allocates nothing. Instances are immutable and thread-safe.
 *
 * @param <R> the record type
 */
public final class AttributeSetCodec<R extends Record> {
    private final Class<R> recordType;
    private final AttributeSpace space;
    private final int leading;
    private final Entry[] byType;
    private final Entry[] inOrder;
    private final SlotConstructor direct; // null: only the handle can call the constructor
    private final MethodHandle constructor; // null when direct is not
    private final MethodHandle unknownGetter;

    private record Entry(int wireType, int slot, ValueCodec<Object> codec, MethodHandle getter) {
    }

    private AttributeSetCodec(Builder<R> b) {
        this.recordType = b.recordType;
        this.space = b.space;
        this.leading = b.leading.size();
        RecordComponent[] components = b.recordType.getRecordComponents();
        int expected = leading + b.entries.size() + 1;
        if (components.length != expected) {
            throw new IllegalStateException(b.recordType.getName() + " has " + components.length
                    + " components; its codec declares " + expected
                    + " (leading + attributes + unknown)");
        }
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        for (int i = 0; i < leading; i++) {
            requireName(components[i], b.leading.get(i));
        }
        int maxType = 0;
        this.inOrder = new Entry[b.entries.size()];
        for (int i = 0; i < inOrder.length; i++) {
            PendingEntry p = b.entries.get(i);
            RecordComponent rc = components[leading + i];
            requireName(rc, p.name);
            Class<?> boxed = boxed(rc.getType());
            if (!boxed.isAssignableFrom(p.codec.valueType())) {
                throw new IllegalStateException(b.recordType.getSimpleName() + "." + p.name
                        + " is " + rc.getType().getSimpleName() + " but attribute "
                        + space.name(p.type) + " decodes to " + p.codec.valueType().getSimpleName());
            }
            if (rc.getType().isPrimitive()) {
                throw new IllegalStateException(b.recordType.getSimpleName() + "." + p.name
                        + " must be boxed: it is null when the attribute is absent");
            }
            inOrder[i] = new Entry(p.type, leading + i, p.codec, accessor(lookup, rc));
            maxType = Math.max(maxType, p.type & Nla.TYPE_MASK);
        }
        RecordComponent last = components[components.length - 1];
        requireName(last, b.unknownName);
        if (last.getType() != List.class) {
            throw new IllegalStateException(b.recordType.getSimpleName() + "." + b.unknownName
                    + " must be a List<RawAttribute>");
        }
        this.unknownGetter = accessor(lookup, last);
        this.byType = new Entry[maxType + 1];
        for (Entry e : inOrder) {
            int t = e.wireType & Nla.TYPE_MASK;
            if (byType[t] != null) {
                throw new IllegalStateException(space.name(t) + " is declared twice in the codec of "
                        + b.recordType.getSimpleName());
            }
            byType[t] = e;
        }
        MethodHandle canonical;
        try {
            canonical = lookup.findConstructor(b.recordType, MethodType.methodType(void.class, types));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no public canonical constructor on "
                    + b.recordType.getName(), e);
        }
        this.direct = SlotConstructor.of(b.recordType, types);
        // The spreading handle only where the written-out call cannot be had: it is the slow
        // path, and spinning its lambda forms costs start-up time.
        this.constructor = direct != null ? null : canonical.asSpreader(Object[].class, types.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
    }

    private AttributeSetCodec(AttributeSetCodec<R> base, Entry[] inOrder) {
        this.recordType = base.recordType;
        this.space = base.space;
        this.leading = base.leading;
        this.byType = base.byType;
        this.inOrder = inOrder;
        this.constructor = base.constructor;
        this.direct = base.direct;
        this.unknownGetter = base.unknownGetter;
    }

    /**
     * The same table writing its attributes in another order. Some families emit one
     * attribute set in different orders (an IPv6 address puts {@code IFA_CACHEINFO} before
     * {@code IFA_FLAGS}, an IPv4 one after): decoding does not care, and encoding with the
     * family's order gives back the kernel's bytes.
     *
     * @param components every attribute component of the record, each once, in the order to
     *     write them
     * @return a codec that decodes as this one and encodes in that order
     * @throws IllegalArgumentException if a name is not an attribute component, is repeated
     *     or is missing
     */
    public AttributeSetCodec<R> withEncodeOrder(String... components) {
        RecordComponent[] rc = recordType.getRecordComponents();
        Entry[] order = new Entry[inOrder.length];
        boolean[] used = new boolean[inOrder.length];
        if (components.length != inOrder.length) {
            throw new IllegalArgumentException(recordType.getSimpleName() + " has " + inOrder.length
                    + " attribute components; the order names " + components.length);
        }
        for (int i = 0; i < components.length; i++) {
            int found = -1;
            for (int j = 0; j < inOrder.length; j++) {
                if (rc[inOrder[j].slot].getName().equals(components[i])) {
                    found = j;
                    break;
                }
            }
            if (found < 0 || used[found]) {
                throw new IllegalArgumentException("\"" + components[i] + "\" is " + (found < 0
                        ? "not an attribute component of " : "named twice in the order for ")
                        + recordType.getSimpleName());
            }
            used[found] = true;
            order[i] = inOrder[found];
        }
        return new AttributeSetCodec<>(this, order);
    }

    private void requireName(RecordComponent rc, String name) {
        if (!rc.getName().equals(name)) {
            throw new IllegalStateException("codec of " + recordType.getSimpleName()
                    + " declares \"" + name + "\" where the record has \"" + rc.getName() + "\"");
        }
    }

    private static MethodHandle accessor(MethodHandles.Lookup lookup, RecordComponent rc) {
        try {
            return lookup.unreflect(rc.getAccessor())
                    .asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("record component " + rc + " is not public", e);
        }
    }

    private static Class<?> boxed(Class<?> c) {
        return c == int.class ? Integer.class : c == long.class ? Long.class
                : c == boolean.class ? Boolean.class : c;
    }

    /**
     * Starts a codec for a record type.
     *
     * @param recordType the record, public with public components
     * @param space the attribute names
     * @param <R> the record type
     * @return a builder
     */
    public static <R extends Record> Builder<R> builder(Class<R> recordType, AttributeSpace space) {
        return new Builder<>(recordType, space);
    }

    /** @return the attribute names of this set */
    public AttributeSpace space() {
        return space;
    }

    /** @return the record type */
    public Class<R> recordType() {
        return recordType;
    }

    /**
     * Decodes every attribute under the cursor.
     *
     * @param cursor positioned before the first attribute of the set
     * @param leadingValues the values of the leading components, in order
     * @return the record
     * @throws DecodeException if an attribute is malformed
     */
    public R decode(AttributeCursor cursor, Object... leadingValues) {
        if (leadingValues.length != leading) {
            throw new IllegalArgumentException(recordType.getSimpleName() + " takes " + leading
                    + " leading values, got " + leadingValues.length);
        }
        Object[] slots = new Object[leading + inOrder.length + 1];
        System.arraycopy(leadingValues, 0, slots, 0, leading);
        List<RawAttribute> unknown = null;
        Entry[] table = byType;
        while (cursor.next()) {
            int t = cursor.type();
            Entry e = t < table.length ? table[t] : null;
            if (e == null) {
                if (unknown == null) {
                    unknown = new ArrayList<>(4);
                }
                unknown.add(cursor.raw());
            } else {
                ValueCodec<Object> c = e.codec;
                slots[e.slot] = c instanceof Scalar scalar ? scalar.decode(cursor) : c.decode(cursor);
            }
        }
        slots[slots.length - 1] = unknown == null ? List.of() : List.copyOf(unknown);
        return construct(slots);
    }

    @SuppressWarnings("unchecked")
    private R construct(Object[] slots) {
        if (direct != null) {
            return (R) direct.construct(slots);
        }
        try {
            return (R) (Object) constructor.invokeExact(slots);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Writes the attributes of {@code value}: the known ones in table order (absent ones
     * skipped), then the unknown ones as they came.
     *
     * @param writer the writer, positioned where the attributes go
     * @param value the record
     */
    public void encode(MessageWriter writer, R value) {
        Objects.requireNonNull(value, "value");
        try {
            for (Entry e : inOrder) {
                Object v = e.getter.invokeExact((Object) value);
                if (v != null) {
                    e.codec.encode(writer, e.wireType, v);
                }
            }
            Object unknown = unknownGetter.invokeExact((Object) value);
            if (unknown != null) {
                // By index: an iterator here was not always optimised away (32 bytes per link).
                List<?> raw = (List<?>) unknown;
                for (int i = 0; i < raw.size(); i++) {
                    writer.putRaw((RawAttribute) raw.get(i));
                }
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Compares two records attribute by attribute, leaving out some attributes (counters that
     * change all the time, say) and the leading components.
     *
     * @param a a record
     * @param b another
     * @param ignoredTypes attribute types not to compare
     * @return true if every other attribute, and the unknown ones, are equal
     */
    public boolean equalExcept(R a, R b, int... ignoredTypes) {
        try {
            outer:
            for (Entry e : inOrder) {
                for (int t : ignoredTypes) {
                    if ((e.wireType & Nla.TYPE_MASK) == t) {
                        continue outer;
                    }
                }
                if (!java.util.Objects.equals(e.getter.invokeExact((Object) a),
                        e.getter.invokeExact((Object) b))) {
                    return false;
                }
            }
            return java.util.Objects.equals(unknownGetter.invokeExact((Object) a),
                    unknownGetter.invokeExact((Object) b));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String toString() {
        return "AttributeSetCodec[" + recordType.getSimpleName() + ", " + space + "]";
    }

    private record PendingEntry(String name, int type, ValueCodec<Object> codec) {
    }

    /**
     * Declares the table, one call per record component in order.
     *
     * @param <R> the record type
     */
    public static final class Builder<R extends Record> {
        private final Class<R> recordType;
        private final AttributeSpace space;
        private final List<String> leading = new ArrayList<>();
        private final List<PendingEntry> entries = new ArrayList<>();
        private String unknownName;

        private Builder(Class<R> recordType, AttributeSpace space) {
            this.recordType = Objects.requireNonNull(recordType, "recordType");
            this.space = Objects.requireNonNull(space, "space");
        }

        /**
         * Leading components the caller fills (a fixed header), before any attribute.
         *
         * @param names component names, in order
         * @return this builder
         */
        public Builder<R> leading(String... names) {
            if (!entries.isEmpty()) {
                throw new IllegalStateException("leading components come first");
            }
            leading.addAll(Arrays.asList(names));
            return this;
        }

        /**
         * Maps an attribute to the next component.
         *
         * @param component the component's name
         * @param type the attribute type, with the flag bits to send
         * @param codec reads and writes the value
         * @param <V> the value type
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        public <V> Builder<R> attr(String component, int type, ValueCodec<V> codec) {
            entries.add(new PendingEntry(component, type, (ValueCodec<Object>) codec));
            return this;
        }

        /**
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> u8(String component, int type) {
            return attr(component, type, ValueCodecs.U8);
        }

        /**
         * Unsigned 16 bits in the space's value order (host order for rtnetlink, network order
         * for nfnetlink).
         *
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> u16(String component, int type) {
            return attr(component, type, bigEndian() ? ValueCodecs.BE16 : ValueCodecs.U16);
        }

        private boolean bigEndian() {
            return space.valueOrder() == java.nio.ByteOrder.BIG_ENDIAN;
        }

        /**
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> be16(String component, int type) {
            return attr(component, type, ValueCodecs.BE16);
        }

        /**
         * 32 bits in the space's value order.
         *
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> u32(String component, int type) {
            return attr(component, type, bigEndian() ? ValueCodecs.BE32 : ValueCodecs.U32);
        }

        /**
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> be32(String component, int type) {
            return attr(component, type, ValueCodecs.BE32);
        }

        /**
         * 64 bits in the space's value order.
         *
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> u64(String component, int type) {
            return attr(component, type, bigEndian() ? ValueCodecs.BE64 : ValueCodecs.U64);
        }

        /**
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> uint(String component, int type) {
            return attr(component, type, ValueCodecs.UINT);
        }

        /**
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> string(String component, int type) {
            return attr(component, type, ValueCodecs.STRING);
        }

        /**
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> bytes(String component, int type) {
            return attr(component, type, ValueCodecs.BYTES);
        }

        /**
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> mac(String component, int type) {
            return attr(component, type, ValueCodecs.MAC);
        }

        /**
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> inet(String component, int type) {
            return attr(component, type, ValueCodecs.INET);
        }

        /**
         * @param component component name
         * @param type attribute type
         * @return this builder
         */
        public Builder<R> flag(String component, int type) {
            return attr(component, type, ValueCodecs.FLAG);
        }

        /**
         * @param component component name
         * @param type attribute type, with {@link Nla#F_NESTED} if the kernel sends it so; the
         *     space must declare it holds the codec's space ({@link AttributeSpace#withChild})
         * @param codec the nested set's codec
         * @param <N> the nested record type
         * @return this builder
         */
        public <N extends Record> Builder<R> nested(String component, int type,
                AttributeSetCodec<N> codec) {
            // The nesting is the space's to declare (an extended ack inside it is named through
            // the space, before any codec has run); the table only checks they agree.
            if (space.child(type) != codec.space()) {
                throw new IllegalStateException(space.name(type) + " holds " + codec.space()
                        + " in the codec of " + recordType.getSimpleName() + ", but the "
                        + space + " space does not say so: declare it with withChild");
            }
            return attr(component, type, ValueCodecs.nested(codec));
        }

        /**
         * The last component: a {@code List<RawAttribute>} for attributes not in the table.
         *
         * @param component component name
         * @return the codec
         */
        public AttributeSetCodec<R> unknown(String component) {
            this.unknownName = component;
            return new AttributeSetCodec<>(this);
        }
    }
}

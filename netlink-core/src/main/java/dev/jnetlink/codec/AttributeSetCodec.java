package dev.jnetlink.codec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Decodes an attribute set into a record and encodes the record back, from one table that
 * maps each attribute type to a record component. The table is declared in the order the
 * kernel emits the attributes, so a decoded kernel message re-encodes to the same bytes; it
 * ends with the record's constructor, called with the decoded values in component order:
 *
 * <pre>{@code
 * // public record IpvlanInfo(Integer mode, Integer flags, List<RawAttribute> unknown)
 * static final AttributeSetCodec<IpvlanInfo> CODEC = AttributeSetCodec
 *         .builder(IpvlanInfo.class, IflaIpvlan.SPACE)
 *         .u16("mode", IflaIpvlan.MODE)
 *         .u16("flags", IflaIpvlan.FLAGS)
 *         .unknown("unknown")
 *         .build(v -> new IpvlanInfo(v.next(), v.next(), v.next()));
 * }</pre>
 *
 * <p>The constructor is plain code in the record's own class, so a record that lives in a
 * plug-in's class loader decodes like any other, with a {@code checkcast} per component and no
 * reflection.
 *
 * <p>Rules the builder checks when it is built, so a mistake fails the first test that
 * touches the class: the record's components are, in order, any leading components filled
 * by the caller ({@link Builder#leading}), one component per attribute, and a last
 * {@code List<RawAttribute>} that keeps the attributes the table does not know. Each name
 * given must be the component's name and its type must hold the attribute's value type
 * (attribute components are boxed, null when the attribute is absent). The constructor is
 * called once with a probe value per component and must take each value once, in order.
 *
 * <p>A record has at most {@value #MAX_COMPONENTS} components. Related attributes that the
 * kernel sends one after the other can be one component, a record of their own with a table of
 * its own ({@link #group}, {@link Builder#group}): {@code Link.offload()} holds the
 * {@code IFLA_GSO_*}, {@code IFLA_GRO_*} and {@code IFLA_TSO_*} limits.
 *
 * <p>Decoding allocates the record, its values, and an array of the values that came with a
 * {@link Values} around it; iterating the attributes allocates nothing. Instances are immutable
 * and thread-safe.
 *
 * @param <R> the record type
 */
public final class AttributeSetCodec<R extends Record> {
    /**
     * Most components a record may have. HotSpot's C2 compiler on JDK 17 does not compile a
     * call with more arguments: the record's constructor, and the code that calls it, would run
     * as C1 code, several times slower (a 65-component {@code Link} spent a fifth of its decode
     * time there).
     */
    public static final int MAX_COMPONENTS = 53;

    private final Class<R> recordType;
    private final AttributeSpace space;
    private final boolean grouped;
    private final int leading;
    private final int width;
    private final Entry[] byType;
    private final Entry[] inOrder;
    /** The group components. */
    private final Entry[] groups;
    private final Constructor<R> constructor;
    private final MethodHandle unknownGetter;

    /**
     * An attribute's value: its slot among the values, how it is read and written, and how it
     * is read back from the record. Or, with {@code group} set, a component that is a group of
     * attributes, whose members' slots start at {@code base}.
     */
    private record Entry(int wireType, int slot, ValueCodec<Object> codec, MethodHandle getter,
            AttributeSetCodec<?> group, int base) {
    }

    /**
     * Makes the record from its decoded values: {@code v -> new IpvlanInfo(v.next(), v.next(),
     * v.next())}, one {@link Values#next()} per component in order, leading components and the
     * unknown attributes included.
     *
     * @param <R> the record type
     */
    @FunctionalInterface
    public interface Constructor<R> {
        /**
         * @param values the decoded values, one per component
         * @return the record
         */
        R construct(Values values);
    }

    /**
     * The values of one decoded record, in component order, each read once by a
     * {@link Constructor}. Valid only during the constructor call.
     */
    public static final class Values {
        /** Per component slot, where its value is in {@link #values}, or -1 if absent. */
        private final int[] index;
        private final Object[] values;
        int next;

        Values(int[] index, Object[] values) {
            this.index = index;
            this.values = values;
        }

        /** @param given every component's value, in order */
        Values(Object[] given) {
            this(IntStream.range(0, given.length).toArray(), given);
        }

        /**
         * @param <T> the component's type (inferred from the constructor's parameter)
         * @return the next component's value: null for an absent attribute
         */
        @SuppressWarnings("unchecked")
        public <T> T next() {
            int i = index[next++];
            return i < 0 ? null : (T) values[i];
        }
    }

    private AttributeSetCodec(Builder<R> b, Constructor<R> constructor) {
        this.recordType = b.recordType;
        this.space = b.space;
        this.grouped = b.grouped;
        this.leading = b.leading.size();
        this.constructor = Objects.requireNonNull(constructor, "constructor");
        String name = b.recordType.getSimpleName();
        if (grouped != (b.unknownName == null)) {
            throw new IllegalStateException("codec of " + name + (grouped
                    ? " is a group: its parent keeps the unknown attributes"
                    : " declares no unknown(...) component before build"));
        }
        RecordComponent[] components = b.recordType.getRecordComponents();
        int expected = leading + b.entries.size() + (grouped ? 0 : 1);
        if (components.length != expected) {
            throw new IllegalStateException(b.recordType.getName() + " has " + components.length
                    + " components; its codec declares " + expected
                    + (grouped ? " (attributes)" : " (leading + attributes + unknown)"));
        }
        if (components.length > MAX_COMPONENTS) {
            throw new IllegalStateException(name + " has " + components.length
                    + " components, more than " + MAX_COMPONENTS + ", so C2 on JDK 17 cannot compile"
                    + " its constructor: make attributes the kernel sends together one component"
                    + " (Builder.group)");
        }
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (int i = 0; i < leading; i++) {
            requireName(components[i], b.leading.get(i));
        }
        int values = components.length;
        List<Entry> leaves = new ArrayList<>();
        this.inOrder = new Entry[b.entries.size()];
        for (int i = 0; i < inOrder.length; i++) {
            PendingEntry p = b.entries.get(i);
            RecordComponent rc = components[leading + i];
            requireName(rc, p.name);
            if (p.group != null) {
                if (rc.getType() != p.group.recordType) {
                    throw new IllegalStateException(name + "." + p.name + " is "
                            + rc.getType().getSimpleName() + " but its group decodes to "
                            + p.group.recordType.getSimpleName());
                }
                inOrder[i] = new Entry(-1, leading + i, null, accessor(lookup, rc), p.group,
                        values);
                for (Entry m : p.group.inOrder) {
                    leaves.add(new Entry(m.wireType, values + m.slot, m.codec, m.getter, null, 0));
                }
                values += p.group.width;
                continue;
            }
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
            inOrder[i] = new Entry(p.type, leading + i, p.codec, accessor(lookup, rc), null, 0);
            leaves.add(inOrder[i]);
        }
        this.width = values;
        this.groups = Arrays.stream(inOrder).filter(e -> e.group != null).toArray(Entry[]::new);
        if (grouped) {
            this.unknownGetter = null;
        } else {
            RecordComponent last = components[components.length - 1];
            requireName(last, b.unknownName);
            if (last.getType() != List.class) {
                throw new IllegalStateException(name + "." + b.unknownName
                        + " must be a List<RawAttribute>");
            }
            this.unknownGetter = accessor(lookup, last);
        }
        int maxType = 0;
        for (Entry e : leaves) {
            maxType = Math.max(maxType, e.wireType & Nla.TYPE_MASK);
        }
        this.byType = new Entry[maxType + 1];
        for (Entry e : leaves) {
            int t = e.wireType & Nla.TYPE_MASK;
            if (byType[t] != null) {
                throw new IllegalStateException(space.name(t) + " is declared twice in the codec of "
                        + name);
            }
            byType[t] = e;
        }
        ConstructorCheck.run(b.recordType, components, constructor);
    }

    private AttributeSetCodec(AttributeSetCodec<R> base, Entry[] inOrder) {
        this.recordType = base.recordType;
        this.space = base.space;
        this.grouped = base.grouped;
        this.leading = base.leading;
        this.width = base.width;
        this.byType = base.byType;
        this.inOrder = inOrder;
        this.groups = base.groups;
        this.constructor = base.constructor;
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
        if (components.length != inOrder.length) {
            throw new IllegalArgumentException(recordType.getSimpleName() + " has " + inOrder.length
                    + " attribute components; the order names " + components.length);
        }
        return reordered(components);
    }

    /**
     * The same table writing a request in the order its reference tool sends it: the named
     * components first, in the order given, then the others in this table's order. A kind's
     * spec builds the kind's record and encodes it through this view of the record's own
     * table, so the attributes are described once (in the table) and the request order is a
     * list of component names: {@code ip link add ... type vlan protocol 802.1ad id 20
     * ingress-qos-map 1:2 reorder_hdr off} sends {@code IFLA_VLAN_FLAGS} last, the kernel's
     * replies carry it third.
     *
     * <pre>{@code
     * static final AttributeSetCodec<VlanInfo> REQUEST = VlanInfo.CODEC
     *         .withRequestOrder("protocol", "id", "ingressQos", "egressQos", "flags");
     * }</pre>
     *
     * <p>Decoding is unchanged. Only present (non-null) components are written, so a request
     * record built with only the options set gives the tool's bytes.
     *
     * @param components attribute components of the record, each at most once, in the order
     *     the tool writes them
     * @return a codec that decodes as this one and encodes in that order
     * @throws IllegalArgumentException if a name is not an attribute component or is repeated
     */
    public AttributeSetCodec<R> withRequestOrder(String... components) {
        return reordered(components);
    }

    /** The named attribute components first, in that order, then the rest in table order. */
    private AttributeSetCodec<R> reordered(String[] components) {
        RecordComponent[] rc = recordType.getRecordComponents();
        Entry[] order = new Entry[inOrder.length];
        boolean[] used = new boolean[inOrder.length];
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
        int n = components.length;
        for (int j = 0; j < inOrder.length; j++) {
            if (!used[j]) {
                order[n++] = inOrder[j];
            }
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
        return new Builder<>(recordType, space, false);
    }

    /**
     * Starts the table of a group: a record whose components are attributes of its parent's
     * set that the kernel sends one after the other, each component one attribute, in that
     * order. The group has no unknown component (its parent keeps those) and is decoded and
     * encoded only as a component of its parent ({@link Builder#group}); it is null when none
     * of its attributes is present.
     *
     * @param recordType the group's record, public with public components
     * @param space the parent's attribute names
     * @param <R> the record type
     * @return a builder; end it with {@link Builder#build}
     */
    public static <R extends Record> Builder<R> group(Class<R> recordType, AttributeSpace space) {
        return new Builder<>(recordType, space, true);
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
     * Decodes every attribute under the cursor, for a record without leading components.
     *
     * @param cursor positioned before the first attribute of the set
     * @return the record
     * @throws DecodeException if an attribute is malformed
     */
    public R decode(AttributeCursor cursor) {
        requireLeading(0);
        return decodeAfter(cursor, null, null);
    }

    /**
     * Decodes every attribute under the cursor, for a record with one leading component (a
     * fixed header).
     *
     * @param cursor positioned before the first attribute of the set
     * @param leadingValue the value of the leading component
     * @return the record
     * @throws DecodeException if an attribute is malformed
     */
    public R decode(AttributeCursor cursor, Object leadingValue) {
        requireLeading(1);
        return decodeAfter(cursor, leadingValue, null);
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
        requireLeading(leadingValues.length);
        return decodeAfter(cursor, null, leadingValues);
    }

    private void requireLeading(int given) {
        if (grouped) {
            throw new IllegalStateException(recordType.getSimpleName()
                    + " is a group: decode its parent");
        }
        if (given != leading) {
            throw new IllegalArgumentException(recordType.getSimpleName() + " takes " + leading
                    + " leading values, got " + given);
        }
    }

    /**
     * Decodes the attributes in one pass into an array made for this record, noting per
     * component where its value went, then calls the constructor. The array is new (storing
     * new values into an array the cursor kept would cost the garbage collector's write barrier
     * on every store: 45 stores took 300 ns against 60) and holds only the values that came,
     * sized by the last record this cursor decoded with this table. The leading values are
     * {@code first} if there is one, else {@code all}.
     */
    private R decodeAfter(AttributeCursor cursor, Object first, Object[] all) {
        AttributeCursor.Walk walk = cursor.takeWalk(this, width);
        try {
            int[] index = walk.index();
            Object[] values = new Object[walk.expected()];
            int n = 0;
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
                    continue;
                }
                Object v = decode(e.codec, cursor);
                if (n == values.length) {
                    values = Arrays.copyOf(values, n + 8 + leading + 1 + groups.length);
                }
                index[e.slot] = n;
                values[n++] = v;
            }
            int needed = n + leading + 1 + groups.length;
            if (needed > values.length) {
                values = Arrays.copyOf(values, needed);
            }
            walk.expect(needed);
            for (int i = 0; i < leading; i++) {
                values[n] = all != null ? all[i] : first;
                index[i] = n++;
            }
            if (!grouped) {
                values[n] = unknown == null ? List.of() : List.copyOf(unknown);
                index[leading + inOrder.length] = n++;
            }
            Values v = new Values(index, values);
            for (Entry g : groups) {
                n = constructGroup(g, v, index, values, n);
            }
            v.next = 0;
            return constructor.construct(v);
        } finally {
            cursor.giveWalk(walk);
        }
    }

    private static Object decode(ValueCodec<Object> c, AttributeCursor cursor) {
        if (c instanceof Scalar scalar) {
            return scalar.integer ? cursor.boxed(scalar.readInt(cursor)) : scalar.decode(cursor);
        }
        return c.decode(cursor);
    }

    /** A group's record, at {@code values[n]}, if any of its attributes came (else it is null). */
    private static int constructGroup(Entry g, Values v, int[] index, Object[] values, int n) {
        int end = g.base + g.group.width;
        for (int i = g.base; i < end; i++) {
            if (index[i] >= 0) {
                v.next = g.base;
                values[n] = g.group.constructor.construct(v);
                index[g.slot] = n;
                return n + 1;
            }
        }
        return n;
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
        write(writer, value);
    }

    private void write(MessageWriter writer, Object value) {
        try {
            for (Entry e : inOrder) {
                Object v = e.getter.invokeExact(value);
                if (v == null) {
                    continue;
                }
                if (e.group != null) {
                    e.group.write(writer, v);
                } else {
                    e.codec.encode(writer, e.wireType, v);
                }
            }
            Object unknown = unknownGetter == null ? null : unknownGetter.invokeExact(value);
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
            return equalExcept(inOrder, a, b, ignoredTypes) && (unknownGetter == null
                    || Objects.equals(unknownGetter.invokeExact((Object) a),
                            unknownGetter.invokeExact((Object) b)));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Compares the entries of two records, either of which may be null (an absent group). */
    private static boolean equalExcept(Entry[] entries, Object a, Object b, int[] ignoredTypes)
            throws Throwable {
        outer:
        for (Entry e : entries) {
            Object va = a == null ? null : e.getter.invokeExact(a);
            Object vb = b == null ? null : e.getter.invokeExact(b);
            if (e.group != null) {
                if (va != vb && !equalExcept(e.group.inOrder, va, vb, ignoredTypes)) {
                    return false;
                }
                continue;
            }
            for (int t : ignoredTypes) {
                if ((e.wireType & Nla.TYPE_MASK) == t) {
                    continue outer;
                }
            }
            if (!Objects.equals(va, vb)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "AttributeSetCodec[" + recordType.getSimpleName() + ", " + space + "]";
    }

    private record PendingEntry(String name, int type, ValueCodec<Object> codec,
            AttributeSetCodec<?> group) {
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
        private final boolean grouped;
        private String unknownName;

        private Builder(Class<R> recordType, AttributeSpace space, boolean grouped) {
            this.recordType = Objects.requireNonNull(recordType, "recordType");
            this.space = Objects.requireNonNull(space, "space");
            this.grouped = grouped;
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
            entries.add(new PendingEntry(component, type, (ValueCodec<Object>) codec, null));
            return this;
        }

        /**
         * Maps a group of attributes, which the kernel sends one after the other here, to the
         * next component: a record with a table of its own ({@link AttributeSetCodec#group}).
         *
         * @param component the component's name
         * @param group the group's table, in this set's space
         * @param <G> the group's record
         * @return this builder
         */
        public <G extends Record> Builder<R> group(String component, AttributeSetCodec<G> group) {
            if (!group.grouped || group.space != space || grouped) {
                throw new IllegalStateException(group.recordType.getSimpleName() + " is not a "
                        + "group of " + space + (grouped ? " (groups do not nest)" : ""));
            }
            entries.add(new PendingEntry(component, -1, null, group));
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
        public Builder<R> sharedString(String component, int type) {
            return attr(component, type, ValueCodecs.SHARED_STRING);
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
         * @return this builder
         */
        public Builder<R> unknown(String component) {
            if (grouped) {
                throw new IllegalStateException("a group has no unknown component: its parent"
                        + " keeps the attributes no table knows");
            }
            this.unknownName = component;
            return this;
        }

        /**
         * Ends the table with the record's constructor and checks it against the record.
         *
         * @param constructor {@code v -> new R(v.next(), ...)}: one {@code v.next()} per
         *     component, in order
         * @return the codec
         * @throws IllegalStateException if the table or the constructor does not match the record
         */
        public AttributeSetCodec<R> build(Constructor<R> constructor) {
            return new AttributeSetCodec<>(this, constructor);
        }
    }
}

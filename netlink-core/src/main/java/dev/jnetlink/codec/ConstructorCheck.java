package dev.jnetlink.codec;

import dev.jnetlink.codec.AttributeSetCodec.Constructor;
import dev.jnetlink.codec.AttributeSetCodec.Values;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Checks, when a codec is built, that its {@link Constructor} takes every component's value
 * once and in order: it is called once with a distinct probe value per component (a number or
 * a string where the component's type allows one, else what decoding passes for an absent
 * attribute), and each probe must come back from its own component.
 */
final class ConstructorCheck {
    private static final int PROBE = 1_000_000;

    private ConstructorCheck() {
    }

    static <R> void run(Class<R> type, RecordComponent[] components, Constructor<R> constructor) {
        String name = type.getSimpleName();
        int n = components.length;
        Object[] given = new Object[n];
        Object[] probes = new Object[n];
        for (int i = 0; i < n; i++) {
            probes[i] = probe(components[i].getType(), i);
            given[i] = probes[i] != null ? probes[i] : absent(components[i].getType());
        }
        Values values = new Values(given);
        R made;
        try {
            made = constructor.construct(values);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("the constructor in the codec of " + name
                    + " reads more values than the record's " + n + " components", e);
        } catch (ClassCastException e) {
            throw new IllegalStateException("the constructor in the codec of " + name
                    + " passes a value to a component of another type: take one v.next() per"
                    + " component, in component order", e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the constructor in the codec of " + name
                    + " fails on probe values (null for every absent attribute): " + e, e);
        }
        if (values.next != n) {
            throw new IllegalStateException("the constructor in the codec of " + name + " reads "
                    + values.next + " values; the record has " + n + " components");
        }
        if (!type.isInstance(made)) {
            throw new IllegalStateException("the constructor in the codec of " + name
                    + " returned " + (made == null ? "null" : made.getClass().getName()));
        }
        for (int i = 0; i < n; i++) {
            if (probes[i] != null && !probes[i].equals(read(components[i], made))) {
                throw new IllegalStateException("the constructor in the codec of " + name
                        + " does not pass value " + i + " to component " + components[i].getName()
                        + ": take the values in component order");
            }
        }
    }

    private static Object probe(Class<?> c, int i) {
        if (c == Integer.class || c == int.class) {
            return PROBE + i;
        }
        if (c == Long.class || c == long.class) {
            return (long) PROBE + i;
        }
        if (c == String.class) {
            return "probe" + i;
        }
        return null;
    }

    private static Object absent(Class<?> c) {
        if (c == List.class) {
            return List.of();
        }
        if (!c.isPrimitive()) {
            return null;
        }
        if (c == boolean.class) {
            return false;
        }
        if (c == char.class) {
            return (char) 0;
        }
        if (c == byte.class) {
            return (byte) 0;
        }
        if (c == short.class) {
            return (short) 0;
        }
        if (c == int.class) {
            return 0;
        }
        if (c == long.class) {
            return 0L;
        }
        return c == float.class ? (Object) 0f : (Object) 0d;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c + " to check the codec", e);
        }
    }
}

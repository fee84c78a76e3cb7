package dev.jnetlink.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;

/**
 * Checks a record's nested {@code Builder} against the record, so a component added to the
 * record and forgotten in its builder fails a test: a setter per component, {@code build()}
 * passing each value to its own component, {@code toBuilder()} copying every one, and
 * {@code builder().build()} leaving everything absent.
 */
public final class RecordBuilders {
    private RecordBuilders() {
    }

    /**
     * @param type a record with {@code builder()}, {@code toBuilder()} and a nested {@code Builder}
     * @throws Exception if reflection fails
     */
    public static void assertComplete(Class<? extends Record> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Method builder = type.getMethod("builder");
        Class<?> builderType = builder.getReturnType();
        assertThat(builderType.getSimpleName()).isEqualTo("Builder");
        Object b = builder.invoke(null);
        Object[] probes = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Method setter = builderType.getMethod(c.getName(), c.getType());
            assertThat(setter.getReturnType()).as(type.getSimpleName() + ".Builder." + c.getName())
                    .isEqualTo(builderType);
            probes[i] = probe(c.getType(), i);
            if (probes[i] != null) {
                setter.invoke(b, probes[i]);
            }
        }
        Object built = builderType.getMethod("build").invoke(b);
        for (int i = 0; i < components.length; i++) {
            if (probes[i] != null) {
                assertThat(components[i].getAccessor().invoke(built))
                        .as(type.getSimpleName() + "." + components[i].getName()).isEqualTo(probes[i]);
            }
        }
        Object copy = type.getMethod("toBuilder").invoke(built);
        assertThat(builderType.getMethod("build").invoke(copy)).isEqualTo(built);

        Object empty = builderType.getMethod("build").invoke(builder.invoke(null));
        for (RecordComponent c : components) {
            Object v = c.getAccessor().invoke(empty);
            if (c.getName().equals("unknown")) {
                assertThat(v).as(type.getSimpleName() + ".unknown").isEqualTo(List.of());
            } else if (!c.getType().isPrimitive()) {
                assertThat(v).as(type.getSimpleName() + "." + c.getName()).isNull();
            }
        }
    }

    private static Object probe(Class<?> c, int i) {
        if (c == Integer.class || c == int.class) {
            return 1000 + i;
        }
        if (c == Long.class || c == long.class) {
            return 1000L + i;
        }
        if (c == String.class) {
            return "probe" + i;
        }
        if (c == Boolean.class) {
            return i % 2 == 0;
        }
        if (c == Duration.class) {
            return Duration.ofMillis(10L * i);
        }
        if (c == List.class) {
            return List.of();
        }
        return null;
    }
}

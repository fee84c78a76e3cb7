package dev.jnetlink.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;

/**
 * Calls a record's canonical constructor with the values of a slot array, one slot per
 * component, as {@link AttributeSetCodec} fills it.
 *
 * <p>{@link #of} writes, once per record type, a small hidden class whose one method is what
 * a hand-written {@code new Link((IfInfoMsg) s[0], (Integer) s[1], ...)} compiles to. Through
 * a spreading {@code MethodHandle} that call cost 31% of decoding a link message
 * (async-profiler): a {@code Class.cast} per component against a class the JIT could not treat
 * as a constant, inside the handle's lambda forms. Written out, each is a {@code checkcast}
 * against a constant class, and decoding a link takes some 8% less. The generated method has
 * no branches, so it needs no stack map frames; the JVM's verifier checks it like any class.
 */
@FunctionalInterface
interface SlotConstructor {
    /**
     * @param slots one value per record component, in order; null for an absent attribute
     * @return the record
     */
    Object construct(Object[] slots);

    /**
     * The constructor call written out for {@code recordType}, or null if the record, its
     * constructor or a component type is not public in a package this module can see (then
     * only a method handle can call it).
     *
     * @param recordType the record
     * @param types its component types, in order
     * @return the constructor call, or null
     */
    static SlotConstructor of(Class<?> recordType, Class<?>[] types) {
        Module self = SlotConstructor.class.getModule();
        if (!visible(recordType, self)) {
            return null;
        }
        for (Class<?> t : types) {
            if (!visible(t, self)) {
                return null;
            }
        }
        try {
            if (!Modifier.isPublic(recordType.getDeclaredConstructor(types).getModifiers())) {
                return null;
            }
            MethodHandles.Lookup generated = MethodHandles.lookup()
                    .defineHiddenClass(SlotConstructorClass.write(recordType, types), true);
            return (SlotConstructor) generated.findConstructor(generated.lookupClass(),
                    MethodType.methodType(void.class)).invoke();
        } catch (Error | RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot write the constructor call of "
                    + recordType.getName(), t);
        }
    }

    private static boolean visible(Class<?> c, Module from) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return true;
        }
        Module m = c.getModule();
        return Modifier.isPublic(c.getModifiers()) && from.canRead(m)
                && m.isExported(c.getPackageName(), from);
    }
}

package dev.jnetlink.codec;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the class file of a {@link SlotConstructor} for one record type: the only class file
 * this library writes, so a constant pool and two methods, not a bytecode library.
 */
final class SlotConstructorClass {
    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_FINAL = 0x0010;
    private static final int ACC_SUPER = 0x0020;
    private static final int JAVA_17 = 61;
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class,
            long.class, Long.class, boolean.class, Boolean.class, short.class, Short.class,
            byte.class, Byte.class, char.class, Character.class, float.class, Float.class,
            double.class, Double.class);

    private final ByteArrayOutputStream poolBytes = new ByteArrayOutputStream();
    private final DataOutputStream pool = new DataOutputStream(poolBytes);
    private final Map<String, Integer> entries = new HashMap<>();
    private int count = 1;

    private SlotConstructorClass() {
    }

    /**
     * {@code public final class SlotConstructor$Generated implements SlotConstructor}, with
     * a no-argument constructor and {@code construct(Object[])} calling {@code new R(...)}.
     */
    static byte[] write(Class<?> record, Class<?>[] types) throws IOException {
        SlotConstructorClass w = new SlotConstructorClass();
        int self = w.classRef("dev/jnetlink/codec/SlotConstructor$Generated");
        int object = w.classRef("java/lang/Object");
        int api = w.classRef("dev/jnetlink/codec/SlotConstructor");
        int objectInit = w.methodRef("java/lang/Object", "<init>", "()V");
        StringBuilder ctor = new StringBuilder("(");
        for (Class<?> t : types) {
            ctor.append(t.descriptorString());
        }
        int recordClass = w.classRef(internalName(record));
        int recordInit = w.methodRef(internalName(record), "<init>", ctor.append(")V").toString());

        ByteArrayOutputStream codeBytes = new ByteArrayOutputStream();
        DataOutputStream code = new DataOutputStream(codeBytes);
        code.writeByte(0xbb); // new
        code.writeShort(recordClass);
        code.writeByte(0x59); // dup
        int argSlots = 0;
        for (int i = 0; i < types.length; i++) {
            code.writeByte(0x2b); // aload_1
            if (i <= 5) {
                code.writeByte(0x03 + i); // iconst_i
            } else if (i <= Byte.MAX_VALUE) {
                code.writeByte(0x10); // bipush
                code.writeByte(i);
            } else {
                code.writeByte(0x11); // sipush
                code.writeShort(i);
            }
            code.writeByte(0x32); // aaload
            Class<?> t = types[i];
            Class<?> box = BOXES.get(t);
            if (box != null) {
                code.writeByte(0xc0); // checkcast
                code.writeShort(w.classRef(internalName(box)));
                code.writeByte(0xb6); // invokevirtual, e.g. Integer.intValue()I
                code.writeShort(w.methodRef(internalName(box), t.getName() + "Value",
                        "()" + t.descriptorString()));
            } else if (t != Object.class) {
                code.writeByte(0xc0); // checkcast
                code.writeShort(w.classRef(internalName(t)));
            }
            argSlots += t == long.class || t == double.class ? 2 : 1;
        }
        code.writeByte(0xb7); // invokespecial R.<init>
        code.writeShort(recordInit);
        code.writeByte(0xb0); // areturn

        int codeAttr = w.utf8("Code");
        int initName = w.utf8("<init>");
        int initType = w.utf8("()V");
        int constructName = w.utf8("construct");
        int constructType = w.utf8("([Ljava/lang/Object;)Ljava/lang/Object;");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream c = new DataOutputStream(out);
        c.writeInt(0xCAFEBABE);
        c.writeShort(0);
        c.writeShort(JAVA_17);
        c.writeShort(w.count);
        w.pool.flush();
        w.poolBytes.writeTo(c);
        c.writeShort(ACC_PUBLIC | ACC_FINAL | ACC_SUPER);
        c.writeShort(self);
        c.writeShort(object);
        c.writeShort(1);
        c.writeShort(api);
        c.writeShort(0); // fields
        c.writeShort(2); // methods
        // public <init>() { super(); }
        method(c, initName, initType, codeAttr, 1, 1,
                new byte[] {0x2a, (byte) 0xb7, (byte) (objectInit >> 8), (byte) objectInit,
                    (byte) 0xb1});
        // public Object construct(Object[] s) { return new R((T0) s[0], ...); }
        code.flush();
        method(c, constructName, constructType, codeAttr, 2 + argSlots + 2, 2,
                codeBytes.toByteArray());
        c.writeShort(0); // class attributes
        c.flush();
        return out.toByteArray();
    }

    private static void method(DataOutputStream c, int name, int type, int codeAttr,
            int maxStack, int maxLocals, byte[] code) throws IOException {
        c.writeShort(ACC_PUBLIC);
        c.writeShort(name);
        c.writeShort(type);
        c.writeShort(1);
        c.writeShort(codeAttr);
        c.writeInt(2 + 2 + 4 + code.length + 2 + 2);
        c.writeShort(maxStack);
        c.writeShort(maxLocals);
        c.writeInt(code.length);
        c.write(code);
        c.writeShort(0); // exception table
        c.writeShort(0); // attributes
    }

    private static String internalName(Class<?> c) {
        return c.getName().replace('.', '/');
    }

    private int utf8(String s) {
        return entry("U" + s, () -> {
            pool.writeByte(1);
            pool.writeUTF(s);
        });
    }

    private int classRef(String internalName) {
        int name = utf8(internalName);
        return entry("C" + internalName, () -> {
            pool.writeByte(7);
            pool.writeShort(name);
        });
    }

    private int methodRef(String owner, String name, String descriptor) {
        int ownerRef = classRef(owner);
        int nameRef = utf8(name);
        int typeRef = utf8(descriptor);
        int nameAndType = entry("N" + name + ":" + descriptor, () -> {
            pool.writeByte(12);
            pool.writeShort(nameRef);
            pool.writeShort(typeRef);
        });
        return entry("M" + owner + "." + name + descriptor, () -> {
            pool.writeByte(10);
            pool.writeShort(ownerRef);
            pool.writeShort(nameAndType);
        });
    }

    private interface Write {
        void to() throws IOException;
    }

    private int entry(String key, Write write) {
        Integer known = entries.get(key);
        if (known != null) {
            return known;
        }
        try {
            write.to();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.put(key, count);
        return count++;
    }
}

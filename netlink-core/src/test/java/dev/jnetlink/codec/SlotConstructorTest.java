package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.AttributeSetCodecTest.T;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The written-out constructor call: every kind of component, the hidden class the JVM verified,
 * and the method-handle path it leaves to when the record's types are not all public.
 */
class SlotConstructorTest {
    /** Every primitive, an array, a boxed value and a plain object. */
    public record EveryKind(int i, long l, boolean z, short s, byte b, char c, float f, double d,
            byte[] bytes, Integer boxed, Object any, String text) {
    }

    /** Not public: only a method handle (with this package's access) may name it. */
    static final class Secret {
        final String value;

        Secret(String value) {
            this.value = value;
        }
    }

    /** A public record with a component of a type that is not. */
    public record WithSecret(Secret secret, Integer a, List<RawAttribute> unknown) {
    }

    private static Class<?>[] types(Class<? extends Record> r) {
        RecordComponent[] rc = r.getRecordComponents();
        Class<?>[] t = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            t[i] = rc[i].getType();
        }
        return t;
    }

    @Test
    void passesEverySlotToItsComponentUnboxingPrimitives() {
        SlotConstructor sc = SlotConstructor.of(EveryKind.class, types(EveryKind.class));
        assertThat(sc).isNotNull();
        assertThat(sc.getClass().isHidden()).isTrue();
        byte[] bytes = {1, 2};
        Object any = new Object();
        EveryKind k = (EveryKind) sc.construct(new Object[] {-7, 1L << 40, true, (short) -2,
            (byte) 0x7f, 'x', 1.5f, -2.25, bytes, null, any, "t"});
        assertThat(k).isEqualTo(new EveryKind(-7, 1L << 40, true, (short) -2, (byte) 0x7f, 'x',
                1.5f, -2.25, bytes, null, any, "t"));
    }

    @Test
    void aSlotOfTheWrongTypeIsAClassCastException() {
        SlotConstructor sc = SlotConstructor.of(EveryKind.class, types(EveryKind.class));
        Object[] slots = {1, 2L, false, (short) 0, (byte) 0, 'c', 0f, 0d, new byte[0], "not an Integer",
            null, null};
        assertThatThrownBy(() -> sc.construct(slots)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void aRecordWithAComponentTypeThatIsNotPublicDecodesThroughTheHandle() {
        assertThat(SlotConstructor.of(WithSecret.class, types(WithSecret.class))).isNull();
        AttributeSetCodec<WithSecret> codec = AttributeSetCodec.builder(WithSecret.class, T.SPACE)
                .leading("secret")
                .u32("a", T.A)
                .unknown("unknown");
        ByteBuf in = Unpooled.buffer();
        try {
            new MessageWriter(in).putU32(T.A, 42);
            Secret secret = new Secret("s");
            WithSecret w = codec.decode(new AttributeCursor().reset(in, 0, in.writerIndex(), T.SPACE, 0,
                    "t"), secret);
            assertThat(w.secret()).isSameAs(secret);
            assertThat(w.a()).isEqualTo(42);
            assertThat(w.unknown()).isEmpty();
        } finally {
            in.release();
        }
    }
}

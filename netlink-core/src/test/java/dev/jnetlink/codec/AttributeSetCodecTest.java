package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table-driven codec: its self-checks, lossless unknowns, and decode/encode symmetry. */
class AttributeSetCodecTest {
    /** Test constants. */
    public static final class T {
        public static final int A = 1;
        public static final int B = 2;
        public static final int C = 3;
        static final AttributeSpace SPACE = AttributeSpace.of("T", T.class);
    }

    /** A record in table order. */
    public record Good(Integer a, String b, List<RawAttribute> unknown) {
    }

    /** A record whose second component does not match the table. */
    public record Misnamed(Integer a, String bee, List<RawAttribute> unknown) {
    }

    /** A record with a primitive component. */
    public record Primitive(int a, String b, List<RawAttribute> unknown) {
    }

    private static final AttributeSetCodec.Constructor<Good> GOOD_CONSTRUCTOR =
            v -> new Good(v.next(), v.next(), v.next());

    private static final AttributeSetCodec<Good> GOOD = AttributeSetCodec.builder(Good.class, T.SPACE)
            .u32("a", T.A).string("b", T.B).unknown("unknown").build(GOOD_CONSTRUCTOR);

    /** A record whose two attribute components have one type: only the probe can tell them apart. */
    public record Twins(Integer a, Integer b, List<RawAttribute> unknown) {
    }

    /** A record with leading primitives, as {@code NextHop} has. */
    public record Led(int flags, long big, Integer a, List<RawAttribute> unknown) {
    }

    private static AttributeSetCodec.Builder<Twins> twins() {
        return AttributeSetCodec.builder(Twins.class, T.SPACE).u32("a", T.A).u32("b", T.B)
                .unknown("unknown");
    }

    @Test
    void checksNamesTypesAndPrimitivesWhenBuilt() {
        assertThatThrownBy(() -> AttributeSetCodec.builder(Misnamed.class, T.SPACE)
                .u32("a", T.A).string("b", T.B).unknown("unknown")
                .build(v -> new Misnamed(v.next(), v.next(), v.next())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("codec of Misnamed declares \"b\" where the record has \"bee\"");
        assertThatThrownBy(() -> AttributeSetCodec.builder(Good.class, T.SPACE)
                .string("a", T.A).string("b", T.B).unknown("unknown").build(GOOD_CONSTRUCTOR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Good.a is Integer but attribute T_A decodes to String");
        assertThatThrownBy(() -> AttributeSetCodec.builder(Primitive.class, T.SPACE)
                .u32("a", T.A).string("b", T.B).unknown("unknown")
                .build(v -> new Primitive(v.next(), v.next(), v.next())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Primitive.a must be boxed: it is null when the attribute is absent");
        assertThatThrownBy(() -> AttributeSetCodec.builder(Good.class, T.SPACE)
                .u32("a", T.A).unknown("unknown").build(GOOD_CONSTRUCTOR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has 3 components; its codec declares 2");
    }

    @Test
    void checksTheConstructorTakesEveryValueOnceInOrder() {
        assertThatThrownBy(() -> twins().build(v -> new Twins(v.next(), v.next(), List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the constructor in the codec of Twins reads 2 values; the record has 3"
                        + " components");
        assertThatThrownBy(() -> twins().build(v -> {
            v.next();
            return new Twins(v.next(), v.next(), v.next());
        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("passes a value to a component of another type");
        assertThatThrownBy(() -> twins().build(v -> {
            v.next();
            v.next();
            v.next();
            return new Twins(v.next(), null, List.of());
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("the constructor in the codec of Twins reads more values than the"
                        + " record's 3 components");
        assertThatThrownBy(() -> twins().build(v -> {
            Integer a = v.next();
            Integer b = v.next();
            return new Twins(b, a, v.next());
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("the constructor in the codec of Twins does not pass value 0 to"
                        + " component a: take the values in component order");
        assertThatThrownBy(() -> twins().build(v -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the constructor in the codec of Twins reads 0 values; the record has 3"
                        + " components");
    }

    @Test
    void leadingPrimitivesAreUnboxedFromTheirValues() {
        AttributeSetCodec<Led> codec = AttributeSetCodec.builder(Led.class, T.SPACE)
                .leading("flags", "big").u32("a", T.A).unknown("unknown")
                .build(v -> new Led(v.next(), v.next(), v.next(), v.next()));
        ByteBuf in = Unpooled.buffer();
        try {
            new MessageWriter(in).putU32(T.A, 3);
            Led led = codec.decode(new AttributeCursor().reset(in, 0, in.writerIndex(), T.SPACE, 0,
                    "t"), 7, 1L << 40);
            assertThat(led).isEqualTo(new Led(7, 1L << 40, 3, List.of()));
        } finally {
            in.release();
        }
    }

    @Test
    void keepsUnknownAttributesAndReencodesThemAfterTheKnownOnes() {
        ByteBuf in = Unpooled.buffer();
        ByteBuf out = Unpooled.buffer();
        try {
            MessageWriter w = new MessageWriter(in);
            w.putU8(T.C | Nla.F_NESTED, 9);
            w.putString(T.B, "x");
            w.putU32(T.A, 5);
            Good g = GOOD.decode(new AttributeCursor().reset(in, 0, in.writerIndex(), T.SPACE, 0, "t"));
            assertThat(g.a()).isEqualTo(5);
            assertThat(g.b()).isEqualTo("x");
            assertThat(g.unknown()).containsExactly(
                    new RawAttribute(T.C | Nla.F_NESTED, Bytes.of((byte) 9)));

            GOOD.encode(new MessageWriter(out), g);
            Good again = GOOD.decode(new AttributeCursor().reset(out, 0, out.writerIndex(), T.SPACE, 0, "t"));
            assertThat(again).isEqualTo(g);
            assertThat(out.getUnsignedShortLE(2)).isEqualTo(T.A);
        } finally {
            in.release();
            out.release();
        }
    }

    @Test
    void absentAttributesAreNullAndNotWritten() {
        ByteBuf out = Unpooled.buffer();
        try {
            GOOD.encode(new MessageWriter(out), new Good(null, "only", List.of()));
            assertThat(out.readableBytes()).isEqualTo(12);
        } finally {
            out.release();
        }
    }
}

package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
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
        public static final int D = 4;
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

    /** A record too wide for C2 on JDK 17. */
    public record Wide(Integer c0, Integer c1, Integer c2, Integer c3, Integer c4, Integer c5,
            Integer c6, Integer c7, Integer c8, Integer c9, Integer c10, Integer c11, Integer c12,
            Integer c13, Integer c14, Integer c15, Integer c16, Integer c17, Integer c18,
            Integer c19, Integer c20, Integer c21, Integer c22, Integer c23, Integer c24,
            Integer c25, Integer c26, Integer c27, Integer c28, Integer c29, Integer c30,
            Integer c31, Integer c32, Integer c33, Integer c34, Integer c35, Integer c36,
            Integer c37, Integer c38, Integer c39, Integer c40, Integer c41, Integer c42,
            Integer c43, Integer c44, Integer c45, Integer c46, Integer c47, Integer c48,
            Integer c49, Integer c50, Integer c51, Integer c52, Integer c53,
            List<RawAttribute> unknown) {
    }

    /** A record whose two attribute components have one type: only the probe can tell them apart. */
    public record Twins(Integer a, Integer b, List<RawAttribute> unknown) {
    }

    /** A record with leading primitives, as {@code NextHop} has. */
    public record Led(int flags, long big, Integer a, List<RawAttribute> unknown) {
    }

    /** Two attributes the kernel sends together, as one component of {@link Grouping}. */
    public record Pair(Integer b, String c) {
        static final AttributeSetCodec<Pair> ATTRIBUTES = AttributeSetCodec.group(Pair.class, T.SPACE)
                .u32("b", T.B).string("c", T.C).build(v -> new Pair(v.next(), v.next()));
    }

    /** A record with a group between two attributes. */
    public record Grouping(Integer a, Pair pair, Integer d, List<RawAttribute> unknown) {
        static final AttributeSetCodec<Grouping> CODEC = AttributeSetCodec.builder(Grouping.class, T.SPACE)
                .u32("a", T.A).group("pair", Pair.ATTRIBUTES).u32("d", T.D).unknown("unknown")
                .build(v -> new Grouping(v.next(), v.next(), v.next(), v.next()));
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
    void aGroupIsOneComponentDecodedFromItsAttributesAndWrittenInPlace() {
        ByteBuf in = Unpooled.buffer();
        ByteBuf out = Unpooled.buffer();
        try {
            MessageWriter w = new MessageWriter(in);
            w.putU32(T.A, 1);
            w.putU32(T.B, 2);
            w.putString(T.C, "c");
            w.putU32(T.D, 4);
            Grouping g = Grouping.CODEC.decode(new AttributeCursor().reset(in, 0, in.writerIndex(),
                    T.SPACE, 0, "t"));
            assertThat(g).isEqualTo(new Grouping(1, new Pair(2, "c"), 4, List.of()));

            Grouping.CODEC.encode(new MessageWriter(out), g);
            assertThat(ByteBufUtil.hexDump(out)).isEqualTo(ByteBufUtil.hexDump(in));
        } finally {
            in.release();
            out.release();
        }
    }

    @Test
    void aGroupIsNullWithoutItsAttributesAndPartialWithSome() {
        ByteBuf in = Unpooled.buffer();
        try {
            MessageWriter w = new MessageWriter(in);
            w.putU32(T.A, 1);
            Grouping none = Grouping.CODEC.decode(new AttributeCursor().reset(in, 0,
                    in.writerIndex(), T.SPACE, 0, "t"));
            assertThat(none.pair()).isNull();
            w.putString(T.C, "c");
            Grouping some = Grouping.CODEC.decode(new AttributeCursor().reset(in, 0,
                    in.writerIndex(), T.SPACE, 0, "t"));
            assertThat(some.pair()).isEqualTo(new Pair(null, "c"));
            assertThat(Grouping.CODEC.equalExcept(none, some, T.C)).isTrue();
            assertThat(Grouping.CODEC.equalExcept(none, some, T.B)).isFalse();
        } finally {
            in.release();
        }
    }

    @Test
    void aGroupIsDecodedOnlyThroughItsParent() {
        assertThatThrownBy(() -> Pair.ATTRIBUTES.decode(new AttributeCursor()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Pair is a group: decode its parent");
        assertThatThrownBy(() -> AttributeSetCodec.builder(Twins.class, T.SPACE)
                .group("a", GOOD))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Good is not a group of T");
    }

    @Test
    void aRecordWithMoreComponentsThanC2CompilesIsRefused() {
        AttributeSetCodec.Builder<Wide> b = AttributeSetCodec.builder(Wide.class, T.SPACE);
        for (int i = 0; i < 54; i++) {
            b.u32("c" + i, 10 + i);
        }
        assertThatThrownBy(() -> b.unknown("unknown").build(v -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Wide has 55 components, more than 53");
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

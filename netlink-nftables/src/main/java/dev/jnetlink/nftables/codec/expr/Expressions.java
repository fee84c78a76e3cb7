package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.nftables.codec.NftaExpr;
import dev.jnetlink.nftables.codec.NftaList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expressions the library models, by name, and the codec of a rule's expression list.
 * An expression is {@code NFTA_EXPR_NAME} then {@code NFTA_EXPR_DATA}, whose attributes the
 * name decides; an unknown name decodes to a {@link RawExpression}.
 */
public final class Expressions {
    private record Kind<E extends Record & Expression>(String name, Class<E> type, AttributeSetCodec<E> codec) {
    }

    private static final List<Kind<?>> KINDS = List.of(
            new Kind<>("payload", Payload.class, Payload.CODEC),
            new Kind<>("cmp", Cmp.class, Cmp.CODEC),
            new Kind<>("meta", Meta.class, Meta.CODEC),
            new Kind<>("bitwise", Bitwise.class, Bitwise.CODEC),
            new Kind<>("immediate", Immediate.class, Immediate.CODEC),
            new Kind<>("counter", Counter.class, Counter.CODEC),
            new Kind<>("ct", Ct.class, Ct.CODEC),
            new Kind<>("fib", Fib.class, Fib.CODEC),
            new Kind<>("nat", Nat.class, Nat.CODEC),
            new Kind<>("masq", Masq.class, Masq.CODEC),
            new Kind<>("redir", Redir.class, Redir.CODEC),
            new Kind<>("lookup", Lookup.class, Lookup.CODEC),
            new Kind<>("range", Range.class, Range.CODEC),
            new Kind<>("limit", Limit.class, Limit.CODEC),
            new Kind<>("log", Log.class, Log.CODEC));

    private static final Map<String, Kind<?>> BY_NAME = new HashMap<>();
    private static final Map<Class<?>, Kind<?>> BY_TYPE = new HashMap<>();

    static {
        for (Kind<?> k : KINDS) {
            BY_NAME.put(k.name, k);
            BY_TYPE.put(k.type, k);
        }
    }

    private Expressions() {
    }

    /**
     * @param name an {@code NFTA_EXPR_NAME}
     * @return the attributes of its data, or null for an expression the library does not model
     */
    public static AttributeSpace space(String name) {
        Kind<?> k = BY_NAME.get(name);
        return k == null ? null : k.codec.space();
    }

    /** One expression: an {@code NFTA_LIST_ELEM} holding {@code NFTA_EXPR_*}. */
    public static final ValueCodec<Expression> ELEMENT = new ValueCodec<>() {
        @Override
        public Expression decode(AttributeCursor cursor) {
            AttributeCursor c = cursor.enter(NftaExpr.SPACE);
            String name = null;
            int data = -1;
            List<RawAttribute> unknown = null;
            while (c.next()) {
                switch (c.type()) {
                    case NftaExpr.NAME -> name = c.string();
                    case NftaExpr.DATA -> data = c.mark();
                    default -> {
                        if (unknown == null) {
                            unknown = new ArrayList<>(2);
                        }
                        unknown.add(c.raw());
                    }
                }
            }
            if (name == null) {
                throw cursor.error(cursor.name() + " has no NFTA_EXPR_NAME");
            }
            Kind<?> kind = BY_NAME.get(name);
            if (data >= 0) {
                c.rewind(data);
                c.next();
            }
            if (kind == null || unknown != null || data < 0) {
                return new RawExpression(name, data < 0 ? null : c.bytes(),
                        unknown == null ? List.of() : List.copyOf(unknown));
            }
            return kind.codec.decode(c.enter(kind.codec.space()));
        }

        @Override
        public void encode(MessageWriter w, int type, Expression e) {
            int m = w.beginNested(type);
            w.putString(NftaExpr.NAME, e.name());
            if (e instanceof RawExpression raw) {
                if (raw.data() != null) {
                    w.putBytes(NftaExpr.DATA | Nla.F_NESTED, raw.data());
                }
                for (RawAttribute a : raw.unknown()) {
                    w.putRaw(a);
                }
            } else {
                int d = w.beginNested(NftaExpr.DATA | Nla.F_NESTED);
                encodeData(w, e);
                w.endNested(d);
            }
            w.endNested(m);
        }

        @Override
        public Class<?> valueType() {
            return Expression.class;
        }
    };

    @SuppressWarnings("unchecked")
    private static <E extends Record & Expression> void encodeData(MessageWriter w, Expression e) {
        ((Kind<E>) BY_TYPE.get(e.getClass())).codec.encode(w, (E) e);
    }

    /** A rule's {@code NFTA_RULE_EXPRESSIONS}: a list of {@link #ELEMENT}s. */
    public static final ValueCodec<List<Expression>> LIST =
            ValueCodecs.listOf(NftaList.ELEM | Nla.F_NESTED, ELEMENT);
}

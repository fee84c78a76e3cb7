package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * One action of a filter's action list ({@code action mirred egress redirect dev ifb0}): the
 * {@code TCA_ACT_*} set inside the list entry numbered {@code order}. The options are decoded
 * by the {@link ActionKind} registered for {@code kind}, else kept raw.
 *
 * @param order the entry's number in the list (1 first), the order the actions run in
 * @param kind {@code TCA_ACT_KIND}
 * @param options {@code TCA_ACT_OPTIONS}
 * @param index {@code TCA_ACT_INDEX}
 * @param stats {@code TCA_ACT_STATS}
 * @param cookie {@code TCA_ACT_COOKIE}
 * @param flags {@code TCA_ACT_FLAGS}, as sent (a {@code nla_bitfield32})
 * @param unknown attributes not modelled
 */
public record Action(int order, String kind, TcOptions options, Integer index, TcStats stats,
        Bytes cookie, Bytes flags, List<RawAttribute> unknown) {

    /** @param unknown normalised to an unmodifiable list */
    public Action {
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }

    /**
     * @param order its place in the list, from 1
     * @param kind the action kind
     * @param options its options
     * @return an action as a request carries it
     */
    public static Action of(int order, String kind, TcOptions options) {
        return new Action(order, kind, options, null, null, null, null, List.of());
    }

    /**
     * The codec of an action list ({@code TCA_U32_ACT}, {@code TCA_MATCHALL_ACT}, ...): one
     * nested entry per action, numbered from 1. Entries are written with
     * {@code NLA_F_NESTED} on their options, as {@code tc} sends them.
     */
    public static final ValueCodec<List<Action>> LIST = new ValueCodec<>() {
        @Override
        public List<Action> decode(AttributeCursor cursor) {
            AttributeCursor list = cursor.enter(AttributeSpace.unnamed("TCA_ACT_TAB"));
            List<Action> out = new ArrayList<>(2);
            while (list.next()) {
                out.add(decodeOne(list.type(), list.enter(TcaAct.SPACE)));
            }
            return List.copyOf(out);
        }

        @Override
        public void encode(MessageWriter w, int type, List<Action> value) {
            int m = w.beginNested(type);
            for (Action a : value) {
                int e = w.beginNested(a.order());
                a.encodeBody(w);
                w.endNested(e);
            }
            w.endNested(m);
        }

        @Override
        public Class<?> valueType() {
            return List.class;
        }
    };

    private static Action decodeOne(int order, AttributeCursor c) {
        String kind = null;
        Integer index = null;
        TcStats stats = null;
        Bytes cookie = null;
        Bytes flags = null;
        List<RawAttribute> unknown = null;
        int optionsMark = -1;
        while (c.next()) {
            switch (c.type()) {
                case TcaAct.KIND -> kind = c.sharedString();
                case TcaAct.OPTIONS -> optionsMark = c.mark();
                case TcaAct.INDEX -> index = c.u32();
                case TcaAct.STATS -> stats = TcStats.CODEC.decode(c.enter(TcaStats.SPACE));
                case TcaAct.COOKIE -> cookie = c.bytes();
                case TcaAct.FLAGS -> flags = c.bytes();
                default -> {
                    if (unknown == null) {
                        unknown = new ArrayList<>(2);
                    }
                    unknown.add(c.raw());
                }
            }
        }
        TcOptions options = null;
        if (optionsMark >= 0) {
            c.rewind(optionsMark);
            c.next();
            options = TcCodec.decodeOptions(c, codec(kind));
        }
        return new Action(order, kind, options, index, stats, cookie, flags, unknown);
    }

    private static ValueCodec<? extends TcOptions> codec(String kind) {
        ActionKind k = TcKinds.action(kind);
        return k == null ? null : k.options();
    }

    private void encodeBody(MessageWriter w) {
        if (kind != null) {
            w.putString(TcaAct.KIND, kind);
        }
        if (options != null) {
            TcCodec.encodeOptions(w, TcaAct.OPTIONS | Nla.F_NESTED, codec(kind), options, kind);
        }
        if (index != null) {
            w.putU32(TcaAct.INDEX, index);
        }
        if (stats != null) {
            int m = w.beginNested(TcaAct.STATS);
            TcStats.CODEC.encode(w, stats);
            w.endNested(m);
        }
        if (cookie != null) {
            w.putBytes(TcaAct.COOKIE, cookie);
        }
        if (flags != null) {
            w.putBytes(TcaAct.FLAGS, flags);
        }
        for (RawAttribute a : unknown) {
            w.putRaw(a);
        }
    }
}

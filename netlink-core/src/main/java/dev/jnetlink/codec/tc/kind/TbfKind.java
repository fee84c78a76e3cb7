package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code tbf} (token bucket filter) qdisc. */
public final class TbfKind implements QdiscKind {
    private static final ValueCodec<TbfOptions> OPTIONS = ValueCodecs.nested(TbfOptions.REQUEST);

    @Override
    public String name() {
        return "tbf";
    }

    @Override
    public ValueCodec<? extends TcOptions> qdiscOptions() {
        return OPTIONS;
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code fq_codel} (fair queueing with controlled delay) qdisc. */
public final class FqCodelKind implements QdiscKind {
    private static final ValueCodec<FqCodelOptions> OPTIONS = ValueCodecs.nested(FqCodelOptions.REQUEST);

    @Override
    public String name() {
        return "fq_codel";
    }

    @Override
    public ValueCodec<? extends TcOptions> qdiscOptions() {
        return OPTIONS;
    }
}

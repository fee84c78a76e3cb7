package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code fq} (fair queue packet scheduler, with pacing) qdisc. */
public final class FqKind implements QdiscKind {
    private static final ValueCodec<FqOptions> OPTIONS = ValueCodecs.nested(FqOptions.REQUEST);

    @Override
    public String name() {
        return "fq";
    }

    @Override
    public ValueCodec<? extends TcOptions> qdiscOptions() {
        return OPTIONS;
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code sfq} (stochastic fairness queueing) qdisc. */
public final class SfqKind implements QdiscKind {
    @Override
    public String name() {
        return "sfq";
    }

    @Override
    public ValueCodec<? extends TcOptions> qdiscOptions() {
        return SfqOptions.CODEC;
    }
}

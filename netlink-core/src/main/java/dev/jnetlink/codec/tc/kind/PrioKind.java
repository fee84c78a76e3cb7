package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code prio} qdisc: classful, with one fixed class per band. */
public final class PrioKind implements QdiscKind {
    @Override
    public String name() {
        return "prio";
    }

    @Override
    public ValueCodec<? extends TcOptions> qdiscOptions() {
        return PrioOptions.CODEC;
    }
}

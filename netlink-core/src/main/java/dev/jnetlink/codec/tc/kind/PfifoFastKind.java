package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code pfifo_fast} qdisc, a device's default: its options have prio's shape. */
public final class PfifoFastKind implements QdiscKind {
    @Override
    public String name() {
        return "pfifo_fast";
    }

    @Override
    public ValueCodec<? extends TcOptions> qdiscOptions() {
        return PrioOptions.CODEC;
    }
}

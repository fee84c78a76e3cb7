package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code netem} (network emulator) qdisc. */
public final class NetemKind implements QdiscKind {
    @Override
    public String name() {
        return "netem";
    }

    @Override
    public ValueCodec<? extends TcOptions> qdiscOptions() {
        return NetemOptions.CODEC;
    }
}

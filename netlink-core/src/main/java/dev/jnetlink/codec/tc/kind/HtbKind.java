package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code htb} qdisc and its classes. */
public final class HtbKind implements QdiscKind {
    private static final ValueCodec<HtbQdiscOptions> QDISC = ValueCodecs.nested(HtbQdiscOptions.CODEC);
    private static final ValueCodec<HtbClassOptions> CLASS = ValueCodecs.nested(HtbClassOptions.REQUEST);

    @Override
    public String name() {
        return "htb";
    }

    @Override
    public ValueCodec<? extends TcOptions> qdiscOptions() {
        return QDISC;
    }

    @Override
    public ValueCodec<? extends TcOptions> classOptions() {
        return CLASS;
    }

    @Override
    public boolean acceptsClasses() {
        return true;
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.FilterKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code basic} classifier: extended matches, or every packet without them. */
public final class BasicKind implements FilterKind {
    private static final ValueCodec<BasicOptions> OPTIONS = ValueCodecs.nested(BasicOptions.REQUEST);

    @Override
    public String name() {
        return "basic";
    }

    @Override
    public ValueCodec<? extends TcOptions> options() {
        return OPTIONS;
    }
}

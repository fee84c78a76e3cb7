package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.FilterKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code flower} classifier: matches on packet header fields. */
public final class FlowerKind implements FilterKind {
    private static final ValueCodec<FlowerOptions> OPTIONS = ValueCodecs.nested(FlowerOptions.REQUEST);

    @Override
    public String name() {
        return "flower";
    }

    @Override
    public ValueCodec<? extends TcOptions> options() {
        return OPTIONS;
    }
}

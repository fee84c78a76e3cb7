package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.ActionKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code gact} action: a fixed verdict ({@code pass}, {@code drop}, ...), optionally random. */
public final class GactKind implements ActionKind {
    private static final ValueCodec<GactOptions> OPTIONS = ValueCodecs.nested(GactOptions.CODEC);

    @Override
    public String name() {
        return "gact";
    }

    @Override
    public ValueCodec<? extends TcOptions> options() {
        return OPTIONS;
    }
}

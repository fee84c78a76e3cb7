package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.ActionKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code police} action: a token bucket deciding what conforms to a rate. */
public final class PoliceKind implements ActionKind {
    private static final ValueCodec<PoliceOptions> OPTIONS = ValueCodecs.nested(PoliceOptions.REQUEST);

    @Override
    public String name() {
        return "police";
    }

    @Override
    public ValueCodec<? extends TcOptions> options() {
        return OPTIONS;
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.ActionKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code skbedit} action: sets a packet's priority, queue, mark or type. */
public final class SkbeditKind implements ActionKind {
    private static final ValueCodec<SkbeditOptions> OPTIONS = ValueCodecs.nested(SkbeditOptions.REQUEST);

    @Override
    public String name() {
        return "skbedit";
    }

    @Override
    public ValueCodec<? extends TcOptions> options() {
        return OPTIONS;
    }
}

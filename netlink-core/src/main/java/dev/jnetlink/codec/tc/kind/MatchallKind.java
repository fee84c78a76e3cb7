package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.FilterKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code matchall} classifier: every packet matches. */
public final class MatchallKind implements FilterKind {
    private static final ValueCodec<MatchallOptions> OPTIONS = ValueCodecs.nested(MatchallOptions.REQUEST);

    @Override
    public String name() {
        return "matchall";
    }

    @Override
    public ValueCodec<? extends TcOptions> options() {
        return OPTIONS;
    }
}

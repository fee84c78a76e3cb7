package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.FilterKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code fw} classifier: matches the packet's firewall mark. */
public final class FwKind implements FilterKind {
    private static final ValueCodec<FwOptions> OPTIONS = ValueCodecs.nested(FwOptions.REQUEST);

    @Override
    public String name() {
        return "fw";
    }

    @Override
    public ValueCodec<? extends TcOptions> options() {
        return OPTIONS;
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.FilterKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code u32} classifier. */
public final class U32Kind implements FilterKind {
    private static final ValueCodec<U32Options> OPTIONS = ValueCodecs.nested(U32Options.REQUEST);

    @Override
    public String name() {
        return "u32";
    }

    @Override
    public ValueCodec<? extends TcOptions> options() {
        return OPTIONS;
    }
}

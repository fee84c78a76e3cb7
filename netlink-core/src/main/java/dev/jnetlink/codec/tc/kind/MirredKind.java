package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.ActionKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code mirred} action: redirect or mirror a packet to another device. */
public final class MirredKind implements ActionKind {
    private static final ValueCodec<MirredOptions> OPTIONS = ValueCodecs.nested(MirredOptions.CODEC);

    @Override
    public String name() {
        return "mirred";
    }

    @Override
    public ValueCodec<? extends TcOptions> options() {
        return OPTIONS;
    }
}

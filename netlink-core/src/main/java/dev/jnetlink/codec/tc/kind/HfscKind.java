package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/**
 * The {@code hfsc} (hierarchical fair service curve) qdisc and its classes: {@code tc qdisc add ... hfsc
 * default MINOR}, {@code tc class add ... hfsc [rt SC] [ls SC] [ul SC]}.
 */
public final class HfscKind implements QdiscKind {
    private static final ValueCodec<HfscClassOptions> CLASS = ValueCodecs.nested(HfscClassOptions.CODEC);

    @Override
    public String name() {
        return "hfsc";
    }

    @Override
    public ValueCodec<? extends TcOptions> qdiscOptions() {
        return HfscQdiscOptions.CODEC;
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

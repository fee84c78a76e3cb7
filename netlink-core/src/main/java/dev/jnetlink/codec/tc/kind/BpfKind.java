package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.FilterKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The {@code bpf} classifier ({@code cls_bpf}): runs a BPF program on each packet, as in {@code tc filter add ... bpf pinned PATH}. */
public final class BpfKind implements FilterKind {
    private static final ValueCodec<BpfOptions> OPTIONS = ValueCodecs.nested(BpfOptions.REQUEST);

    @Override
    public String name() {
        return "bpf";
    }

    @Override
    public ValueCodec<? extends TcOptions> options() {
        return OPTIONS;
    }
}

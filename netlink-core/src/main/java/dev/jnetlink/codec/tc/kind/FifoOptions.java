package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.TcStructs;

/**
 * {@code struct tc_fifo_qopt}, the whole {@code TCA_OPTIONS} of {@code pfifo}, {@code bfifo}
 * and {@code pfifo_head_drop} ({@code tc qdisc add ... pfifo limit 100}).
 *
 * @param limit packets (pfifo) or bytes (bfifo)
 */
public record FifoOptions(long limit) implements TcOptions {
    static final ValueCodec<FifoOptions> CODEC = ValueCodecs.struct(FifoOptions.class, "tc_fifo_qopt", 4,
            c -> new FifoOptions(TcStructs.u32(c.buffer(), c.valueIndex())),
            (w, v) -> HostOrder.writeI32(w.buffer(), (int) v.limit));
}

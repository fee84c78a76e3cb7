package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.RateSpec;
import dev.jnetlink.codec.tc.TcStructs;

/**
 * {@code struct tc_htb_opt}: an htb class's rates.
 *
 * @param rate the guaranteed rate
 * @param ceil the most it may borrow up to
 * @param buffer the burst at {@code rate}, in ticks
 * @param cbuffer the burst at {@code ceil}, in ticks
 * @param quantum bytes served per round when borrowing (0: from {@code r2q})
 * @param level the class's depth in replies
 * @param prio priority among siblings when borrowing, 0 highest
 */
public record HtbParms(RateSpec rate, RateSpec ceil, long buffer, long cbuffer, int quantum,
        int level, int prio) {
    /** Size on the wire. */
    public static final int SIZE = 44;
    static final ValueCodec<HtbParms> CODEC = ValueCodecs.struct(HtbParms.class, "tc_htb_opt", SIZE,
            c -> {
                var b = c.buffer();
                int i = c.valueIndex();
                return new HtbParms(RateSpec.read(b, i), RateSpec.read(b, i + 12),
                        TcStructs.u32(b, i + 24), TcStructs.u32(b, i + 28),
                        HostOrder.getI32(b, i + 32), HostOrder.getI32(b, i + 36),
                        HostOrder.getI32(b, i + 40));
            },
            (w, v) -> {
                var b = w.buffer();
                v.rate.write(b);
                v.ceil.write(b);
                HostOrder.writeI32(b, (int) v.buffer);
                HostOrder.writeI32(b, (int) v.cbuffer);
                HostOrder.writeI32(b, v.quantum);
                HostOrder.writeI32(b, v.level);
                HostOrder.writeI32(b, v.prio);
            });
}

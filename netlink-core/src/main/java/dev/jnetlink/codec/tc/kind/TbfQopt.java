package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.RateSpec;
import dev.jnetlink.codec.tc.TcStructs;

/**
 * {@code struct tc_tbf_qopt}.
 *
 * @param rate the token rate
 * @param peakRate the peak rate, {@link RateSpec#NONE} if none
 * @param limit bytes that may queue
 * @param buffer the bucket, in ticks at {@code rate}
 * @param mtu the peak bucket, in ticks at {@code peakRate}
 */
public record TbfQopt(RateSpec rate, RateSpec peakRate, long limit, long buffer, long mtu) {
    /** Size on the wire. */
    public static final int SIZE = 36;
    static final ValueCodec<TbfQopt> CODEC = ValueCodecs.struct(TbfQopt.class, "tc_tbf_qopt", SIZE,
            c -> {
                var b = c.buffer();
                int i = c.valueIndex();
                return new TbfQopt(RateSpec.read(b, i), RateSpec.read(b, i + 12),
                        TcStructs.u32(b, i + 24), TcStructs.u32(b, i + 28), TcStructs.u32(b, i + 32));
            },
            (w, v) -> {
                var b = w.buffer();
                v.rate.write(b);
                v.peakRate.write(b);
                HostOrder.writeI32(b, (int) v.limit);
                HostOrder.writeI32(b, (int) v.buffer);
                HostOrder.writeI32(b, (int) v.mtu);
            });
}

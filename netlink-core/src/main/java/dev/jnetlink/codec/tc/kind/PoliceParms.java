package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.RateSpec;
import dev.jnetlink.codec.tc.TcStructs;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct tc_police}.
 *
 * @param index the action's index, 0 to let the kernel choose
 * @param action the {@code TC_ACT_*} verdict for packets over the rate
 * @param limit bytes that may queue (unused by the action)
 * @param burst the bucket, in ticks at {@code rate}
 * @param mtu the largest packet that may conform, in bytes
 * @param rate the rate ({@code rate} = {@code 0xffffffff} when {@code TCA_POLICE_RATE64} carries it)
 * @param peakRate the peak rate, {@link RateSpec#NONE} if none
 * @param refcnt references, in replies
 * @param bindcnt bindings, in replies
 * @param capab unused
 */
public record PoliceParms(int index, int action, long limit, long burst, long mtu, RateSpec rate,
        RateSpec peakRate, int refcnt, int bindcnt, int capab) {
    /** Size on the wire. */
    public static final int SIZE = 56;

    static final ValueCodec<PoliceParms> CODEC = ValueCodecs.struct(PoliceParms.class, "tc_police", SIZE,
            c -> {
                ByteBuf b = c.buffer();
                int i = c.valueIndex();
                return new PoliceParms(HostOrder.getI32(b, i), HostOrder.getI32(b, i + 4),
                        TcStructs.u32(b, i + 8), TcStructs.u32(b, i + 12), TcStructs.u32(b, i + 16),
                        RateSpec.read(b, i + 20), RateSpec.read(b, i + 32), HostOrder.getI32(b, i + 44),
                        HostOrder.getI32(b, i + 48), HostOrder.getI32(b, i + 52));
            },
            (w, v) -> {
                ByteBuf b = w.buffer();
                HostOrder.writeI32(b, v.index);
                HostOrder.writeI32(b, v.action);
                HostOrder.writeI32(b, (int) v.limit);
                HostOrder.writeI32(b, (int) v.burst);
                HostOrder.writeI32(b, (int) v.mtu);
                v.rate.write(b);
                v.peakRate.write(b);
                HostOrder.writeI32(b, v.refcnt);
                HostOrder.writeI32(b, v.bindcnt);
                HostOrder.writeI32(b, v.capab);
            });
}

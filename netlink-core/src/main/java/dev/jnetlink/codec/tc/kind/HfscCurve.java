package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.TcStructs;

/**
 * {@code struct tc_service_curve}: an hfsc service curve of two segments, the first of slope
 * {@code m1} for {@code d}, then {@code m2} ({@code m1 20mbit d 10ms m2 5mbit}; {@code rate R}
 * is {@code m1 0 d 0 m2 R}). All three are {@code __u32}, held here unsigned.
 *
 * @param m1 the first segment's slope, in bytes per second
 * @param d the first segment's length, in microseconds
 * @param m2 the second segment's slope, in bytes per second
 */
public record HfscCurve(long m1, long d, long m2) {
    /** Size on the wire. */
    public static final int SIZE = 12;

    static final ValueCodec<HfscCurve> CODEC = ValueCodecs.struct(HfscCurve.class, "tc_service_curve", SIZE,
            c -> new HfscCurve(TcStructs.u32(c.buffer(), c.valueIndex()),
                    TcStructs.u32(c.buffer(), c.valueIndex() + 4),
                    TcStructs.u32(c.buffer(), c.valueIndex() + 8)),
            (w, v) -> {
                HostOrder.writeI32(w.buffer(), (int) v.m1);
                HostOrder.writeI32(w.buffer(), (int) v.d);
                HostOrder.writeI32(w.buffer(), (int) v.m2);
            });
}

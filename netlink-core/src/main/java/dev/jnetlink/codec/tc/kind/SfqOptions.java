package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.TcStructs;
import io.netty.buffer.ByteBuf;
import java.util.Objects;

/**
 * {@code struct tc_sfq_qopt_v1}, the whole {@code TCA_OPTIONS} of {@code sfq} ({@code tc qdisc
 * add ... sfq perturb 10 quantum 1514 limit 127 flows 128 divisor 1024 depth 64 headdrop}):
 * {@code tc_sfq_qopt} then the depth, head drop and the RED parameters. {@code tc} and the
 * kernel both send the whole 72 bytes.
 *
 * @param quantum bytes dequeued from a flow per round, 0 for the device's MTU
 * @param perturbPeriod seconds between hash perturbations, 0 for none
 * @param limit packets that may queue
 * @param divisor hash buckets
 * @param flows flows
 * @param depth packets per flow
 * @param headdrop 1 to drop from the head of a full flow
 * @param redLimit RED: bytes per flow ({@code redflowlimit}), 0 without RED
 * @param qthMin RED: minimum threshold in bytes
 * @param qthMax RED: maximum threshold in bytes
 * @param wlog RED: log2 of the averaging weight
 * @param plog RED: log2 of the probability's scale
 * @param scellLog RED: cell size of the idle damping table
 * @param flags RED: {@code TC_RED_ECN} 1, {@code TC_RED_HARDDROP} 2
 * @param maxP RED: the maximum probability, as a fraction of 2^32
 * @param stats {@code struct tc_sfqred_stats} (replies), as sent
 */
public record SfqOptions(long quantum, int perturbPeriod, long limit, long divisor, long flows,
        long depth, long headdrop, long redLimit, long qthMin, long qthMax, int wlog, int plog,
        int scellLog, int flags, long maxP, Bytes stats) implements TcOptions {
    /** {@code TC_RED_ECN} in {@code flags}: mark ECN-capable packets instead of dropping them. */
    public static final int RED_ECN = 1;
    /** {@code TC_RED_HARDDROP}: drop above {@code qth_max} even ECN-capable packets. */
    public static final int RED_HARDDROP = 2;
    /** {@code TC_RED_ADAPTATIVE}: adaptive RED. */
    public static final int RED_ADAPTATIVE = 4;
    /** {@code TC_RED_NODROP}: mark, never drop early. */
    public static final int RED_NODROP = 8;
    /** Size on the wire. */
    public static final int SIZE = 72;
    private static final int STATS_SIZE = 24;

    /** @param stats 24 bytes */
    public SfqOptions {
        Objects.requireNonNull(stats, "stats");
        if (stats.length() != STATS_SIZE) {
            throw new IllegalArgumentException("tc_sfqred_stats is 24 bytes, got " + stats.length());
        }
    }

    static final ValueCodec<SfqOptions> CODEC = ValueCodecs.struct(SfqOptions.class, "tc_sfq_qopt_v1", SIZE,
            c -> {
                ByteBuf b = c.buffer();
                int i = c.valueIndex();
                return new SfqOptions(TcStructs.u32(b, i), HostOrder.getI32(b, i + 4),
                        TcStructs.u32(b, i + 8), TcStructs.u32(b, i + 12), TcStructs.u32(b, i + 16),
                        TcStructs.u32(b, i + 20), TcStructs.u32(b, i + 24), TcStructs.u32(b, i + 28),
                        TcStructs.u32(b, i + 32), TcStructs.u32(b, i + 36), b.getUnsignedByte(i + 40),
                        b.getUnsignedByte(i + 41), b.getUnsignedByte(i + 42), b.getUnsignedByte(i + 43),
                        TcStructs.u32(b, i + 44), Bytes.copyOf(b, i + 48, STATS_SIZE));
            },
            (w, v) -> {
                ByteBuf b = w.buffer();
                HostOrder.writeI32(b, (int) v.quantum);
                HostOrder.writeI32(b, v.perturbPeriod);
                HostOrder.writeI32(b, (int) v.limit);
                HostOrder.writeI32(b, (int) v.divisor);
                HostOrder.writeI32(b, (int) v.flows);
                HostOrder.writeI32(b, (int) v.depth);
                HostOrder.writeI32(b, (int) v.headdrop);
                HostOrder.writeI32(b, (int) v.redLimit);
                HostOrder.writeI32(b, (int) v.qthMin);
                HostOrder.writeI32(b, (int) v.qthMax);
                b.writeByte(v.wlog);
                b.writeByte(v.plog);
                b.writeByte(v.scellLog);
                b.writeByte(v.flags);
                HostOrder.writeI32(b, (int) v.maxP);
                v.stats.writeTo(b);
            });
}

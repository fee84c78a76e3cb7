package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import io.netty.buffer.ByteBuf;

/**
 * The fixed structures of netem's options. Probabilities are fractions of 2^32-1 as the
 * kernel takes them ({@link dev.jnetlink.codec.tc.TcCore#probability}); times in the 32-bit
 * fields are scheduler ticks, in the 64-bit ones nanoseconds.
 */
public final class NetemStructs {
    private NetemStructs() {
    }

    /**
     * {@code struct tc_netem_qopt}, the start of netem's {@code TCA_OPTIONS}.
     *
     * @param latency added delay in ticks
     * @param limit packets that may queue
     * @param loss random loss probability
     * @param gap reorder every {@code gap}-th packet
     * @param duplicate duplication probability
     * @param jitter delay variation in ticks
     */
    public record Qopt(long latency, long limit, int loss, long gap, int duplicate, long jitter) {
        /** Size on the wire. */
        public static final int SIZE = 24;

        static Qopt read(ByteBuf b, int i) {
            return new Qopt(u32(b, i), u32(b, i + 4), HostOrder.getI32(b, i + 8), u32(b, i + 12),
                    HostOrder.getI32(b, i + 16), u32(b, i + 20));
        }

        void write(ByteBuf b) {
            HostOrder.writeI32(b, (int) latency);
            HostOrder.writeI32(b, (int) limit);
            HostOrder.writeI32(b, loss);
            HostOrder.writeI32(b, (int) gap);
            HostOrder.writeI32(b, duplicate);
            HostOrder.writeI32(b, (int) jitter);
        }
    }

    /**
     * {@code struct tc_netem_corr}: correlations.
     *
     * @param delay of the delay
     * @param loss of the loss
     * @param duplicate of the duplication
     */
    public record Corr(int delay, int loss, int duplicate) {
        static final ValueCodec<Corr> CODEC = ValueCodecs.struct(Corr.class, "tc_netem_corr", 12,
                c -> new Corr(i32(c.buffer(), c.valueIndex()), i32(c.buffer(), c.valueIndex() + 4),
                        i32(c.buffer(), c.valueIndex() + 8)),
                (w, v) -> {
                    HostOrder.writeI32(w.buffer(), v.delay);
                    HostOrder.writeI32(w.buffer(), v.loss);
                    HostOrder.writeI32(w.buffer(), v.duplicate);
                });
    }

    /**
     * {@code struct tc_netem_reorder} and {@code struct tc_netem_corrupt}: a probability and
     * its correlation.
     *
     * @param probability the probability
     * @param correlation its correlation
     */
    public record Chance(int probability, int correlation) {
        static final ValueCodec<Chance> CODEC = ValueCodecs.struct(Chance.class, "tc_netem_reorder", 8,
                c -> new Chance(i32(c.buffer(), c.valueIndex()), i32(c.buffer(), c.valueIndex() + 4)),
                (w, v) -> {
                    HostOrder.writeI32(w.buffer(), v.probability);
                    HostOrder.writeI32(w.buffer(), v.correlation);
                });
    }

    /**
     * {@code struct tc_netem_rate}.
     *
     * @param rate bytes per second (saturated; the exact rate is then in {@code TCA_NETEM_RATE64})
     * @param packetOverhead bytes added to each packet
     * @param cellSize link-layer cell size, 0 for none
     * @param cellOverhead bytes added to each cell
     */
    public record Rate(long rate, int packetOverhead, long cellSize, int cellOverhead) {
        static final ValueCodec<Rate> CODEC = ValueCodecs.struct(Rate.class, "tc_netem_rate", 16,
                c -> new Rate(u32(c.buffer(), c.valueIndex()), i32(c.buffer(), c.valueIndex() + 4),
                        u32(c.buffer(), c.valueIndex() + 8), i32(c.buffer(), c.valueIndex() + 12)),
                (w, v) -> {
                    HostOrder.writeI32(w.buffer(), (int) v.rate);
                    HostOrder.writeI32(w.buffer(), v.packetOverhead);
                    HostOrder.writeI32(w.buffer(), (int) v.cellSize);
                    HostOrder.writeI32(w.buffer(), v.cellOverhead);
                });
    }

    /**
     * {@code struct tc_netem_slot}: packets leave in slots.
     *
     * @param minDelay nanoseconds
     * @param maxDelay nanoseconds
     * @param maxPackets packets per slot, 0 for no limit
     * @param maxBytes bytes per slot, 0 for no limit
     * @param distDelay nanoseconds, with a slot distribution
     * @param distJitter nanoseconds, with a slot distribution
     */
    public record Slot(long minDelay, long maxDelay, int maxPackets, int maxBytes, long distDelay,
            long distJitter) {
        static final ValueCodec<Slot> CODEC = ValueCodecs.struct(Slot.class, "tc_netem_slot", 40,
                c -> {
                    ByteBuf b = c.buffer();
                    int i = c.valueIndex();
                    return new Slot(HostOrder.getI64(b, i), HostOrder.getI64(b, i + 8), i32(b, i + 16),
                            i32(b, i + 20), HostOrder.getI64(b, i + 24), HostOrder.getI64(b, i + 32));
                },
                (w, v) -> {
                    ByteBuf b = w.buffer();
                    HostOrder.writeI64(b, v.minDelay);
                    HostOrder.writeI64(b, v.maxDelay);
                    HostOrder.writeI32(b, v.maxPackets);
                    HostOrder.writeI32(b, v.maxBytes);
                    HostOrder.writeI64(b, v.distDelay);
                    HostOrder.writeI64(b, v.distJitter);
                });
    }

    /**
     * {@code struct tc_netem_gimodel}: the 4-state loss model ({@code loss state P13 P31 P32
     * P23 P14}).
     *
     * @param p13 good to bad burst
     * @param p31 bad burst to good
     * @param p32 bad burst to bad isolated
     * @param p14 good to good isolated loss
     * @param p23 bad isolated to bad burst
     */
    public record GiModel(int p13, int p31, int p32, int p14, int p23) {
        static final ValueCodec<GiModel> CODEC = ValueCodecs.struct(GiModel.class, "tc_netem_gimodel", 20,
                c -> {
                    ByteBuf b = c.buffer();
                    int i = c.valueIndex();
                    return new GiModel(i32(b, i), i32(b, i + 4), i32(b, i + 8), i32(b, i + 12), i32(b, i + 16));
                },
                (w, v) -> {
                    HostOrder.writeI32(w.buffer(), v.p13);
                    HostOrder.writeI32(w.buffer(), v.p31);
                    HostOrder.writeI32(w.buffer(), v.p32);
                    HostOrder.writeI32(w.buffer(), v.p14);
                    HostOrder.writeI32(w.buffer(), v.p23);
                });
    }

    /**
     * {@code struct tc_netem_gemodel}: Gilbert-Elliott ({@code loss gemodel P R 1-H 1-K}).
     *
     * @param p good to bad
     * @param r bad to good
     * @param h the probability of no loss in the bad state
     * @param k1 the probability of loss in the good state
     */
    public record GeModel(int p, int r, int h, int k1) {
        static final ValueCodec<GeModel> CODEC = ValueCodecs.struct(GeModel.class, "tc_netem_gemodel", 16,
                c -> {
                    ByteBuf b = c.buffer();
                    int i = c.valueIndex();
                    return new GeModel(i32(b, i), i32(b, i + 4), i32(b, i + 8), i32(b, i + 12));
                },
                (w, v) -> {
                    HostOrder.writeI32(w.buffer(), v.p);
                    HostOrder.writeI32(w.buffer(), v.r);
                    HostOrder.writeI32(w.buffer(), v.h);
                    HostOrder.writeI32(w.buffer(), v.k1);
                });
    }

    static long u32(ByteBuf b, int i) {
        return Integer.toUnsignedLong(HostOrder.getI32(b, i));
    }

    static int i32(ByteBuf b, int i) {
        return HostOrder.getI32(b, i);
    }
}

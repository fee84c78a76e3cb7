package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcCore;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.NetemDistribution;
import dev.jnetlink.codec.tc.kind.NetemLoss;
import dev.jnetlink.codec.tc.kind.NetemOptions;
import dev.jnetlink.codec.tc.kind.NetemStructs;
import java.time.Duration;
import java.util.List;

/**
 * The network emulator: {@code tc qdisc add ... netem [limit N] [delay T [J [C%]]] [distribution normal|pareto|paretonormal] [loss
 * random P [C] | loss gemodel P R 1-H 1-K | loss state P13 P31 P32 P23 P14] [duplicate P [C]]
 * [corrupt P [C]] [reorder P [C] [gap N]] [rate R [OVERHEAD [CELLSIZE [CELLOVERHEAD]]]] [ecn]
 * [slot MIN MAX [packets N] [bytes B]] [seed S]}. Built with {@link #builder()}; percentages
 * are 0 to 100 and are checked when set. The request is what iproute2 6.1's {@code q_netem.c}
 * sends: times in the structure's ticks, and the 64-bit attributes only for delays too long
 * for them; {@code seed} as {@code TCA_NETEM_PRNG_SEED}, which later iproute2 sends. A
 * distribution's table is computed as iproute2's generators compute its {@code .dist} file
 * ({@link NetemDistribution}).
 */
public final class Netem implements QdiscSpec {
    private final NetemOptions options;

    private Netem(NetemOptions options) {
        this.options = options;
    }

    /** @return a builder with {@code tc}'s defaults (limit 1000, nothing emulated) */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String kind() {
        return "netem";
    }

    @Override
    public TcOptions options() {
        return options;
    }

    private static NetemOptions compute(Builder b) {
        long latencyTicks = ticks(b.latencyNanos);
        long jitterTicks = ticks(b.jitterNanos);
        boolean long64 = latencyTicks > 0xffffffffL || jitterTicks > 0xffffffffL;
        long gap = b.reorder != null && b.gap == 0 ? 1 : b.gap;
        NetemStructs.Qopt qopt = new NetemStructs.Qopt(Math.min(latencyTicks, 0xffffffffL), b.limit,
                b.loss, gap, b.duplicate, Math.min(jitterTicks, 0xffffffffL));
        NetemStructs.Corr corr = b.corrSet
                ? new NetemStructs.Corr(b.delayCorr, b.lossCorr, b.duplicateCorr) : null;
        NetemLoss loss = b.ge == null && b.gi == null ? null : new NetemLoss(b.gi, b.ge, List.of());
        NetemStructs.Rate rate = b.rate == 0 ? null : new NetemStructs.Rate(
                Math.min(b.rate, 0xffffffffL), b.packetOverhead, b.cellSize, b.cellOverhead);
        return new NetemOptions(qopt, long64 ? b.latencyNanos : null, long64 ? b.jitterNanos : null,
                corr, b.reorder, b.corrupt, b.rate >= 1L << 32 ? b.rate : null, rate,
                b.ecn ? 1 : null, loss, b.slot, b.seed,
                b.distribution == null ? null : b.distribution.payload(), null, List.of());
    }

    private static long ticks(long nanos) {
        return (long) (nanos / 1000 * TcCore.TICKS_PER_USEC);
    }

    /** Collects netem's settings; {@link #build()} checks the combinations {@code tc} checks. */
    public static final class Builder {
        private long limit = 1000;
        private long latencyNanos;
        private long jitterNanos;
        private int delayCorr;
        private int loss;
        private int lossCorr;
        private int duplicate;
        private int duplicateCorr;
        private boolean corrSet;
        private NetemStructs.Chance reorder;
        private long gap;
        private NetemStructs.Chance corrupt;
        private NetemStructs.GeModel ge;
        private NetemStructs.GiModel gi;
        private long rate;
        private int packetOverhead;
        private long cellSize;
        private int cellOverhead;
        private boolean ecn;
        private NetemStructs.Slot slot;
        private Long seed;
        private NetemDistribution distribution;

        private Builder() {
        }

        /** @param packets the queue's length ({@code limit N}) @return this builder */
        public Builder limit(long packets) {
            limit = Rates.positive("netem limit", packets);
            return this;
        }

        /** @param latency added delay ({@code delay 100ms}) @return this builder */
        public Builder delay(Duration latency) {
            return delay(latency, Duration.ZERO);
        }

        /**
         * @param latency added delay
         * @param jitter its variation ({@code delay 100ms 10ms})
         * @return this builder
         */
        public Builder delay(Duration latency, Duration jitter) {
            if (latency.isNegative() || jitter.isNegative()) {
                throw new IllegalArgumentException("netem delay and jitter cannot be negative, got "
                        + latency + " and " + jitter);
            }
            latencyNanos = latency.toNanos();
            jitterNanos = jitter.toNanos();
            return this;
        }

        /**
         * @param latency added delay
         * @param jitter its variation
         * @param correlationPercent how much each delay depends on the last ({@code delay 100ms 10ms 25%})
         * @return this builder
         */
        public Builder delay(Duration latency, Duration jitter, double correlationPercent) {
            delay(latency, jitter);
            delayCorr = TcCore.probability(correlationPercent);
            corrSet = true;
            return this;
        }

        /**
         * @param d how delays spread around the latency, by the jitter ({@code distribution
         *     pareto}); needs a delay and a jitter. Without it they are uniform.
         * @return this builder
         */
        public Builder distribution(NetemDistribution d) {
            distribution = java.util.Objects.requireNonNull(d, "distribution");
            return this;
        }

        /** @param percent random loss ({@code loss 1%}) @return this builder */
        public Builder loss(double percent) {
            loss = TcCore.probability(percent);
            return this;
        }

        /**
         * @param percent random loss
         * @param correlationPercent its correlation ({@code loss random 1% 25%})
         * @return this builder
         */
        public Builder loss(double percent, double correlationPercent) {
            loss(percent);
            lossCorr = TcCore.probability(correlationPercent);
            corrSet = true;
            return this;
        }

        /**
         * The Gilbert-Elliott loss model, as {@code loss gemodel P R 1-H 1-K}.
         *
         * @param p percent: good to bad
         * @param r percent: bad to good
         * @param oneMinusH percent: loss in the bad state
         * @param oneMinusK percent: loss in the good state
         * @return this builder
         */
        public Builder lossGilbertElliott(double p, double r, double oneMinusH, double oneMinusK) {
            ge = new NetemStructs.GeModel(TcCore.probability(p), TcCore.probability(r),
                    -1 - TcCore.probability(oneMinusH), TcCore.probability(oneMinusK));
            return this;
        }

        /**
         * The 4-state loss model, as {@code loss state P13 P31 P32 P23 P14}.
         *
         * @param p13 percent
         * @param p31 percent
         * @param p32 percent
         * @param p23 percent
         * @param p14 percent
         * @return this builder
         */
        public Builder lossState(double p13, double p31, double p32, double p23, double p14) {
            gi = new NetemStructs.GiModel(TcCore.probability(p13), TcCore.probability(p31),
                    TcCore.probability(p32), TcCore.probability(p14), TcCore.probability(p23));
            return this;
        }

        /** @param percent duplication ({@code duplicate 1%}) @return this builder */
        public Builder duplicate(double percent) {
            duplicate = TcCore.probability(percent);
            return this;
        }

        /** @param percent corruption ({@code corrupt 0.1%}) @return this builder */
        public Builder corrupt(double percent) {
            corrupt = new NetemStructs.Chance(TcCore.probability(percent), 0);
            return this;
        }

        /**
         * @param percent packets sent at once rather than delayed
         * @param correlationPercent its correlation
         * @param gap reorder every {@code gap}-th packet, 0 for tc's default 1
         *     ({@code reorder 25% 50% gap 5})
         * @return this builder
         */
        public Builder reorder(double percent, double correlationPercent, int gap) {
            if (gap < 0) {
                throw new IllegalArgumentException("netem gap cannot be negative, got " + gap);
            }
            reorder = new NetemStructs.Chance(TcCore.probability(percent),
                    TcCore.probability(correlationPercent));
            this.gap = gap;
            return this;
        }

        /**
         * @param bitsPerSecond the emulated link's rate
         * @param packetOverhead bytes added per packet (may be negative)
         * @param cellSize the link layer's cell, 0 for none
         * @param cellOverhead bytes added per cell ({@code rate 1gbit 20 100})
         * @return this builder
         */
        public Builder rate(long bitsPerSecond, int packetOverhead, int cellSize, int cellOverhead) {
            rate = Rates.bytesPerSecond("netem rate", bitsPerSecond);
            if (cellSize < 0) {
                throw new IllegalArgumentException("netem cell size cannot be negative, got " + cellSize);
            }
            this.packetOverhead = packetOverhead;
            this.cellSize = cellSize;
            this.cellOverhead = cellOverhead;
            return this;
        }

        /** Marks ECN-capable packets instead of dropping them ({@code ecn}). @return this builder */
        public Builder ecn() {
            ecn = true;
            return this;
        }

        /**
         * @param min the shortest slot
         * @param max the longest slot
         * @param packets packets per slot, 0 for no limit
         * @param bytes bytes per slot, 0 for no limit ({@code slot 800us 1ms packets 10})
         * @return this builder
         */
        public Builder slot(Duration min, Duration max, int packets, int bytes) {
            if (min.isNegative() || max.compareTo(min) < 0 || packets < 0 || bytes < 0) {
                throw new IllegalArgumentException("netem slot needs 0 <= min <= max and counts >= 0, got "
                        + min + " " + max + " packets " + packets + " bytes " + bytes);
            }
            slot = new NetemStructs.Slot(min.toNanos(), max.toNanos(), packets, bytes, 0, 0);
            return this;
        }

        /** @param seed the loss generator's seed, for reproducible loss ({@code seed S}) @return this builder */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @return the qdisc
         * @throws IllegalArgumentException for what {@code tc} refuses: reordering without a
         *     delay, ECN without loss, a distribution without a delay and a jitter
         */
        public Netem build() {
            if (distribution != null && (latencyNanos == 0 || jitterNanos == 0)) {
                throw new IllegalArgumentException("netem distribution needs a delay and a jitter");
            }
            if (reorder != null && latencyNanos == 0) {
                throw new IllegalArgumentException("netem reordering needs a delay");
            }
            if (ecn && loss == 0 && ge == null && gi == null) {
                throw new IllegalArgumentException("netem ecn needs a loss setting");
            }
            return new Netem(compute(this));
        }
    }
}

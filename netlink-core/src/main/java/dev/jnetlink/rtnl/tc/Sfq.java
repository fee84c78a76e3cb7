package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.SfqOptions;

/**
 * Stochastic fairness queueing: {@code tc qdisc add ... sfq [limit PACKETS] [perturb SECONDS]
 * [quantum BYTES] [divisor HASHTABLESIZE] [flows NUMBER] [depth FLOWLEN] [headdrop]}. Built
 * with {@link #builder()}; a value not set is 0, which the kernel reads as its default, as
 * {@code tc} sends it (iproute2 6.1's {@code q_sfq.c}). RED per flow ({@code redflowlimit},
 * ...) is not offered.
 */
public final class Sfq implements QdiscSpec {
    private static final Bytes NO_STATS = Bytes.of(new byte[24]);
    private final SfqOptions options;

    private Sfq(SfqOptions options) {
        this.options = options;
    }

    /** @return a builder with nothing set ({@code tc qdisc add ... sfq}) */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String kind() {
        return "sfq";
    }

    @Override
    public TcOptions options() {
        return options;
    }

    /** Collects sfq's settings, each checked when set. */
    public static final class Builder {
        private long quantum;
        private int perturb;
        private long limit;
        private long divisor;
        private long flows;
        private long depth;
        private long headdrop;

        private Builder() {
        }

        /** @param bytes dequeued per flow and round ({@code quantum 1514}) @return this builder */
        public Builder quantum(long bytes) {
            quantum = Rates.positive("sfq quantum", bytes);
            return this;
        }

        /** @param seconds between hash perturbations ({@code perturb 10}) @return this builder */
        public Builder perturb(int seconds) {
            if (seconds <= 0) {
                throw new IllegalArgumentException("sfq perturb must be at least 1 second, got " + seconds);
            }
            perturb = seconds;
            return this;
        }

        /** @param packets packets that may queue, at least 2 ({@code limit 127}) @return this builder */
        public Builder limit(long packets) {
            if (packets < 2 || packets > 0xffffffffL) {
                throw new IllegalArgumentException("sfq limit must be 2 to 4294967295, got " + packets);
            }
            limit = packets;
            return this;
        }

        /** @param buckets hash table size, a power of two up to 65536 ({@code divisor 1024}) @return this builder */
        public Builder divisor(int buckets) {
            if (buckets < 1 || buckets > 65536 || Integer.bitCount(buckets) != 1) {
                throw new IllegalArgumentException("sfq divisor must be a power of two up to 65536, got " + buckets);
            }
            divisor = buckets;
            return this;
        }

        /** @param n flows, 1 to 65536 ({@code flows 128}) @return this builder */
        public Builder flows(int n) {
            if (n < 1 || n > 65536) {
                throw new IllegalArgumentException("sfq flows must be 1 to 65536, got " + n);
            }
            flows = n;
            return this;
        }

        /** @param packets packets per flow, 1 to 127 ({@code depth 64}) @return this builder */
        public Builder depth(int packets) {
            if (packets < 1 || packets > 127) {
                throw new IllegalArgumentException("sfq depth must be 1 to 127, got " + packets);
            }
            depth = packets;
            return this;
        }

        /** Drops from the head of a full flow ({@code headdrop}). @return this builder */
        public Builder headdrop() {
            headdrop = 1;
            return this;
        }

        /** @return the qdisc; with nothing set it sends no options, as {@code tc} does */
        public Sfq build() {
            if (quantum == 0 && perturb == 0 && limit == 0 && divisor == 0 && flows == 0 && depth == 0
                    && headdrop == 0) {
                return new Sfq(null);
            }
            return new Sfq(new SfqOptions(quantum, perturb, limit, divisor, flows, depth, headdrop,
                    0, 0, 0, 0, 0, 0, 0, 0, NO_STATS));
        }
    }
}

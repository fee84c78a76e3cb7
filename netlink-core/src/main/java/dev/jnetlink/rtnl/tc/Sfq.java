package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.SfqOptions;

/**
 * Stochastic fairness queueing: {@code tc qdisc add ... sfq [limit PACKETS] [perturb SECONDS]
 * [quantum BYTES] [divisor HASHTABLESIZE] [flows NUMBER] [depth FLOWLEN] [headdrop]
 * [redflowlimit BYTES] [min BYTES] [max BYTES] [avpkt BYTES] [burst PACKETS] [probability P]
 * [ecn] [harddrop]}. Built with {@link #builder()}; a value not set is 0, which the kernel reads
 * as its default, as {@code tc} sends it (iproute2 6.1's {@code q_sfq.c}). With RED per flow
 * ({@link Builder#redFlowLimit}) the thresholds not given and the EWMA and probability logarithms
 * are worked out as {@code tc} works them out ({@code tc_red.c}).
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
        private boolean red;
        private long redLimit;
        private long qthMin;
        private long qthMax;
        private long burst;
        private long avpkt = 1000;
        private double probability = 0.02;
        private int redFlags;

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

        /**
         * Turns on RED per flow: packets of a flow are marked or dropped early as its average
         * queue grows from {@code min} to {@code max} ({@code redflowlimit 40000}).
         *
         * @param bytes the hard limit of a flow's queue
         * @return this builder
         */
        public Builder redFlowLimit(long bytes) {
            redLimit = red(Rates.positive("sfq redflowlimit", bytes));
            return this;
        }

        /**
         * @param min the average queue (bytes) where early marking starts ({@code min 8000}), 0
         *     for a third of {@code max}
         * @param max where it reaches the probability ({@code max 20000}), 0 for a quarter of
         *     the flow limit
         * @return this builder
         */
        public Builder redThresholds(long min, long max) {
            qthMin = red(u32("sfq min", min));
            qthMax = red(u32("sfq max", max));
            return this;
        }

        /** @param bytes the average packet size ({@code avpkt 1000}, the default) @return this builder */
        public Builder redAvpkt(long bytes) {
            avpkt = red(Rates.positive("sfq avpkt", bytes));
            return this;
        }

        /** @param packets the burst the average follows slowly ({@code burst 20}); 0 works it out @return this builder */
        public Builder redBurst(long packets) {
            burst = red(u32("sfq burst", packets));
            return this;
        }

        /**
         * @param p the marking probability at {@code max}, above 0 and at most 1
         *     ({@code probability 0.2}; 0.02 by default)
         * @return this builder
         */
        public Builder redProbability(double p) {
            if (!(p > 0 && p <= 1)) {
                throw new IllegalArgumentException("sfq probability must be above 0 and at most 1, got " + p);
            }
            probability = p;
            red = true;
            return this;
        }

        /** Marks ECN-capable packets instead of dropping them ({@code ecn}). @return this builder */
        public Builder ecn() {
            redFlags |= SfqOptions.RED_ECN;
            red = true;
            return this;
        }

        /** Drops above {@code max} even ECN-capable packets ({@code harddrop}). @return this builder */
        public Builder harddrop() {
            redFlags |= SfqOptions.RED_HARDDROP;
            red = true;
            return this;
        }

        private long red(long value) {
            red = true;
            return value;
        }

        private static long u32(String what, long value) {
            if (value < 0 || value > 0xffffffffL) {
                throw new IllegalArgumentException(what + " must be 0 to 4294967295, got " + value);
            }
            return value;
        }

        /**
         * @return the qdisc; with nothing set it sends no options, as {@code tc} does
         * @throws IllegalArgumentException for RED settings without a flow limit, a {@code max}
         *     above it, a {@code min} not below {@code max}, or thresholds the EWMA or the
         *     probability cannot be worked out for (as {@code tc} refuses them)
         */
        public Sfq build() {
            if (quantum == 0 && perturb == 0 && limit == 0 && divisor == 0 && flows == 0 && depth == 0
                    && headdrop == 0 && !red) {
                return new Sfq(null);
            }
            long max = qthMax;
            long min = qthMin;
            int wlog = 0;
            int plog = 0;
            long maxP = 0;
            if (red) {
                if (redLimit == 0) {
                    throw new IllegalArgumentException("sfq RED needs redflowlimit");
                }
                max = max == 0 ? redLimit / 4 : max;
                min = min == 0 ? max / 3 : min;
                long b = burst == 0 ? (2 * min + max) / (3 * avpkt) : burst;
                if (max > redLimit) {
                    throw new IllegalArgumentException("sfq max " + max + " is larger than redflowlimit " + redLimit);
                }
                if (min >= max) {
                    throw new IllegalArgumentException("sfq min " + min + " is not smaller than max " + max);
                }
                wlog = evalEwma(min, b, avpkt);
                plog = evalP(min, max, probability);
                // probability * 2^32 as a __u32; 1 itself is the largest fraction there is
                maxP = Math.min((long) (probability * 4294967296.0), 0xffffffffL);
            }
            return new Sfq(new SfqOptions(quantum, perturb, limit, divisor, flows, depth, headdrop,
                    redLimit, min, max, wlog, plog, 0, redFlags, maxP, NO_STATS));
        }

        // tc_red_eval_ewma: the smallest Wlog for which burst + 1 - min/avpkt < (1-(1-W)^burst)/W
        private static int evalEwma(long qmin, long burst, long avpkt) {
            double a = (double) burst + 1 - (double) qmin / avpkt;
            if (a < 1.0) {
                throw new IllegalArgumentException("sfq burst " + burst + " is too small for min " + qmin
                        + ": try burst " + (1 + qmin / avpkt));
            }
            double w = 0.5;
            for (int wlog = 1; wlog < 32; wlog++, w /= 2) {
                if (a <= (1 - Math.pow(1 - w, burst)) / w) {
                    return wlog;
                }
            }
            throw new IllegalArgumentException("sfq burst " + burst + " is too large to work out the EWMA constant");
        }

        // tc_red_eval_P: Plog = log2(probability / (max - min))
        private static int evalP(long qmin, long qmax, double probability) {
            double prob = probability / (qmax - qmin);
            for (int i = 0; i < 32; i++) {
                if (prob > 1.0) {
                    return i;
                }
                prob *= 2;
            }
            throw new IllegalArgumentException("sfq probability " + probability + " is too small for min "
                    + qmin + " and max " + qmax);
        }
    }
}

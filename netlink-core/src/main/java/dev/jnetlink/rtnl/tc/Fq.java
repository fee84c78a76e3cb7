package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FqOptions;
import java.time.Duration;
import java.util.List;

/**
 * The fair queue packet scheduler, with pacing: {@code tc qdisc add ... fq [limit PACKETS]
 * [flow_limit PACKETS] [quantum BYTES] [initial_quantum BYTES] [maxrate RATE] [buckets NUMBER]
 * [refill_delay TIME] [pacing | nopacing]}. Built with {@link #builder()}; what is not set is
 * left to the kernel's defaults, as {@code tc} leaves it. The request is what iproute2 6.1's
 * {@code q_fq.c} sends.
 */
public final class Fq implements QdiscSpec {
    private final FqOptions options;

    private Fq(FqOptions options) {
        this.options = options;
    }

    /** @return a builder with nothing set ({@code tc qdisc add ... fq}) */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String kind() {
        return "fq";
    }

    @Override
    public TcOptions options() {
        return options;
    }

    /** Collects fq's settings, each checked when set. */
    public static final class Builder {
        private Integer plimit;
        private Integer flowPlimit;
        private Integer quantum;
        private Integer initialQuantum;
        private Integer rateEnable;
        private Integer maxRate;
        private Integer bucketsLog;
        private Integer refillDelay;

        private Builder() {
        }

        /** @param packets packets that may queue ({@code limit 10000}) @return this builder */
        public Builder limit(long packets) {
            plimit = Rates.positive("fq limit", packets);
            return this;
        }

        /** @param packets packets that may queue per flow ({@code flow_limit 100}) @return this builder */
        public Builder flowLimit(long packets) {
            flowPlimit = Rates.positive("fq flow_limit", packets);
            return this;
        }

        /** @param bytes dequeued per flow and round ({@code quantum 3028}) @return this builder */
        public Builder quantum(long bytes) {
            quantum = Rates.positive("fq quantum", bytes);
            return this;
        }

        /** @param bytes a new flow's first quantum ({@code initial_quantum 15140}) @return this builder */
        public Builder initialQuantum(long bytes) {
            initialQuantum = Rates.positive("fq initial_quantum", bytes);
            return this;
        }

        /**
         * @param bitsPerSecond the cap per flow ({@code maxrate 100mbit}), at most 34359738360
         *     (the attribute is 32 bits of bytes per second)
         * @return this builder
         */
        public Builder maxRate(long bitsPerSecond) {
            long bytes = Rates.bytesPerSecond("fq maxrate", bitsPerSecond);
            maxRate = Rates.positive("fq maxrate in bytes per second", bytes);
            return this;
        }

        /**
         * @param n hash buckets, a power of two from 2 to 262144, the kernel's range ({@code buckets 1024})
         * @return this builder
         */
        public Builder buckets(int n) {
            if (n < 2 || n > 1 << 18 || Integer.bitCount(n) != 1) {
                throw new IllegalArgumentException("fq buckets must be a power of two from 2 to 262144, got " + n);
            }
            bucketsLog = Integer.numberOfTrailingZeros(n);
            return this;
        }

        /** @param time before an idle flow's credit is refilled ({@code refill_delay 40ms}) @return this builder */
        public Builder refillDelay(Duration time) {
            refillDelay = Rates.micros("fq refill_delay", time);
            return this;
        }

        /** @param on false to turn pacing off ({@code pacing} / {@code nopacing}) @return this builder */
        public Builder pacing(boolean on) {
            rateEnable = on ? 1 : 0;
            return this;
        }

        /** @return the qdisc */
        public Fq build() {
            return new Fq(new FqOptions(plimit, flowPlimit, quantum, initialQuantum, rateEnable, null,
                    maxRate, refillDelay, null, null, null, bucketsLog, null, null, null, List.of()));
        }
    }
}

package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FqCodelOptions;
import java.time.Duration;
import java.util.List;

/**
 * Fair queueing with controlled delay: {@code tc qdisc add ... fq_codel [limit PACKETS]
 * [flows NUMBER] [quantum BYTES] [target TIME] [interval TIME] [ecn | noecn]
 * [ce_threshold TIME] [memory_limit BYTES] [drop_batch SIZE]}. Built with {@link #builder()};
 * what is not set is left to the kernel's defaults (limit 10240, flows 1024, target 5ms,
 * interval 100ms, ecn), as {@code tc} leaves it. The request is what iproute2 6.1's
 * {@code q_fq_codel.c} sends.
 */
public final class FqCodel implements QdiscSpec {
    /** The kernel's largest quantum ({@code FQ_CODEL_QUANTUM_MAX}). */
    public static final int QUANTUM_MAX = 1 << 20;
    /** The kernel's largest number of flows. */
    public static final int FLOWS_MAX = 65536;
    private final FqCodelOptions options;

    private FqCodel(FqCodelOptions options) {
        this.options = options;
    }

    /** @return a builder with nothing set ({@code tc qdisc add ... fq_codel}) */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String kind() {
        return "fq_codel";
    }

    @Override
    public TcOptions options() {
        return options;
    }

    /** Collects fq_codel's settings, each checked when set. */
    public static final class Builder {
        private Integer limit;
        private Integer flows;
        private Integer quantum;
        private Integer target;
        private Integer interval;
        private Integer ecn;
        private Integer ceThreshold;
        private Integer memoryLimit;
        private Integer dropBatch;

        private Builder() {
        }

        /** @param packets packets that may queue ({@code limit 2000}) @return this builder */
        public Builder limit(long packets) {
            limit = Rates.positive("fq_codel limit", packets);
            return this;
        }

        /** @param n flow queues, 1 to 65536 ({@code flows 512}) @return this builder */
        public Builder flows(int n) {
            if (n < 1 || n > FLOWS_MAX) {
                throw new IllegalArgumentException("fq_codel flows must be 1 to 65536, got " + n);
            }
            flows = n;
            return this;
        }

        /** @param bytes dequeued per flow and round, 1 to 1048576 ({@code quantum 1514}) @return this builder */
        public Builder quantum(int bytes) {
            if (bytes < 1 || bytes > QUANTUM_MAX) {
                throw new IllegalArgumentException("fq_codel quantum must be 1 to 1048576 bytes, got " + bytes);
            }
            quantum = bytes;
            return this;
        }

        /** @param time the acceptable queue delay ({@code target 5ms}) @return this builder */
        public Builder target(Duration time) {
            target = Rates.micros("fq_codel target", time);
            return this;
        }

        /** @param time the moving window ({@code interval 100ms}) @return this builder */
        public Builder interval(Duration time) {
            interval = Rates.micros("fq_codel interval", time);
            return this;
        }

        /** @param on true to mark ECN-capable packets instead of dropping ({@code ecn} / {@code noecn}) @return this builder */
        public Builder ecn(boolean on) {
            ecn = on ? 1 : 0;
            return this;
        }

        /** @param time queue delay above which packets are CE-marked ({@code ce_threshold 2ms}) @return this builder */
        public Builder ceThreshold(Duration time) {
            ceThreshold = Rates.micros("fq_codel ce_threshold", time);
            return this;
        }

        /** @param bytes memory the queues may take ({@code memory_limit 33554432}) @return this builder */
        public Builder memoryLimit(long bytes) {
            memoryLimit = Rates.positive("fq_codel memory_limit", bytes);
            return this;
        }

        /** @param packets dropped at once when over the limit ({@code drop_batch 64}) @return this builder */
        public Builder dropBatch(long packets) {
            dropBatch = Rates.positive("fq_codel drop_batch", packets);
            return this;
        }

        /** @return the qdisc */
        public FqCodel build() {
            return new FqCodel(new FqCodelOptions(target, limit, interval, ecn, quantum, dropBatch,
                    memoryLimit, flows, ceThreshold, null, null, List.of()));
        }
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * An fq qdisc's options ({@code tc qdisc add ... fq limit 10000 flow_limit 100 maxrate 1gbit}),
 * in the kernel's order ({@code fq_dump}); requests are written in {@code tc}'s
 * ({@link #REQUEST}). Rates are in bytes per second, times in microseconds. Attributes of
 * kernels after 6.1 ({@code TCA_FQ_PRIOMAP}, {@code TCA_FQ_WEIGHTS}) are kept in
 * {@code unknown}.
 *
 * @param plimit {@code TCA_FQ_PLIMIT}
 * @param flowPlimit {@code TCA_FQ_FLOW_PLIMIT}
 * @param quantum {@code TCA_FQ_QUANTUM}
 * @param initialQuantum {@code TCA_FQ_INITIAL_QUANTUM}
 * @param rateEnable {@code TCA_FQ_RATE_ENABLE}
 * @param flowDefaultRate {@code TCA_FQ_FLOW_DEFAULT_RATE}
 * @param flowMaxRate {@code TCA_FQ_FLOW_MAX_RATE}
 * @param flowRefillDelay {@code TCA_FQ_FLOW_REFILL_DELAY}
 * @param orphanMask {@code TCA_FQ_ORPHAN_MASK}
 * @param lowRateThreshold {@code TCA_FQ_LOW_RATE_THRESHOLD}
 * @param ceThreshold {@code TCA_FQ_CE_THRESHOLD}
 * @param bucketsLog {@code TCA_FQ_BUCKETS_LOG}
 * @param timerSlack {@code TCA_FQ_TIMER_SLACK}
 * @param horizon {@code TCA_FQ_HORIZON}
 * @param horizonDrop {@code TCA_FQ_HORIZON_DROP}
 * @param unknown attributes not modelled
 */
public record FqOptions(Integer plimit, Integer flowPlimit, Integer quantum, Integer initialQuantum,
        Integer rateEnable, Integer flowDefaultRate, Integer flowMaxRate, Integer flowRefillDelay,
        Integer orphanMask, Integer lowRateThreshold, Integer ceThreshold, Integer bucketsLog,
        Integer timerSlack, Integer horizon, Integer horizonDrop, List<RawAttribute> unknown)
        implements TcOptions {
    /** The {@code TCA_FQ_*} table in the kernel's order. */
    public static final AttributeSetCodec<FqOptions> CODEC = AttributeSetCodec
            .builder(FqOptions.class, TcaFq.SPACE)
            .u32("plimit", TcaFq.PLIMIT)
            .u32("flowPlimit", TcaFq.FLOW_PLIMIT)
            .u32("quantum", TcaFq.QUANTUM)
            .u32("initialQuantum", TcaFq.INITIAL_QUANTUM)
            .u32("rateEnable", TcaFq.RATE_ENABLE)
            .u32("flowDefaultRate", TcaFq.FLOW_DEFAULT_RATE)
            .u32("flowMaxRate", TcaFq.FLOW_MAX_RATE)
            .u32("flowRefillDelay", TcaFq.FLOW_REFILL_DELAY)
            .u32("orphanMask", TcaFq.ORPHAN_MASK)
            .u32("lowRateThreshold", TcaFq.LOW_RATE_THRESHOLD)
            .u32("ceThreshold", TcaFq.CE_THRESHOLD)
            .u32("bucketsLog", TcaFq.BUCKETS_LOG)
            .u32("timerSlack", TcaFq.TIMER_SLACK)
            .u32("horizon", TcaFq.HORIZON)
            .u8("horizonDrop", TcaFq.HORIZON_DROP)
            .unknown("unknown")
            .build(v -> new FqOptions(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next()));

    /** The same table in {@code tc}'s order ({@code fq_parse_opt}). */
    public static final AttributeSetCodec<FqOptions> REQUEST = CODEC.withEncodeOrder(
            "bucketsLog", "plimit", "flowPlimit", "quantum", "initialQuantum", "rateEnable",
            "flowMaxRate", "lowRateThreshold", "flowDefaultRate", "flowRefillDelay", "orphanMask",
            "ceThreshold", "timerSlack", "horizon", "horizonDrop");
}

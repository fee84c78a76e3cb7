package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * An fq_codel qdisc's options ({@code tc qdisc add ... fq_codel limit 2000 flows 512 target 5ms
 * interval 100ms ecn}), in the kernel's order ({@code fq_codel_dump}); requests are written in
 * {@code tc}'s ({@link #REQUEST}). Times are in microseconds. A reply carries every component
 * up to {@code flows}; the CE threshold ones only when one is set.
 *
 * @param target {@code TCA_FQ_CODEL_TARGET}
 * @param limit {@code TCA_FQ_CODEL_LIMIT}: packets
 * @param interval {@code TCA_FQ_CODEL_INTERVAL}
 * @param ecn {@code TCA_FQ_CODEL_ECN}: 1 to mark instead of drop
 * @param quantum {@code TCA_FQ_CODEL_QUANTUM}: bytes
 * @param dropBatchSize {@code TCA_FQ_CODEL_DROP_BATCH_SIZE}
 * @param memoryLimit {@code TCA_FQ_CODEL_MEMORY_LIMIT}: bytes
 * @param flows {@code TCA_FQ_CODEL_FLOWS}
 * @param ceThreshold {@code TCA_FQ_CODEL_CE_THRESHOLD}
 * @param ceThresholdSelector {@code TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR}
 * @param ceThresholdMask {@code TCA_FQ_CODEL_CE_THRESHOLD_MASK}
 * @param unknown attributes not modelled
 */
public record FqCodelOptions(Integer target, Integer limit, Integer interval, Integer ecn,
        Integer quantum, Integer dropBatchSize, Integer memoryLimit, Integer flows,
        Integer ceThreshold, Integer ceThresholdSelector, Integer ceThresholdMask,
        List<RawAttribute> unknown) implements TcOptions {
    /** The {@code TCA_FQ_CODEL_*} table in the kernel's order. */
    public static final AttributeSetCodec<FqCodelOptions> CODEC = AttributeSetCodec
            .builder(FqCodelOptions.class, TcaFqCodel.SPACE)
            .u32("target", TcaFqCodel.TARGET)
            .u32("limit", TcaFqCodel.LIMIT)
            .u32("interval", TcaFqCodel.INTERVAL)
            .u32("ecn", TcaFqCodel.ECN)
            .u32("quantum", TcaFqCodel.QUANTUM)
            .u32("dropBatchSize", TcaFqCodel.DROP_BATCH_SIZE)
            .u32("memoryLimit", TcaFqCodel.MEMORY_LIMIT)
            .u32("flows", TcaFqCodel.FLOWS)
            .u32("ceThreshold", TcaFqCodel.CE_THRESHOLD)
            .u8("ceThresholdSelector", TcaFqCodel.CE_THRESHOLD_SELECTOR)
            .u8("ceThresholdMask", TcaFqCodel.CE_THRESHOLD_MASK)
            .unknown("unknown")
            .build(v -> new FqCodelOptions(v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The same table in {@code tc}'s order ({@code fq_codel_parse_opt}). */
    public static final AttributeSetCodec<FqCodelOptions> REQUEST = CODEC.withEncodeOrder(
            "limit", "flows", "quantum", "interval", "target", "ecn", "ceThreshold",
            "ceThresholdMask", "ceThresholdSelector", "memoryLimit", "dropBatchSize");
}

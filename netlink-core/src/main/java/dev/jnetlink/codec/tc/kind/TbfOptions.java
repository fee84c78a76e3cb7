package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * A tbf qdisc's options ({@code tc qdisc add ... tbf rate R burst B latency L}), in the
 * kernel's order ({@code tbf_dump}); requests are written in {@code tc}'s ({@link #REQUEST}).
 *
 * @param parms {@code TCA_TBF_PARMS}
 * @param rate64 {@code TCA_TBF_RATE64}
 * @param prate64 {@code TCA_TBF_PRATE64}
 * @param burst {@code TCA_TBF_BURST}: the bucket in bytes (requests)
 * @param rtab {@code TCA_TBF_RTAB} (requests)
 * @param pburst {@code TCA_TBF_PBURST} (requests with a peak rate)
 * @param ptab {@code TCA_TBF_PTAB} (requests with a peak rate)
 * @param unknown attributes not modelled
 */
public record TbfOptions(TbfQopt parms, Long rate64, Long prate64, Integer burst, Bytes rtab,
        Integer pburst, Bytes ptab, List<RawAttribute> unknown) implements TcOptions {
    /** The {@code TCA_TBF_*} table in the kernel's order. */
    public static final AttributeSetCodec<TbfOptions> CODEC = AttributeSetCodec
            .builder(TbfOptions.class, TcaTbf.SPACE)
            .attr("parms", TcaTbf.PARMS, TbfQopt.CODEC)
            .u64("rate64", TcaTbf.RATE64)
            .u64("prate64", TcaTbf.PRATE64)
            .u32("burst", TcaTbf.BURST)
            .bytes("rtab", TcaTbf.RTAB)
            .u32("pburst", TcaTbf.PBURST)
            .bytes("ptab", TcaTbf.PTAB)
            .unknown("unknown")
            .build(v -> new TbfOptions(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next()));

    /** The same table writing in {@code tc}'s order ({@code tbf_parse_opt}). */
    public static final AttributeSetCodec<TbfOptions> REQUEST = CODEC.withEncodeOrder(
            "parms", "burst", "rate64", "rtab", "prate64", "pburst", "ptab");

    /** @return the rate in bytes per second */
    public long rate() {
        return rate64 != null ? rate64 : parms.rate().rate();
    }
}

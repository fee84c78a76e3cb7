package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A base chain's counters ({@code NFTA_CHAIN_COUNTERS}).
 *
 * @param bytes {@code NFTA_COUNTER_BYTES}
 * @param packets {@code NFTA_COUNTER_PACKETS}
 * @param unknown attributes not listed above
 */
public record Counters(Long bytes, Long packets, List<RawAttribute> unknown) {
    /** The table, in the kernel's order. */
    public static final AttributeSetCodec<Counters> CODEC = AttributeSetCodec.builder(Counters.class, NftaCounter.SPACE)
            .u64("bytes", NftaCounter.BYTES)
            .u64("packets", NftaCounter.PACKETS)
            .unknown("unknown")
            .build(v -> new Counters(v.next(), v.next(), v.next()));
}

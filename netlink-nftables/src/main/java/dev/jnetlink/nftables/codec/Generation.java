package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * The ruleset's generation ({@code NFT_MSG_NEWGEN}, the answer to {@code NFT_MSG_GETGEN}, and
 * the event that ends every committed transaction in {@code nft monitor}).
 *
 * @param header the message's {@code nfgenmsg}
 * @param id {@code NFTA_GEN_ID}: bumped by every commit
 * @param pid {@code NFTA_GEN_PROC_PID}: the process that made it (events)
 * @param processName {@code NFTA_GEN_PROC_NAME}
 * @param unknown attributes not listed above
 */
public record Generation(NfGenMsg header, Integer id, Integer pid, String processName,
        List<RawAttribute> unknown) {
    /** The table, in the kernel's order. */
    public static final AttributeSetCodec<Generation> CODEC = AttributeSetCodec.builder(Generation.class, NftaGen.SPACE)
            .leading("header")
            .u32("id", NftaGen.ID)
            .u32("pid", NftaGen.PROC_PID)
            .string("processName", NftaGen.PROC_NAME)
            .unknown("unknown")
            .build(v -> new Generation(v.next(), v.next(), v.next(), v.next(), v.next()));
}

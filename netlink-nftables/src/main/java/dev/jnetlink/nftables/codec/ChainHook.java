package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * Where a base chain hooks in ({@code NFTA_CHAIN_HOOK}): {@code hook prerouting priority -100}.
 *
 * @param hook {@code NFTA_HOOK_HOOKNUM}: {@code NF_INET_PRE_ROUTING} 0 ... {@code POST_ROUTING} 4
 * @param priority {@code NFTA_HOOK_PRIORITY}, signed
 * @param device {@code NFTA_HOOK_DEV}: the device of a netdev chain
 * @param unknown attributes not listed above
 */
public record ChainHook(Integer hook, Integer priority, String device, List<RawAttribute> unknown) {
    /** The table, in the order {@code nft} sends it. */
    public static final AttributeSetCodec<ChainHook> CODEC = AttributeSetCodec.builder(ChainHook.class, NftaHook.SPACE)
            .u32("hook", NftaHook.HOOKNUM)
            .u32("priority", NftaHook.PRIORITY)
            .string("device", NftaHook.DEV)
            .unknown("unknown")
            .build(v -> new ChainHook(v.next(), v.next(), v.next(), v.next()));
}

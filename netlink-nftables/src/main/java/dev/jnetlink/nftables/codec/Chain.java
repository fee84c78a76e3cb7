package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A chain ({@code NFT_MSG_NEWCHAIN}): a base chain has a hook, a type and a policy; a regular
 * chain only a name.
 *
 * @param header the message's {@code nfgenmsg}: its family is the table's
 * @param table {@code NFTA_CHAIN_TABLE}
 * @param name {@code NFTA_CHAIN_NAME}
 * @param handle {@code NFTA_CHAIN_HANDLE}
 * @param type {@code NFTA_CHAIN_TYPE}: {@code filter}, {@code nat}, {@code route}
 * @param policy {@code NFTA_CHAIN_POLICY}: {@link Verdict#ACCEPT} or {@link Verdict#DROP}
 * @param hook {@code NFTA_CHAIN_HOOK}
 * @param flags {@code NFTA_CHAIN_FLAGS}: {@link #F_BASE}, ...
 * @param counters {@code NFTA_CHAIN_COUNTERS}
 * @param use {@code NFTA_CHAIN_USE}: how many rules and jumps refer to it
 * @param id {@code NFTA_CHAIN_ID}: its id in a transaction
 * @param userdata {@code NFTA_CHAIN_USERDATA}
 * @param unknown attributes not listed above
 */
public record Chain(NfGenMsg header, String table, String name, Long handle, String type,
        Integer policy, ChainHook hook, Integer flags, Counters counters, Integer use, Integer id,
        Bytes userdata, List<RawAttribute> unknown) {
    /** {@code NFT_CHAIN_BASE}. */
    public static final int F_BASE = 1;

    /** The table, in the order {@code nft} sends it; the kernel's extras after. */
    public static final AttributeSetCodec<Chain> CODEC = AttributeSetCodec.builder(Chain.class, NftaChain.SPACE)
            .leading("header")
            .string("table", NftaChain.TABLE)
            .string("name", NftaChain.NAME)
            .u64("handle", NftaChain.HANDLE)
            .string("type", NftaChain.TYPE)
            .u32("policy", NftaChain.POLICY)
            .nested("hook", NftaChain.HOOK | Nla.F_NESTED, ChainHook.CODEC)
            .u32("flags", NftaChain.FLAGS)
            .nested("counters", NftaChain.COUNTERS | Nla.F_NESTED, Counters.CODEC)
            .u32("use", NftaChain.USE)
            .u32("id", NftaChain.ID)
            .bytes("userdata", NftaChain.USERDATA)
            .unknown("unknown")
            .build(v -> new Chain(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** @return true for a base chain (one with a hook) */
    public boolean isBase() {
        return hook != null;
    }
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.nftables.codec.expr.Expression;
import dev.jnetlink.nftables.codec.expr.Expressions;
import java.util.List;

/**
 * A rule ({@code NFT_MSG_NEWRULE}): its place and its expressions.
 *
 * @param header the message's {@code nfgenmsg}: its family is the table's
 * @param table {@code NFTA_RULE_TABLE}
 * @param chain {@code NFTA_RULE_CHAIN}
 * @param handle {@code NFTA_RULE_HANDLE}: the kernel's number for it ({@code nft -a})
 * @param position {@code NFTA_RULE_POSITION}: the handle it is added after (or inserted before)
 * @param expressions {@code NFTA_RULE_EXPRESSIONS}
 * @param userdata {@code NFTA_RULE_USERDATA}: nft keeps comments there, as TLVs
 * @param compat {@code NFTA_RULE_COMPAT}, kept as bytes
 * @param id {@code NFTA_RULE_ID}: its id in a transaction
 * @param positionId {@code NFTA_RULE_POSITION_ID}
 * @param chainId {@code NFTA_RULE_CHAIN_ID}: its chain's id in the same transaction
 * @param unknown attributes not listed above
 */
public record Rule(NfGenMsg header, String table, String chain, Long handle, Long position,
        List<Expression> expressions, Bytes userdata, Bytes compat, Integer id, Integer positionId,
        Integer chainId, List<RawAttribute> unknown) {
    /** The table, in the order {@code nft} (libnftnl) sends it. */
    public static final AttributeSetCodec<Rule> CODEC = AttributeSetCodec.builder(Rule.class, NftaRule.SPACE)
            .leading("header")
            .string("table", NftaRule.TABLE)
            .string("chain", NftaRule.CHAIN)
            .u64("handle", NftaRule.HANDLE)
            .u64("position", NftaRule.POSITION)
            .attr("expressions", NftaRule.EXPRESSIONS | dev.jnetlink.codec.Nla.F_NESTED, Expressions.LIST)
            .bytes("userdata", NftaRule.USERDATA)
            .bytes("compat", NftaRule.COMPAT)
            .u32("id", NftaRule.ID)
            .u32("positionId", NftaRule.POSITION_ID)
            .u32("chainId", NftaRule.CHAIN_ID)
            .unknown("unknown")
            .build(v -> new Rule(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A verdict ({@code NFTA_DATA_VERDICT}): {@code accept}, {@code drop}, {@code jump docker},
 * {@code goto other}, {@code return}, {@code continue}.
 *
 * @param code {@code NFTA_VERDICT_CODE}: {@link #ACCEPT}, {@link #DROP}, {@link #JUMP},
 *     {@link #GOTO}, {@link #RETURN}, {@link #CONTINUE}, {@link #BREAK}
 * @param chain {@code NFTA_VERDICT_CHAIN}: the chain of a jump or goto
 * @param chainId {@code NFTA_VERDICT_CHAIN_ID}: that chain's id in the same transaction
 * @param unknown attributes not listed above
 */
public record Verdict(Integer code, String chain, Integer chainId, List<RawAttribute> unknown) {
    /** {@code NF_DROP}. */
    public static final int DROP = 0;
    /** {@code NF_ACCEPT}. */
    public static final int ACCEPT = 1;
    /** {@code NF_QUEUE}. */
    public static final int QUEUE = 3;
    /** {@code NFT_CONTINUE}. */
    public static final int CONTINUE = -1;
    /** {@code NFT_BREAK}. */
    public static final int BREAK = -2;
    /** {@code NFT_JUMP}. */
    public static final int JUMP = -3;
    /** {@code NFT_GOTO}. */
    public static final int GOTO = -4;
    /** {@code NFT_RETURN}. */
    public static final int RETURN = -5;

    /** The table, in the order {@code nft} sends it. */
    public static final AttributeSetCodec<Verdict> CODEC = AttributeSetCodec.builder(Verdict.class, NftaVerdict.SPACE)
            .u32("code", NftaVerdict.CODE)
            .string("chain", NftaVerdict.CHAIN)
            .u32("chainId", NftaVerdict.CHAIN_ID)
            .unknown("unknown")
            .build(v -> new Verdict(v.next(), v.next(), v.next(), v.next()));

    /**
     * @param code a verdict code without a chain
     * @return the verdict
     */
    public static Verdict of(int code) {
        return new Verdict(code, null, null, List.of());
    }

    /**
     * @param code {@link #JUMP} or {@link #GOTO}
     * @param chain the target chain
     * @return the verdict
     */
    public static Verdict to(int code, String chain) {
        return new Verdict(code, chain, null, List.of());
    }

    /** @return the verdict as nft writes it: {@code accept}, {@code jump docker}, ... */
    @Override
    public String toString() {
        String word = code == null ? "verdict?" : switch (code) {
            case DROP -> "drop";
            case ACCEPT -> "accept";
            case QUEUE -> "queue";
            case CONTINUE -> "continue";
            case BREAK -> "break";
            case JUMP -> "jump";
            case GOTO -> "goto";
            case RETURN -> "return";
            default -> "verdict " + code;
        };
        return chain == null ? word : word + " " + chain;
    }
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A set's description ({@code NFTA_SET_DESC}).
 *
 * @param size {@code NFTA_SET_DESC_SIZE}: how many elements (nft sends it for constant sets)
 * @param unknown attributes not listed above ({@code NFTA_SET_DESC_CONCAT} among them)
 */
public record SetDesc(Integer size, List<RawAttribute> unknown) {
    /** The table. */
    public static final AttributeSetCodec<SetDesc> CODEC = AttributeSetCodec.builder(SetDesc.class, NftaSetDesc.SPACE)
            .u32("size", NftaSetDesc.SIZE)
            .unknown("unknown")
            .build(v -> new SetDesc(v.next(), v.next()));
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * One element of a set or map ({@code NFTA_LIST_ELEM} of {@code NFTA_SET_ELEM_LIST_ELEMENTS}).
 * An interval set holds each range {@code a-b} as two elements: {@code a}, and {@code b+1}
 * with {@link #F_INTERVAL_END}.
 *
 * @param flags {@code NFTA_SET_ELEM_FLAGS}: {@link #F_INTERVAL_END}, {@link #F_CATCHALL}
 * @param timeout {@code NFTA_SET_ELEM_TIMEOUT}
 * @param expiration {@code NFTA_SET_ELEM_EXPIRATION}
 * @param key {@code NFTA_SET_ELEM_KEY}
 * @param keyEnd {@code NFTA_SET_ELEM_KEY_END}
 * @param data {@code NFTA_SET_ELEM_DATA}: a map's value
 * @param userdata {@code NFTA_SET_ELEM_USERDATA}
 * @param objref {@code NFTA_SET_ELEM_OBJREF}
 * @param unknown attributes not listed above
 */
public record SetElement(Integer flags, Long timeout, Long expiration, Data key, Data keyEnd,
        Data data, Bytes userdata, String objref, List<RawAttribute> unknown) {
    /** {@code NFT_SET_ELEM_INTERVAL_END}. */
    public static final int F_INTERVAL_END = 1;
    /** {@code NFT_SET_ELEM_CATCHALL}. */
    public static final int F_CATCHALL = 2;

    /** The table, in the order {@code nft} (libnftnl) sends it. */
    public static final AttributeSetCodec<SetElement> CODEC = AttributeSetCodec.builder(SetElement.class, NftaSetElem.SPACE)
            .u32("flags", NftaSetElem.FLAGS)
            .u64("timeout", NftaSetElem.TIMEOUT)
            .u64("expiration", NftaSetElem.EXPIRATION)
            .nested("key", NftaSetElem.KEY | Nla.F_NESTED, Data.CODEC)
            .nested("keyEnd", NftaSetElem.KEY_END | Nla.F_NESTED, Data.CODEC)
            .nested("data", NftaSetElem.DATA | Nla.F_NESTED, Data.CODEC)
            .bytes("userdata", NftaSetElem.USERDATA)
            .string("objref", NftaSetElem.OBJREF)
            .unknown("unknown")
            .build(v -> new SetElement(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** @return true if this element ends an interval */
    public boolean isIntervalEnd() {
        return flags != null && (flags & F_INTERVAL_END) != 0;
    }
}

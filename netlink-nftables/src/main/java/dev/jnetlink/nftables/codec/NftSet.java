package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A set or map ({@code NFT_MSG_NEWSET}), named ({@code set pubports}) or anonymous
 * ({@code __set0}, made for an inline {@code { 22, 80 }}).
 *
 * @param header the message's {@code nfgenmsg}: its family is the table's
 * @param table {@code NFTA_SET_TABLE}
 * @param name {@code NFTA_SET_NAME}
 * @param handle {@code NFTA_SET_HANDLE}
 * @param flags {@code NFTA_SET_FLAGS}: {@link #F_ANONYMOUS}, {@link #F_CONSTANT},
 *     {@link #F_INTERVAL}, {@link #F_MAP}, {@link #F_TIMEOUT}, ...
 * @param keyType {@code NFTA_SET_KEY_TYPE}: nft's data type of the key (informational)
 * @param keyLen {@code NFTA_SET_KEY_LEN}: key length in bytes
 * @param dataType {@code NFTA_SET_DATA_TYPE}: a map's value type
 * @param dataLen {@code NFTA_SET_DATA_LEN}: a map's value length
 * @param objType {@code NFTA_SET_OBJ_TYPE}
 * @param id {@code NFTA_SET_ID}: its id in a transaction
 * @param policy {@code NFTA_SET_POLICY}
 * @param desc {@code NFTA_SET_DESC}
 * @param timeout {@code NFTA_SET_TIMEOUT}, milliseconds
 * @param gcInterval {@code NFTA_SET_GC_INTERVAL}
 * @param userdata {@code NFTA_SET_USERDATA}: nft's TLVs (key byte order, comments)
 * @param unknown attributes not listed above
 */
public record NftSet(NfGenMsg header, String table, String name, Long handle, Integer flags,
        Integer keyType, Integer keyLen, Integer dataType, Integer dataLen, Integer objType,
        Integer id, Integer policy, SetDesc desc, Long timeout, Integer gcInterval, Bytes userdata,
        List<RawAttribute> unknown) {
    /** {@code NFT_SET_ANONYMOUS}. */
    public static final int F_ANONYMOUS = 0x1;
    /** {@code NFT_SET_CONSTANT}. */
    public static final int F_CONSTANT = 0x2;
    /** {@code NFT_SET_INTERVAL}. */
    public static final int F_INTERVAL = 0x4;
    /** {@code NFT_SET_MAP}. */
    public static final int F_MAP = 0x8;
    /** {@code NFT_SET_TIMEOUT}. */
    public static final int F_TIMEOUT = 0x10;
    /** {@code NFT_SET_EVAL}. */
    public static final int F_EVAL = 0x20;
    /** {@code NFT_SET_CONCAT}. */
    public static final int F_CONCAT = 0x80;

    /** The table, in the order {@code nft} (libnftnl) sends it. */
    public static final AttributeSetCodec<NftSet> CODEC = AttributeSetCodec.builder(NftSet.class, NftaSet.SPACE)
            .leading("header")
            .string("table", NftaSet.TABLE)
            .string("name", NftaSet.NAME)
            .u64("handle", NftaSet.HANDLE)
            .u32("flags", NftaSet.FLAGS)
            .u32("keyType", NftaSet.KEY_TYPE)
            .u32("keyLen", NftaSet.KEY_LEN)
            .u32("dataType", NftaSet.DATA_TYPE)
            .u32("dataLen", NftaSet.DATA_LEN)
            .u32("objType", NftaSet.OBJ_TYPE)
            .u32("id", NftaSet.ID)
            .u32("policy", NftaSet.POLICY)
            .nested("desc", NftaSet.DESC | Nla.F_NESTED, SetDesc.CODEC)
            .u64("timeout", NftaSet.TIMEOUT)
            .u32("gcInterval", NftaSet.GC_INTERVAL)
            .bytes("userdata", NftaSet.USERDATA)
            .unknown("unknown")
            .build(v -> new NftSet(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** @return true if it has the given {@code NFT_SET_*} flag */
    boolean has(int flag) {
        return flags != null && (flags & flag) != 0;
    }

    /** @return true for a map (elements have values) */
    public boolean isMap() {
        return has(F_MAP);
    }

    /** @return true for an interval set (elements are ranges) */
    public boolean isInterval() {
        return has(F_INTERVAL);
    }

    /** @return true for a set nft made for an inline {@code { ... }} */
    public boolean isAnonymous() {
        return has(F_ANONYMOUS);
    }
}

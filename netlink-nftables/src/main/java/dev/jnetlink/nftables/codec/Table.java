package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A table ({@code NFT_MSG_NEWTABLE}), as {@code nft list tables} lists it.
 *
 * @param header the message's {@code nfgenmsg}: its family is the table's
 * @param name {@code NFTA_TABLE_NAME}
 * @param flags {@code NFTA_TABLE_FLAGS}: {@link #F_DORMANT}, {@link #F_OWNER}
 * @param use {@code NFTA_TABLE_USE}: how many chains it holds
 * @param handle {@code NFTA_TABLE_HANDLE}
 * @param userdata {@code NFTA_TABLE_USERDATA} (nft keeps comments there)
 * @param owner {@code NFTA_TABLE_OWNER}: the netlink port that owns it
 * @param unknown attributes not listed above
 */
public record Table(NfGenMsg header, String name, Integer flags, Integer use, Long handle,
        Bytes userdata, Integer owner, List<RawAttribute> unknown) {
    /** {@code NFT_TABLE_F_DORMANT}. */
    public static final int F_DORMANT = 1;
    /** {@code NFT_TABLE_F_OWNER}. */
    public static final int F_OWNER = 2;

    /** The table, in the order {@code nft} sends it; the kernel's extras after. */
    public static final AttributeSetCodec<Table> CODEC = AttributeSetCodec.builder(Table.class, NftaTable.SPACE)
            .leading("header")
            .string("name", NftaTable.NAME)
            .u32("flags", NftaTable.FLAGS)
            .u32("use", NftaTable.USE)
            .u64("handle", NftaTable.HANDLE)
            .bytes("userdata", NftaTable.USERDATA)
            .u32("owner", NftaTable.OWNER)
            .unknown("unknown")
            .build(v -> new Table(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** @return the table's family, from the header */
    public int family() {
        return header.family();
    }
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** Attributes of a table message ({@code NFTA_TABLE_*}, {@code enum nft_table_attributes}). */
public final class NftaTable {
    public static final int UNSPEC = 0;
    public static final int NAME = 1;
    public static final int FLAGS = 2;
    public static final int USE = 3;
    public static final int HANDLE = 4;
    public static final int PAD = 5;
    public static final int USERDATA = 6;
    public static final int OWNER = 7;

    /** Names of the {@code NFTA_TABLE_*} attributes; values big-endian. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_TABLE", NftaTable.class, ByteOrder.BIG_ENDIAN);

    private NftaTable() {
    }
}

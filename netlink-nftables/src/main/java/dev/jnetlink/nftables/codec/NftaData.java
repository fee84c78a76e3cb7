package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** A value or a verdict ({@code NFTA_DATA_*}, {@code struct nft_data}). */
public final class NftaData {
    public static final int UNSPEC = 0;
    public static final int VALUE = 1;
    public static final int VERDICT = 2;

    /** Names of the {@code NFTA_DATA_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_DATA", NftaData.class, ByteOrder.BIG_ENDIAN)
            .withChild(VERDICT, NftaVerdict.SPACE);

    private NftaData() {
    }
}

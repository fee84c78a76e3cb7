package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** A set's description ({@code NFTA_SET_DESC_*}, nested in {@code NFTA_SET_DESC}). */
public final class NftaSetDesc {
    public static final int UNSPEC = 0;
    public static final int SIZE = 1;
    public static final int CONCAT = 2;

    /** Names of the {@code NFTA_SET_DESC_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_SET_DESC", NftaSetDesc.class, ByteOrder.BIG_ENDIAN);

    private NftaSetDesc() {
    }
}

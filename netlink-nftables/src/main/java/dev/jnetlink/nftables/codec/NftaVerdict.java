package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** A verdict ({@code NFTA_VERDICT_*}): its code and, for jump and goto, the chain. */
public final class NftaVerdict {
    public static final int UNSPEC = 0;
    public static final int CODE = 1;
    public static final int CHAIN = 2;
    public static final int CHAIN_ID = 3;

    /** Names of the {@code NFTA_VERDICT_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_VERDICT", NftaVerdict.class, ByteOrder.BIG_ENDIAN);

    private NftaVerdict() {
    }
}

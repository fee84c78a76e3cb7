package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** A list ({@code NFTA_LIST_ELEM}): of expressions in a rule, of elements in a set. */
public final class NftaList {
    public static final int UNSPEC = 0;
    public static final int ELEM = 1;

    /** The list element alone; {@link NftaExpr#LIST} and {@link NftaSetElem#LIST} say what it holds. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_LIST", NftaList.class, ByteOrder.BIG_ENDIAN);

    private NftaList() {
    }
}

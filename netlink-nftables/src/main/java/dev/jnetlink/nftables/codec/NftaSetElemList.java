package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** Attributes of a set-element message ({@code NFTA_SET_ELEM_LIST_*}). */
public final class NftaSetElemList {
    public static final int UNSPEC = 0;
    public static final int TABLE = 1;
    public static final int SET = 2;
    public static final int ELEMENTS = 3;
    public static final int SET_ID = 4;

    /** Names of the {@code NFTA_SET_ELEM_LIST_*} attributes; the elements are a list of {@code NFTA_SET_ELEM_*}. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_SET_ELEM_LIST", NftaSetElemList.class, ByteOrder.BIG_ENDIAN)
            .withChild(ELEMENTS, NftaSetElem.LIST);

    private NftaSetElemList() {
    }
}

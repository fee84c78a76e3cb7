package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** One set element ({@code NFTA_SET_ELEM_*}). */
public final class NftaSetElem {
    public static final int UNSPEC = 0;
    public static final int KEY = 1;
    public static final int DATA = 2;
    public static final int FLAGS = 3;
    public static final int TIMEOUT = 4;
    public static final int EXPIRATION = 5;
    public static final int USERDATA = 6;
    public static final int EXPR = 7;
    public static final int PAD = 8;
    public static final int OBJREF = 9;
    public static final int KEY_END = 10;
    public static final int EXPRESSIONS = 11;

    /** Names of the {@code NFTA_SET_ELEM_*} attributes; key and data are {@code NFTA_DATA_*}. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_SET_ELEM", NftaSetElem.class, ByteOrder.BIG_ENDIAN)
            .withChild(KEY, NftaData.SPACE)
            .withChild(DATA, NftaData.SPACE)
            .withChild(KEY_END, NftaData.SPACE)
            .withChild(EXPR, NftaExpr.SPACE)
            .withChild(EXPRESSIONS, NftaExpr.LIST);

    /** A list ({@code NFTA_LIST_ELEM}) of elements: {@code NFTA_SET_ELEM_LIST_ELEMENTS}. */
    public static final AttributeSpace LIST = NftaList.SPACE.withChild(NftaList.ELEM, SPACE);

    private NftaSetElem() {
    }
}

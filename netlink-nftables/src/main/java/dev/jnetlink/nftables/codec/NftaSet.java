package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** Attributes of a set message ({@code NFTA_SET_*}). */
public final class NftaSet {
    public static final int UNSPEC = 0;
    public static final int TABLE = 1;
    public static final int NAME = 2;
    public static final int FLAGS = 3;
    public static final int KEY_TYPE = 4;
    public static final int KEY_LEN = 5;
    public static final int DATA_TYPE = 6;
    public static final int DATA_LEN = 7;
    public static final int POLICY = 8;
    public static final int DESC = 9;
    public static final int ID = 10;
    public static final int TIMEOUT = 11;
    public static final int GC_INTERVAL = 12;
    public static final int USERDATA = 13;
    public static final int PAD = 14;
    public static final int OBJ_TYPE = 15;
    public static final int HANDLE = 16;
    public static final int EXPR = 17;
    public static final int EXPRESSIONS = 18;

    /** Names of the {@code NFTA_SET_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_SET", NftaSet.class, ByteOrder.BIG_ENDIAN)
            .withChild(DESC, NftaSetDesc.SPACE)
            .withChild(EXPR, NftaExpr.SPACE)
            .withChild(EXPRESSIONS, NftaExpr.LIST);

    private NftaSet() {
    }
}

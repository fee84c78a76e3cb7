package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** Attributes of a rule message ({@code NFTA_RULE_*}). */
public final class NftaRule {
    public static final int UNSPEC = 0;
    public static final int TABLE = 1;
    public static final int CHAIN = 2;
    public static final int HANDLE = 3;
    public static final int EXPRESSIONS = 4;
    public static final int COMPAT = 5;
    public static final int POSITION = 6;
    public static final int USERDATA = 7;
    public static final int PAD = 8;
    public static final int ID = 9;
    public static final int POSITION_ID = 10;
    public static final int CHAIN_ID = 11;

    /** Names of the {@code NFTA_RULE_*} attributes; the expressions are a list of {@code NFTA_EXPR_*}. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_RULE", NftaRule.class, ByteOrder.BIG_ENDIAN)
            .withChild(EXPRESSIONS, NftaExpr.LIST);

    private NftaRule() {
    }
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** One expression ({@code NFTA_EXPR_*}): its name and its data, whose attributes the name decides. */
public final class NftaExpr {
    public static final int UNSPEC = 0;
    public static final int NAME = 1;
    public static final int DATA = 2;

    /** Names of the {@code NFTA_EXPR_*} attributes; DATA's attributes follow NAME ({@code NFTA_PAYLOAD_*} for {@code "payload"}). */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_EXPR", NftaExpr.class, ByteOrder.BIG_ENDIAN)
            .withChildChosenBy(NAME, DATA, dev.jnetlink.nftables.codec.expr.Expressions::space);

    /** A list ({@code NFTA_LIST_ELEM}) of expressions: a rule's {@code NFTA_RULE_EXPRESSIONS}. */
    public static final AttributeSpace LIST = NftaList.SPACE.withChild(NftaList.ELEM, SPACE);

    private NftaExpr() {
    }
}

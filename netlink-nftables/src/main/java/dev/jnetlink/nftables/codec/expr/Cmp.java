package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.nftables.codec.Data;
import dev.jnetlink.nftables.codec.NftaData;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code cmp} expression: compares a register with a value. As {@code nft --debug=netlink} shows it:
 * {@code [ cmp eq reg 1 0x00005000 ]}.
 *
 * @param sreg {@code NFTA_CMP_SREG}: register compared
 * @param op {@code NFTA_CMP_OP}: {@link Values#EQ}, {@link Values#NEQ}, {@link Values#LT}, {@link Values#LTE}, {@link Values#GT}, {@link Values#GTE}
 * @param data {@code NFTA_CMP_DATA}: the value
 * @param unknown attributes not listed above
 */
public record Cmp(Integer sreg, Integer op, Data data, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int SREG = 1;
    public static final int OP = 2;
    public static final int DATA = 3;

    /** Names of the {@code NFTA_CMP_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_CMP", Cmp.class, ByteOrder.BIG_ENDIAN)
            .withChild(DATA, NftaData.SPACE);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Cmp> CODEC = AttributeSetCodec.builder(Cmp.class, SPACE)
            .u32("sreg", SREG)
            .u32("op", OP)
            .nested("data", DATA | Nla.F_NESTED, Data.CODEC)
            .unknown("unknown")
            .build(v -> new Cmp(v.next(), v.next(), v.next(), v.next()));

    /** The values of its attributes, from {@code linux/netfilter/nf_tables.h}. */
    public static final class Values {
        public static final int EQ = 0;
        public static final int NEQ = 1;
        public static final int LT = 2;
        public static final int LTE = 3;
        public static final int GT = 4;
        public static final int GTE = 5;

        private Values() {
        }
    }

    @Override
    public String name() {
        return "cmp";
    }
}

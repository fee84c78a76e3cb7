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
 * The {@code range} expression: checks a register against an inclusive range. As {@code nft --debug=netlink} shows it:
 * {@code [ range eq reg 1 0x0000e803 0x0000d007 ]}.
 *
 * @param sreg {@code NFTA_RANGE_SREG}: register checked
 * @param op {@code NFTA_RANGE_OP}: {@link Values#EQ} or {@link Values#NEQ}
 * @param fromData {@code NFTA_RANGE_FROM_DATA}: the first value
 * @param toData {@code NFTA_RANGE_TO_DATA}: the last value
 * @param unknown attributes not listed above
 */
public record Range(Integer sreg, Integer op, Data fromData, Data toData, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int SREG = 1;
    public static final int OP = 2;
    public static final int FROM_DATA = 3;
    public static final int TO_DATA = 4;

    /** Names of the {@code NFTA_RANGE_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_RANGE", Range.class, ByteOrder.BIG_ENDIAN)
            .withChild(FROM_DATA, NftaData.SPACE)
            .withChild(TO_DATA, NftaData.SPACE);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Range> CODEC = AttributeSetCodec.builder(Range.class, SPACE)
            .u32("sreg", SREG)
            .u32("op", OP)
            .nested("fromData", FROM_DATA | Nla.F_NESTED, Data.CODEC)
            .nested("toData", TO_DATA | Nla.F_NESTED, Data.CODEC)
            .unknown("unknown")
            .build(v -> new Range(v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The values of its attributes, from {@code linux/netfilter/nf_tables.h}. */
    public static final class Values {
        public static final int EQ = 0;
        public static final int NEQ = 1;

        private Values() {
        }
    }

    @Override
    public String name() {
        return "range";
    }
}

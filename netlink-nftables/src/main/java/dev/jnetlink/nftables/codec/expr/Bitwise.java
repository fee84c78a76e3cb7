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
 * The {@code bitwise} expression: masks (and xors, or shifts) a register. As {@code nft --debug=netlink} shows it:
 * {@code [ bitwise reg 1 = ( reg 1 & 0x00000006 ) ^ 0x00000000 ]}.
 *
 * @param sreg {@code NFTA_BITWISE_SREG}: source register
 * @param dreg {@code NFTA_BITWISE_DREG}: destination register
 * @param op {@code NFTA_BITWISE_OP}: {@link Values#MASK_XOR}, {@link Values#LSHIFT}, {@link Values#RSHIFT}; absent means mask-and-xor
 * @param len {@code NFTA_BITWISE_LEN}: length in bytes
 * @param mask {@code NFTA_BITWISE_MASK}: the mask
 * @param xor {@code NFTA_BITWISE_XOR}: the xor
 * @param data {@code NFTA_BITWISE_DATA}: the shift amount
 * @param unknown attributes not listed above
 */
public record Bitwise(Integer sreg, Integer dreg, Integer op, Integer len, Data mask, Data xor, Data data, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int SREG = 1;
    public static final int DREG = 2;
    public static final int LEN = 3;
    public static final int MASK = 4;
    public static final int XOR = 5;
    public static final int OP = 6;
    public static final int DATA = 7;

    /** Names of the {@code NFTA_BITWISE_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_BITWISE", Bitwise.class, ByteOrder.BIG_ENDIAN)
            .withChild(MASK, NftaData.SPACE)
            .withChild(XOR, NftaData.SPACE)
            .withChild(DATA, NftaData.SPACE);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Bitwise> CODEC = AttributeSetCodec.builder(Bitwise.class, SPACE)
            .u32("sreg", SREG)
            .u32("dreg", DREG)
            .u32("op", OP)
            .u32("len", LEN)
            .nested("mask", MASK | Nla.F_NESTED, Data.CODEC)
            .nested("xor", XOR | Nla.F_NESTED, Data.CODEC)
            .nested("data", DATA | Nla.F_NESTED, Data.CODEC)
            .unknown("unknown")
            .build(v -> new Bitwise(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The values of its attributes, from {@code linux/netfilter/nf_tables.h}. */
    public static final class Values {
        public static final int MASK_XOR = 0;
        public static final int LSHIFT = 1;
        public static final int RSHIFT = 2;

        private Values() {
        }
    }

    @Override
    public String name() {
        return "bitwise";
    }
}

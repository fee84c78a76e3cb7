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
 * The {@code immediate} expression: loads a constant, or sets the verdict (register 0). As {@code nft --debug=netlink} shows it:
 * {@code [ immediate reg 0 jump -> docker ]}.
 *
 * @param dreg {@code NFTA_IMMEDIATE_DREG}: destination register; 0 is the verdict register
 * @param data {@code NFTA_IMMEDIATE_DATA}: the value or verdict
 * @param unknown attributes not listed above
 */
public record Immediate(Integer dreg, Data data, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int DREG = 1;
    public static final int DATA = 2;

    /** Names of the {@code NFTA_IMMEDIATE_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_IMMEDIATE", Immediate.class, ByteOrder.BIG_ENDIAN)
            .withChild(DATA, NftaData.SPACE);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Immediate> CODEC = AttributeSetCodec.builder(Immediate.class, SPACE)
            .u32("dreg", DREG)
            .nested("data", DATA | Nla.F_NESTED, Data.CODEC)
            .unknown("unknown")
            .build(v -> new Immediate(v.next(), v.next(), v.next()));

    @Override
    public String name() {
        return "immediate";
    }
}

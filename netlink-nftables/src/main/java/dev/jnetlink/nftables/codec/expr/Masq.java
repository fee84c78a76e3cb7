package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code masq} expression: source NAT to the outgoing interface's address ({@code masquerade}). As {@code nft --debug=netlink} shows it:
 * {@code [ masq proto_min reg 1 proto_max reg 2 flags 0x2 ]}.
 *
 * @param flags {@code NFTA_MASQ_FLAGS}: {@code NF_NAT_RANGE_*} flags
 * @param regProtoMin {@code NFTA_MASQ_REG_PROTO_MIN}: register with the first port
 * @param regProtoMax {@code NFTA_MASQ_REG_PROTO_MAX}: register with the last port
 * @param unknown attributes not listed above
 */
public record Masq(Integer flags, Integer regProtoMin, Integer regProtoMax, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int FLAGS = 1;
    public static final int REG_PROTO_MIN = 2;
    public static final int REG_PROTO_MAX = 3;

    /** Names of the {@code NFTA_MASQ_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_MASQ", Masq.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Masq> CODEC = AttributeSetCodec.builder(Masq.class, SPACE)
            .u32("flags", FLAGS)
            .u32("regProtoMin", REG_PROTO_MIN)
            .u32("regProtoMax", REG_PROTO_MAX)
            .unknown("unknown")
            .build(v -> new Masq(v.next(), v.next(), v.next(), v.next()));

    @Override
    public String name() {
        return "masq";
    }
}

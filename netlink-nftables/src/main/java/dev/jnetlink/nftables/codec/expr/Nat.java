package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code nat} expression: source or destination NAT to addresses and ports held in registers ({@code snat}, {@code dnat}). As {@code nft --debug=netlink} shows it:
 * {@code [ nat dnat ip addr_min reg 1 proto_min reg 2 flags 0x2 ]}.
 *
 * @param type {@code NFTA_NAT_TYPE}: {@link Values#SNAT} or {@link Values#DNAT}
 * @param family {@code NFTA_NAT_FAMILY}: address family of the addresses: 2 (ip), 10 (ip6)
 * @param regAddrMin {@code NFTA_NAT_REG_ADDR_MIN}: register with the first address
 * @param regAddrMax {@code NFTA_NAT_REG_ADDR_MAX}: register with the last address
 * @param regProtoMin {@code NFTA_NAT_REG_PROTO_MIN}: register with the first port
 * @param regProtoMax {@code NFTA_NAT_REG_PROTO_MAX}: register with the last port
 * @param flags {@code NFTA_NAT_FLAGS}: {@code NF_NAT_RANGE_*}: {@link Values#RANGE_MAP_IPS}, {@link Values#RANGE_PROTO_SPECIFIED}, ...
 * @param unknown attributes not listed above
 */
public record Nat(Integer type, Integer family, Integer regAddrMin, Integer regAddrMax, Integer regProtoMin, Integer regProtoMax, Integer flags, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int TYPE = 1;
    public static final int FAMILY = 2;
    public static final int REG_ADDR_MIN = 3;
    public static final int REG_ADDR_MAX = 4;
    public static final int REG_PROTO_MIN = 5;
    public static final int REG_PROTO_MAX = 6;
    public static final int FLAGS = 7;

    /** Names of the {@code NFTA_NAT_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_NAT", Nat.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Nat> CODEC = AttributeSetCodec.builder(Nat.class, SPACE)
            .u32("type", TYPE)
            .u32("family", FAMILY)
            .u32("regAddrMin", REG_ADDR_MIN)
            .u32("regAddrMax", REG_ADDR_MAX)
            .u32("regProtoMin", REG_PROTO_MIN)
            .u32("regProtoMax", REG_PROTO_MAX)
            .u32("flags", FLAGS)
            .unknown("unknown")
            .build(v -> new Nat(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The values of its attributes, from {@code linux/netfilter/nf_tables.h}. */
    public static final class Values {
        public static final int SNAT = 0;
        public static final int DNAT = 1;
        public static final int RANGE_MAP_IPS = 1;
        public static final int RANGE_PROTO_SPECIFIED = 2;
        public static final int RANGE_PROTO_RANDOM = 4;
        public static final int RANGE_PERSISTENT = 8;
        public static final int RANGE_PROTO_RANDOM_FULLY = 16;
        public static final int RANGE_PROTO_OFFSET = 32;
        public static final int RANGE_NETMAP = 64;

        private Values() {
        }
    }

    @Override
    public String name() {
        return "nat";
    }
}

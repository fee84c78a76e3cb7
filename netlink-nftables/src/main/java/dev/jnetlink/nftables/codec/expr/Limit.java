package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code limit} expression: rate limit ({@code limit rate 10/second}). As {@code nft --debug=netlink} shows it:
 * {@code [ limit rate 10/second burst 5 type packets flags 0x0 ]}.
 *
 * @param rate {@code NFTA_LIMIT_RATE}: how many per unit
 * @param unit {@code NFTA_LIMIT_UNIT}: the unit, in seconds
 * @param burst {@code NFTA_LIMIT_BURST}: burst
 * @param type {@code NFTA_LIMIT_TYPE}: {@link Values#TYPE_PACKETS} or {@link Values#TYPE_BYTES}
 * @param flags {@code NFTA_LIMIT_FLAGS}: {@link Values#F_INV}: match over the limit
 * @param unknown attributes not listed above
 */
public record Limit(Long rate, Long unit, Integer burst, Integer type, Integer flags, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int RATE = 1;
    public static final int UNIT = 2;
    public static final int BURST = 3;
    public static final int TYPE = 4;
    public static final int FLAGS = 5;
    public static final int PAD = 6;

    /** Names of the {@code NFTA_LIMIT_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_LIMIT", Limit.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Limit> CODEC = AttributeSetCodec.builder(Limit.class, SPACE)
            .u64("rate", RATE)
            .u64("unit", UNIT)
            .u32("burst", BURST)
            .u32("type", TYPE)
            .u32("flags", FLAGS)
            .unknown("unknown")
            .build(v -> new Limit(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The values of its attributes, from {@code linux/netfilter/nf_tables.h}. */
    public static final class Values {
        public static final int TYPE_PACKETS = 0;
        public static final int TYPE_BYTES = 1;
        public static final int F_INV = 1;

        private Values() {
        }
    }

    @Override
    public String name() {
        return "limit";
    }
}

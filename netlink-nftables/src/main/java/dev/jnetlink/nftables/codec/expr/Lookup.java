package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code lookup} expression: looks a register up in a set or map ({@code @set}, {@code map @m}). As {@code nft --debug=netlink} shows it:
 * {@code [ lookup reg 1 set pubports ]}.
 *
 * @param sreg {@code NFTA_LOOKUP_SREG}: register looked up
 * @param dreg {@code NFTA_LOOKUP_DREG}: register the map's value goes to
 * @param set {@code NFTA_LOOKUP_SET}: the set's name
 * @param setId {@code NFTA_LOOKUP_SET_ID}: the set's id in the same transaction
 * @param flags {@code NFTA_LOOKUP_FLAGS}: {@link Values#F_INV}: match when absent
 * @param unknown attributes not listed above
 */
public record Lookup(Integer sreg, Integer dreg, String set, Integer setId, Integer flags, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int SET = 1;
    public static final int SREG = 2;
    public static final int DREG = 3;
    public static final int SET_ID = 4;
    public static final int FLAGS = 5;

    /** Names of the {@code NFTA_LOOKUP_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_LOOKUP", Lookup.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Lookup> CODEC = AttributeSetCodec.builder(Lookup.class, SPACE)
            .u32("sreg", SREG)
            .u32("dreg", DREG)
            .string("set", SET)
            .u32("setId", SET_ID)
            .u32("flags", FLAGS)
            .unknown("unknown")
            .build(v -> new Lookup(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The values of its attributes, from {@code linux/netfilter/nf_tables.h}. */
    public static final class Values {
        public static final int F_INV = 1;

        private Values() {
        }
    }

    @Override
    public String name() {
        return "lookup";
    }
}

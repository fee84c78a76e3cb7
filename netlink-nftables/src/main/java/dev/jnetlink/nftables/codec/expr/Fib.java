package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code fib} expression: looks the packet up in the routing table ({@code fib daddr type}). As {@code nft --debug=netlink} shows it:
 * {@code [ fib daddr type => reg 1 ]}.
 *
 * @param flags {@code NFTA_FIB_FLAGS}: what to look up: {@link Values#F_SADDR}, {@link Values#F_DADDR}, {@link Values#F_MARK}, {@link Values#F_IIF}, {@link Values#F_OIF}, {@link Values#F_PRESENT}
 * @param result {@code NFTA_FIB_RESULT}: what to load: {@link Values#RESULT_OIF}, {@link Values#RESULT_OIFNAME}, {@link Values#RESULT_ADDRTYPE}
 * @param dreg {@code NFTA_FIB_DREG}: destination register
 * @param unknown attributes not listed above
 */
public record Fib(Integer flags, Integer result, Integer dreg, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int DREG = 1;
    public static final int RESULT = 2;
    public static final int FLAGS = 3;

    /** Names of the {@code NFTA_FIB_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_FIB", Fib.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Fib> CODEC = AttributeSetCodec.builder(Fib.class, SPACE)
            .u32("flags", FLAGS)
            .u32("result", RESULT)
            .u32("dreg", DREG)
            .unknown("unknown")
            .build(v -> new Fib(v.next(), v.next(), v.next(), v.next()));

    /** The values of its attributes, from {@code linux/netfilter/nf_tables.h}. */
    public static final class Values {
        public static final int F_SADDR = 1;
        public static final int F_DADDR = 2;
        public static final int F_MARK = 4;
        public static final int F_IIF = 8;
        public static final int F_OIF = 16;
        public static final int F_PRESENT = 32;
        public static final int RESULT_OIF = 1;
        public static final int RESULT_OIFNAME = 2;
        public static final int RESULT_ADDRTYPE = 3;

        private Values() {
        }
    }

    @Override
    public String name() {
        return "fib";
    }
}

package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code meta} expression: loads packet metadata (interface, protocol, mark, ...) into a register, or sets it. As {@code nft --debug=netlink} shows it:
 * {@code [ meta load iifname => reg 1 ]}.
 *
 * @param key {@code NFTA_META_KEY}: what: {@link Values#L4PROTO}, {@link Values#IIFNAME}, {@link Values#OIFNAME}, {@link Values#NFPROTO}, ...
 * @param dreg {@code NFTA_META_DREG}: destination register of a load
 * @param sreg {@code NFTA_META_SREG}: source register of a set
 * @param unknown attributes not listed above
 */
public record Meta(Integer key, Integer dreg, Integer sreg, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int DREG = 1;
    public static final int KEY = 2;
    public static final int SREG = 3;

    /** Names of the {@code NFTA_META_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_META", Meta.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Meta> CODEC = AttributeSetCodec.builder(Meta.class, SPACE)
            .u32("key", KEY)
            .u32("dreg", DREG)
            .u32("sreg", SREG)
            .unknown("unknown")
            .build(v -> new Meta(v.next(), v.next(), v.next(), v.next()));

    /** The values of its attributes, from {@code linux/netfilter/nf_tables.h}. */
    public static final class Values {
        public static final int LEN = 0;
        public static final int PROTOCOL = 1;
        public static final int PRIORITY = 2;
        public static final int MARK = 3;
        public static final int IIF = 4;
        public static final int OIF = 5;
        public static final int IIFNAME = 6;
        public static final int OIFNAME = 7;
        public static final int IIFTYPE = 8;
        public static final int OIFTYPE = 9;
        public static final int SKUID = 10;
        public static final int SKGID = 11;
        public static final int NFTRACE = 12;
        public static final int RTCLASSID = 13;
        public static final int SECMARK = 14;
        public static final int NFPROTO = 15;
        public static final int L4PROTO = 16;
        public static final int BRI_IIFNAME = 17;
        public static final int BRI_OIFNAME = 18;
        public static final int PKTTYPE = 19;
        public static final int CPU = 20;
        public static final int IIFGROUP = 21;
        public static final int OIFGROUP = 22;
        public static final int CGROUP = 23;
        public static final int PRANDOM = 24;

        private Values() {
        }
    }

    @Override
    public String name() {
        return "meta";
    }
}

package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code ct} expression: loads connection tracking state into a register, or sets it. As {@code nft --debug=netlink} shows it:
 * {@code [ ct load state => reg 1 ]}.
 *
 * @param key {@code NFTA_CT_KEY}: what: {@link Values#STATE}, {@link Values#DIRECTION}, {@link Values#STATUS}, {@link Values#MARK}, ...
 * @param dreg {@code NFTA_CT_DREG}: destination register of a load
 * @param direction {@code NFTA_CT_DIRECTION}: original (0) or reply (1), for keys that have one
 * @param sreg {@code NFTA_CT_SREG}: source register of a set
 * @param unknown attributes not listed above
 */
public record Ct(Integer key, Integer dreg, Integer direction, Integer sreg, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int DREG = 1;
    public static final int KEY = 2;
    public static final int DIRECTION = 3;
    public static final int SREG = 4;

    /** Names of the {@code NFTA_CT_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_CT", Ct.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Ct> CODEC = AttributeSetCodec.builder(Ct.class, SPACE)
            .u32("key", KEY)
            .u32("dreg", DREG)
            .u8("direction", DIRECTION)
            .u32("sreg", SREG)
            .unknown("unknown")
            .build(v -> new Ct(v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The values of its attributes, from {@code linux/netfilter/nf_tables.h}. */
    public static final class Values {
        public static final int STATE = 0;
        public static final int DIRECTION = 1;
        public static final int STATUS = 2;
        public static final int MARK = 3;
        public static final int SECMARK = 4;
        public static final int EXPIRATION = 5;
        public static final int HELPER = 6;
        public static final int L3PROTOCOL = 7;
        public static final int SRC = 8;
        public static final int DST = 9;
        public static final int PROTOCOL = 10;
        public static final int PROTO_SRC = 11;
        public static final int PROTO_DST = 12;
        public static final int LABELS = 13;
        public static final int PKTS = 14;
        public static final int BYTES = 15;
        public static final int AVGPKT = 16;
        public static final int ZONE = 17;
        public static final int EVENTMASK = 18;
        public static final int SRC_IP = 19;
        public static final int DST_IP = 20;
        public static final int SRC_IP6 = 21;
        public static final int DST_IP6 = 22;
        public static final int ID = 23;

        private Values() {
        }
    }

    @Override
    public String name() {
        return "ct";
    }
}

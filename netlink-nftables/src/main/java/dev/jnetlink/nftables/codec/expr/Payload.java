package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code payload} expression: loads bytes of a packet header into a register, or writes them back. As {@code nft --debug=netlink} shows it:
 * {@code [ payload load 2b @ transport header + 2 => reg 1 (tcp dport) ]}.
 *
 * @param dreg {@code NFTA_PAYLOAD_DREG}: destination register of a load
 * @param base {@code NFTA_PAYLOAD_BASE}: header: {@link Values#BASE_LL}, {@link Values#BASE_NETWORK}, {@link Values#BASE_TRANSPORT}, {@link Values#BASE_INNER}
 * @param offset {@code NFTA_PAYLOAD_OFFSET}: offset in bytes from the start of the header
 * @param len {@code NFTA_PAYLOAD_LEN}: length in bytes
 * @param sreg {@code NFTA_PAYLOAD_SREG}: source register of a write
 * @param csumType {@code NFTA_PAYLOAD_CSUM_TYPE}: checksum to fix after a write
 * @param csumOffset {@code NFTA_PAYLOAD_CSUM_OFFSET}: where that checksum is
 * @param csumFlags {@code NFTA_PAYLOAD_CSUM_FLAGS}: checksum flags
 * @param unknown attributes not listed above
 */
public record Payload(Integer dreg, Integer base, Integer offset, Integer len, Integer sreg, Integer csumType, Integer csumOffset, Integer csumFlags, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int DREG = 1;
    public static final int BASE = 2;
    public static final int OFFSET = 3;
    public static final int LEN = 4;
    public static final int SREG = 5;
    public static final int CSUM_TYPE = 6;
    public static final int CSUM_OFFSET = 7;
    public static final int CSUM_FLAGS = 8;

    /** Names of the {@code NFTA_PAYLOAD_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_PAYLOAD", Payload.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Payload> CODEC = AttributeSetCodec.builder(Payload.class, SPACE)
            .u32("dreg", DREG)
            .u32("base", BASE)
            .u32("offset", OFFSET)
            .u32("len", LEN)
            .u32("sreg", SREG)
            .u32("csumType", CSUM_TYPE)
            .u32("csumOffset", CSUM_OFFSET)
            .u32("csumFlags", CSUM_FLAGS)
            .unknown("unknown")
            .build(v -> new Payload(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The values of its attributes, from {@code linux/netfilter/nf_tables.h}. */
    public static final class Values {
        public static final int BASE_LL = 0;
        public static final int BASE_NETWORK = 1;
        public static final int BASE_TRANSPORT = 2;
        public static final int BASE_INNER = 3;

        private Values() {
        }
    }

    @Override
    public String name() {
        return "payload";
    }
}

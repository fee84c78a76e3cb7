package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code counter} expression: counts packets and bytes ({@code counter}). As {@code nft --debug=netlink} shows it:
 * {@code [ counter pkts 2 bytes 104 ]}.
 *
 * @param bytes {@code NFTA_COUNTER_BYTES}: bytes counted
 * @param packets {@code NFTA_COUNTER_PACKETS}: packets counted
 * @param unknown attributes not listed above
 */
public record Counter(Long bytes, Long packets, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int BYTES = 1;
    public static final int PACKETS = 2;
    public static final int PAD = 3;

    /** Names of the {@code NFTA_COUNTER_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_COUNTER", Counter.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Counter> CODEC = AttributeSetCodec.builder(Counter.class, SPACE)
            .u64("bytes", BYTES)
            .u64("packets", PACKETS)
            .unknown("unknown")
            .build(v -> new Counter(v.next(), v.next(), v.next()));

    @Override
    public String name() {
        return "counter";
    }
}

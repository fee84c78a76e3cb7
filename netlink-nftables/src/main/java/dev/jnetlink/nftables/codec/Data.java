package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A value or a verdict ({@code struct nft_data}): what {@code cmp} compares with, what
 * {@code immediate} loads, a set element's key and a map's value. Values are bytes in the
 * order the packet has them (an IPv4 address, a port in network order, an interface name
 * padded to 16 bytes).
 *
 * @param value {@code NFTA_DATA_VALUE}
 * @param verdict {@code NFTA_DATA_VERDICT}
 * @param unknown attributes not listed above
 */
public record Data(Bytes value, Verdict verdict, List<RawAttribute> unknown) {
    /** The table, in the order {@code nft} sends it. */
    public static final AttributeSetCodec<Data> CODEC = AttributeSetCodec.builder(Data.class, NftaData.SPACE)
            .bytes("value", NftaData.VALUE)
            .nested("verdict", NftaData.VERDICT | Nla.F_NESTED, Verdict.CODEC)
            .unknown("unknown")
            .build(v -> new Data(v.next(), v.next(), v.next()));

    /**
     * @param bytes the value
     * @return data holding it
     */
    public static Data value(Bytes bytes) {
        return new Data(bytes, null, List.of());
    }

    /**
     * @param bytes the value
     * @return data holding a copy of it
     */
    public static Data value(byte... bytes) {
        return value(Bytes.of(bytes));
    }

    /**
     * @param verdict the verdict
     * @return data holding it
     */
    public static Data verdict(Verdict verdict) {
        return new Data(null, verdict, List.of());
    }
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** Counters ({@code NFTA_COUNTER_*}): a chain's {@code NFTA_CHAIN_COUNTERS} and the counter expression. */
public final class NftaCounter {
    public static final int UNSPEC = 0;
    public static final int BYTES = 1;
    public static final int PACKETS = 2;
    public static final int PAD = 3;

    /** Names of the {@code NFTA_COUNTER_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_COUNTER", NftaCounter.class, ByteOrder.BIG_ENDIAN);

    private NftaCounter() {
    }
}

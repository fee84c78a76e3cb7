package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** Attributes of a chain message ({@code NFTA_CHAIN_*}). */
public final class NftaChain {
    public static final int UNSPEC = 0;
    public static final int TABLE = 1;
    public static final int HANDLE = 2;
    public static final int NAME = 3;
    public static final int HOOK = 4;
    public static final int POLICY = 5;
    public static final int USE = 6;
    public static final int TYPE = 7;
    public static final int COUNTERS = 8;
    public static final int PAD = 9;
    public static final int FLAGS = 10;
    public static final int ID = 11;
    public static final int USERDATA = 12;

    /** Names of the {@code NFTA_CHAIN_*} attributes, the hook and counters nested. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_CHAIN", NftaChain.class, ByteOrder.BIG_ENDIAN)
            .withChild(HOOK, NftaHook.SPACE)
            .withChild(COUNTERS, NftaCounter.SPACE);

    private NftaChain() {
    }
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** A base chain's hook ({@code NFTA_HOOK_*}, nested in {@code NFTA_CHAIN_HOOK}). */
public final class NftaHook {
    public static final int UNSPEC = 0;
    public static final int HOOKNUM = 1;
    public static final int PRIORITY = 2;
    public static final int DEV = 3;
    public static final int DEVS = 4;

    /** Names of the {@code NFTA_HOOK_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_HOOK", NftaHook.class, ByteOrder.BIG_ENDIAN);

    private NftaHook() {
    }
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import java.nio.ByteOrder;

/** A generation message ({@code NFTA_GEN_*}): the ruleset's generation id and who made it. */
public final class NftaGen {
    public static final int UNSPEC = 0;
    public static final int ID = 1;
    public static final int PROC_PID = 2;
    public static final int PROC_NAME = 3;

    /** Names of the {@code NFTA_GEN_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_GEN", NftaGen.class, ByteOrder.BIG_ENDIAN);

    private NftaGen() {
    }
}

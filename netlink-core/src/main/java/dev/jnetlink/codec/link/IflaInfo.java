package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeSpace;

/** Attributes nested in {@code IFLA_LINKINFO} ({@code IFLA_INFO_*}). */
public final class IflaInfo {
    public static final int UNSPEC = 0;
    public static final int KIND = 1;
    public static final int DATA = 2;
    public static final int XSTATS = 3;
    public static final int SLAVE_KIND = 4;
    public static final int SLAVE_DATA = 5;

    /**
     * Names of the {@code IFLA_INFO_*} attributes; DATA's space follows KIND (through the kind
     * registry). Here, not in a codec: an error in a request names attributes through these
     * spaces, and a request may be the first thing that touches them.
     */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_INFO", IflaInfo.class)
            .withChildChosenBy(KIND, DATA, k -> {
                LinkKind lk = LinkKinds.get(k);
                return lk == null ? null : lk.dataSpace();
            })
            .withChildChosenBy(SLAVE_KIND, SLAVE_DATA, k -> {
                LinkKind lk = LinkKinds.get(k);
                return lk == null ? null : lk.slaveDataSpace();
            });

    private IflaInfo() {
    }
}

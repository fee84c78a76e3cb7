package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.link.TableLinkKind;

/** The {@code ipvtap} kind: the same {@link IpvlanInfo} as ipvlan. */
public final class IpvtapKind extends TableLinkKind {
    /** For {@link java.util.ServiceLoader}. */
    public IpvtapKind() {
        super("ipvtap", IpvlanInfo.CODEC);
    }
}

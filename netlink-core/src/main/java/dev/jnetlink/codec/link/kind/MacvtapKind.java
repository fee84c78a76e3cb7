package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.link.TableLinkKind;

/** The {@code macvtap} kind: the same {@link MacvlanInfo} as macvlan. */
public final class MacvtapKind extends TableLinkKind {
    /** For {@link java.util.ServiceLoader}. */
    public MacvtapKind() {
        super("macvtap", MacvlanInfo.CODEC);
    }
}

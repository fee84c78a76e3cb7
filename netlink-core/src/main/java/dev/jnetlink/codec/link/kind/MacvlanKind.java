package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.link.TableLinkKind;

/** The {@code macvlan} kind: {@link MacvlanInfo}. */
public final class MacvlanKind extends TableLinkKind {
    /** For {@link java.util.ServiceLoader}. */
    public MacvlanKind() {
        super("macvlan", MacvlanInfo.CODEC);
    }
}

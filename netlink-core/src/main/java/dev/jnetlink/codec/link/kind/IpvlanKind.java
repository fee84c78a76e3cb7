package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.link.TableLinkKind;

/** The {@code ipvlan} kind: {@link IpvlanInfo}. */
public final class IpvlanKind extends TableLinkKind {
    /** For {@link java.util.ServiceLoader}. */
    public IpvlanKind() {
        super("ipvlan", IpvlanInfo.CODEC);
    }
}

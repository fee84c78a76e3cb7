package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.link.TableLinkKind;

/** The {@code vxlan} kind: {@link VxlanInfo}. */
public final class VxlanKind extends TableLinkKind {
    /** For {@link java.util.ServiceLoader}. */
    public VxlanKind() {
        super("vxlan", VxlanInfo.CODEC);
    }
}

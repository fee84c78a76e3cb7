package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.link.TableLinkKind;

/** The {@code vlan} kind (802.1Q/802.1ad sub-interfaces): {@link VlanInfo}. */
public final class VlanKind extends TableLinkKind {
    /** For {@link java.util.ServiceLoader}. */
    public VlanKind() {
        super("vlan", VlanInfo.CODEC);
    }
}

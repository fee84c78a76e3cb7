package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.link.TableLinkKind;

/** The {@code veth} kind: decodes the peer a create request carries ({@link VethInfo}). */
public final class VethKind extends TableLinkKind {
    /** For {@link java.util.ServiceLoader}. */
    public VethKind() {
        super("veth", VethInfo.CODEC);
    }
}

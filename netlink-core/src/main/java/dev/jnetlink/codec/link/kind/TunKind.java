package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.link.TableLinkKind;

/** The {@code tun} kind (tun and tap devices): {@link TunInfo}. */
public final class TunKind extends TableLinkKind {
    /** For {@link java.util.ServiceLoader}. */
    public TunKind() {
        super("tun", TunInfo.CODEC);
    }
}

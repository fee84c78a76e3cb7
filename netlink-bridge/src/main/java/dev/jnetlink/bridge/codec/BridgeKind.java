package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.link.TableLinkKind;

/**
 * The {@code bridge} link kind: its {@code IFLA_INFO_DATA} decodes to {@link BridgeInfo} and
 * its ports' {@code IFLA_INFO_SLAVE_DATA} to {@link BridgePortInfo}. Registered with core's
 * kind registry through {@link java.util.ServiceLoader} ({@code
 * META-INF/services/dev.jnetlink.codec.link.LinkKind} in this module), the extension point any
 * third-party kind uses: with this module on the class path, {@code Link.data(BridgeInfo.class)}
 * and {@code Link.slaveData(BridgePortInfo.class)} are filled in by every link dump.
 */
public final class BridgeKind extends TableLinkKind {
    /** {@code IFLA_INFO_KIND} of a bridge. */
    public static final String NAME = "bridge";

    /** For {@link java.util.ServiceLoader}. */
    public BridgeKind() {
        super(NAME, BridgeInfo.CODEC, BridgePortInfo.CODEC);
    }
}

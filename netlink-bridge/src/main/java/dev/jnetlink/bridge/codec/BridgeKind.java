package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.LinkKind;

/**
 * The {@code bridge} link kind: its {@code IFLA_INFO_DATA} decodes to {@link BridgeInfo} and
 * its ports' {@code IFLA_INFO_SLAVE_DATA} to {@link BridgePortInfo}. Registered with core's
 * kind registry through {@link java.util.ServiceLoader} ({@code
 * META-INF/services/dev.jnetlink.codec.link.LinkKind} in this module), the extension point any
 * third-party kind uses: with this module on the class path, {@code Link.data(BridgeInfo.class)}
 * and {@code Link.slaveData(BridgePortInfo.class)} are filled in by every link dump.
 */
public final class BridgeKind implements LinkKind {
    /** {@code IFLA_INFO_KIND} of a bridge. */
    public static final String NAME = "bridge";

    private static final ValueCodec<BridgeInfo> DATA = ValueCodecs.nested(BridgeInfo.CODEC);
    private static final ValueCodec<BridgePortInfo> SLAVE_DATA =
            ValueCodecs.nested(BridgePortInfo.CODEC);

    /** For {@link java.util.ServiceLoader}. */
    public BridgeKind() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ValueCodec<? extends LinkInfoData> dataCodec() {
        return DATA;
    }

    @Override
    public AttributeSpace dataSpace() {
        return IflaBr.SPACE;
    }

    @Override
    public ValueCodec<? extends LinkInfoData> slaveDataCodec() {
        return SLAVE_DATA;
    }

    @Override
    public AttributeSpace slaveDataSpace() {
        return IflaBrport.SPACE;
    }

    @Override
    public String toString() {
        return "LinkKind[bridge]";
    }
}

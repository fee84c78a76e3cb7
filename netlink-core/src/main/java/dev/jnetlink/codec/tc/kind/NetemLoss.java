package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * {@code TCA_NETEM_LOSS}: a loss model, one of the two set.
 *
 * @param gi {@code NETEM_LOSS_GI}: the 4-state model
 * @param ge {@code NETEM_LOSS_GE}: Gilbert-Elliott
 * @param unknown attributes not modelled
 */
public record NetemLoss(NetemStructs.GiModel gi, NetemStructs.GeModel ge, List<RawAttribute> unknown) {
    /** The {@code NETEM_LOSS_*} table. */
    public static final AttributeSetCodec<NetemLoss> CODEC = AttributeSetCodec
            .builder(NetemLoss.class, TcaNetem.Loss.SPACE)
            .attr("gi", TcaNetem.Loss.GI, NetemStructs.GiModel.CODEC)
            .attr("ge", TcaNetem.Loss.GE, NetemStructs.GeModel.CODEC)
            .unknown("unknown")
            .build(v -> new NetemLoss(v.next(), v.next(), v.next()));
}

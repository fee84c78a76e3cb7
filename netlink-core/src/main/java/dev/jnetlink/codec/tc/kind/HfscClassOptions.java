package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * An hfsc class's options ({@code tc class add ... hfsc [rt SC] [ls SC] | [sc SC] [ul SC]}):
 * its service curves, in the order both the kernel ({@code hfsc_dump_curves}) and {@code tc}
 * ({@code hfsc_parse_class_opt}) write them. The root class ({@code 1:}) has none.
 *
 * @param realTime {@code TCA_HFSC_RSC} ({@code rt}, and half of {@code sc})
 * @param linkShare {@code TCA_HFSC_FSC} ({@code ls}, and half of {@code sc})
 * @param upperLimit {@code TCA_HFSC_USC} ({@code ul})
 * @param unknown attributes not modelled
 */
public record HfscClassOptions(HfscCurve realTime, HfscCurve linkShare, HfscCurve upperLimit,
        List<RawAttribute> unknown) implements TcOptions {
    /** The {@code TCA_HFSC_*} table. */
    public static final AttributeSetCodec<HfscClassOptions> CODEC = AttributeSetCodec
            .builder(HfscClassOptions.class, TcaHfsc.SPACE)
            .attr("realTime", TcaHfsc.RSC, HfscCurve.CODEC)
            .attr("linkShare", TcaHfsc.FSC, HfscCurve.CODEC)
            .attr("upperLimit", TcaHfsc.USC, HfscCurve.CODEC)
            .unknown("unknown")
            .build(v -> new HfscClassOptions(v.next(), v.next(), v.next(), v.next()));
}

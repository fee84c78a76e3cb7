package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * A mirred action's options ({@code action mirred egress redirect dev ifb0}), in the kernel's
 * order ({@code tcf_mirred_dump}).
 *
 * @param parms {@code TCA_MIRRED_PARMS}
 * @param tm {@code TCA_MIRRED_TM}: {@code struct tcf_t}, as sent
 * @param blockId {@code TCA_MIRRED_BLOCKID}
 * @param unknown attributes not modelled
 */
public record MirredOptions(MirredParms parms, Bytes tm, Integer blockId, List<RawAttribute> unknown)
        implements TcOptions {
    /** The {@code TCA_MIRRED_*} table. */
    public static final AttributeSetCodec<MirredOptions> CODEC = AttributeSetCodec
            .builder(MirredOptions.class, TcaMirred.SPACE)
            .attr("parms", TcaMirred.PARMS, MirredParms.CODEC)
            .bytes("tm", TcaMirred.TM)
            .u32("blockId", TcaMirred.BLOCKID)
            .unknown("unknown")
            .build(v -> new MirredOptions(v.next(), v.next(), v.next(), v.next()));
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.TcOptions;
import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * A gact (generic action) action's options ({@code action gact drop [random determ pass 10]}),
 * in the kernel's order ({@code tcf_gact_dump}); {@code tc} sends the same order.
 *
 * @param parms {@code TCA_GACT_PARMS}: {@code struct tc_gact}, whose {@code action} is the verdict
 * @param prob {@code TCA_GACT_PROB}: the other verdict and how often it is taken
 * @param tm {@code TCA_GACT_TM}: {@code struct tcf_t} (replies), as sent
 * @param unknown attributes not modelled
 */
public record GactOptions(TcGen parms, Prob prob, Bytes tm, List<RawAttribute> unknown)
        implements TcOptions {
    /** The {@code TCA_GACT_*} table. */
    public static final AttributeSetCodec<GactOptions> CODEC = AttributeSetCodec
            .builder(GactOptions.class, TcaGact.SPACE)
            .attr("parms", TcaGact.PARMS, TcGen.codec("tc_gact"))
            .attr("prob", TcaGact.PROB, Prob.CODEC)
            .bytes("tm", TcaGact.TM)
            .unknown("unknown")
            .build(v -> new GactOptions(v.next(), v.next(), v.next(), v.next()));

    /**
     * {@code struct tc_gact_p} ({@code random determ pass 10}).
     *
     * @param ptype {@link #NETRAND} (taken with probability 1/{@code pval}) or {@link #DETERM}
     *     (every {@code pval}-th packet)
     * @param pval 1 to 10000
     * @param paction the {@code TC_ACT_*} verdict taken then
     */
    public record Prob(int ptype, int pval, int paction) {
        /** {@code PGACT_NETRAND}: {@code random netrand}. */
        public static final int NETRAND = 1;
        /** {@code PGACT_DETERM}: {@code random determ}. */
        public static final int DETERM = 2;
        static final ValueCodec<Prob> CODEC = ValueCodecs.struct(Prob.class, "tc_gact_p", 8,
                c -> {
                    ByteBuf b = c.buffer();
                    int i = c.valueIndex();
                    return new Prob(HostOrder.getU16(b, i), HostOrder.getU16(b, i + 2),
                            HostOrder.getI32(b, i + 4));
                },
                (w, v) -> {
                    ByteBuf b = w.buffer();
                    HostOrder.writeU16(b, v.ptype);
                    HostOrder.writeU16(b, v.pval);
                    HostOrder.writeI32(b, v.paction);
                });
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * An htb qdisc's options ({@code tc qdisc add ... htb default 10 r2q 10 direct_qlen N}), in the
 * order the kernel emits them ({@code htb_dump}).
 *
 * @param init {@code TCA_HTB_INIT}
 * @param directQlen {@code TCA_HTB_DIRECT_QLEN}
 * @param offload {@code TCA_HTB_OFFLOAD}
 * @param unknown attributes not modelled
 */
public record HtbQdiscOptions(HtbGlob init, Integer directQlen, Boolean offload,
        List<RawAttribute> unknown) implements TcOptions {
    /** The {@code TCA_HTB_*} table of a qdisc. */
    public static final AttributeSetCodec<HtbQdiscOptions> CODEC = AttributeSetCodec
            .builder(HtbQdiscOptions.class, TcaHtb.SPACE)
            .attr("init", TcaHtb.INIT, HtbGlob.CODEC)
            .u32("directQlen", TcaHtb.DIRECT_QLEN)
            .flag("offload", TcaHtb.OFFLOAD)
            .unknown("unknown")
            .build(v -> new HtbQdiscOptions(v.next(), v.next(), v.next(), v.next()));
}

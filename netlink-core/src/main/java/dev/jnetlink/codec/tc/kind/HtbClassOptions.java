package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * An htb class's options ({@code tc class add ... htb rate R ceil C burst B cburst CB prio P
 * quantum Q}). Components in the kernel's order ({@code htb_dump_class}); requests are written
 * in {@code tc}'s ({@link #REQUEST}).
 *
 * @param parms {@code TCA_HTB_PARMS}
 * @param rate64 {@code TCA_HTB_RATE64}: the rate when above 2^32-1 bytes per second
 * @param ceil64 {@code TCA_HTB_CEIL64}
 * @param rtab {@code TCA_HTB_RTAB}: the rate table, in requests
 * @param ctab {@code TCA_HTB_CTAB}: the ceil table, in requests
 * @param offload {@code TCA_HTB_OFFLOAD}
 * @param unknown attributes not modelled
 */
public record HtbClassOptions(HtbParms parms, Long rate64, Long ceil64, Bytes rtab, Bytes ctab,
        Boolean offload, List<RawAttribute> unknown) implements TcOptions {
    /** The {@code TCA_HTB_*} table of a class, in the kernel's order. */
    public static final AttributeSetCodec<HtbClassOptions> CODEC = AttributeSetCodec
            .builder(HtbClassOptions.class, TcaHtb.SPACE)
            .attr("parms", TcaHtb.PARMS, HtbParms.CODEC)
            .u64("rate64", TcaHtb.RATE64)
            .u64("ceil64", TcaHtb.CEIL64)
            .bytes("rtab", TcaHtb.RTAB)
            .bytes("ctab", TcaHtb.CTAB)
            .flag("offload", TcaHtb.OFFLOAD)
            .unknown("unknown")
            .build(v -> new HtbClassOptions(v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next()));

    /** The same table writing in {@code tc}'s order ({@code htb_parse_class_opt}). */
    public static final AttributeSetCodec<HtbClassOptions> REQUEST = CODEC.withEncodeOrder(
            "ceil64", "rate64", "parms", "rtab", "ctab", "offload");

    /** @return the rate in bytes per second */
    public long rate() {
        return rate64 != null ? rate64 : parms.rate().rate();
    }

    /** @return the ceil in bytes per second */
    public long ceil() {
        return ceil64 != null ? ceil64 : parms.ceil().rate();
    }
}

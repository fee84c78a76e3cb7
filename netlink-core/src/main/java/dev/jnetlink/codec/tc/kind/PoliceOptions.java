package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * A police action's options ({@code action police rate 1mbit burst 10k mtu 2k conform-exceed
 * drop/ok}), in the kernel's order ({@code tcf_police_dump}); requests are written in
 * {@code tc}'s ({@link #REQUEST}), with the rate tables the kernel does not send back.
 *
 * @param tbf {@code TCA_POLICE_TBF}
 * @param rate64 {@code TCA_POLICE_RATE64}: bytes per second, when 32 bits are too few
 * @param peakRate64 {@code TCA_POLICE_PEAKRATE64}
 * @param pktRate64 {@code TCA_POLICE_PKTRATE64}
 * @param pktBurst64 {@code TCA_POLICE_PKTBURST64}
 * @param result {@code TCA_POLICE_RESULT}: the {@code TC_ACT_*} verdict for conforming
 *     packets, absent for {@code pass}
 * @param avrate {@code TCA_POLICE_AVRATE}
 * @param tm {@code TCA_POLICE_TM} (replies), as sent
 * @param rateTable {@code TCA_POLICE_RATE} (requests)
 * @param peakRateTable {@code TCA_POLICE_PEAKRATE} (requests)
 * @param unknown attributes not modelled
 */
public record PoliceOptions(PoliceParms tbf, Long rate64, Long peakRate64, Long pktRate64,
        Long pktBurst64, Integer result, Integer avrate, Bytes tm, Bytes rateTable,
        Bytes peakRateTable, List<RawAttribute> unknown) implements TcOptions {
    /** The {@code TCA_POLICE_*} table in the kernel's order. */
    public static final AttributeSetCodec<PoliceOptions> CODEC = AttributeSetCodec
            .builder(PoliceOptions.class, TcaPolice.SPACE)
            .attr("tbf", TcaPolice.TBF, PoliceParms.CODEC)
            .u64("rate64", TcaPolice.RATE64)
            .u64("peakRate64", TcaPolice.PEAKRATE64)
            .u64("pktRate64", TcaPolice.PKTRATE64)
            .u64("pktBurst64", TcaPolice.PKTBURST64)
            .u32("result", TcaPolice.RESULT)
            .u32("avrate", TcaPolice.AVRATE)
            .bytes("tm", TcaPolice.TM)
            .bytes("rateTable", TcaPolice.RATE)
            .bytes("peakRateTable", TcaPolice.PEAKRATE)
            .unknown("unknown")
            .build(v -> new PoliceOptions(v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The same table in {@code tc}'s order ({@code act_parse_police}). */
    public static final AttributeSetCodec<PoliceOptions> REQUEST = CODEC.withEncodeOrder(
            "tbf", "rateTable", "rate64", "peakRateTable", "peakRate64", "avrate", "result",
            "pktRate64", "pktBurst64", "tm");

    /** @return the rate in bytes per second, 0 without one */
    public long rate() {
        return rate64 != null ? rate64 : tbf.rate().rate();
    }
}

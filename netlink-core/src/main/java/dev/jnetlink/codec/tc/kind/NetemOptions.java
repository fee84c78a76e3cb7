package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * A netem qdisc's options ({@code tc qdisc add ... netem delay 100ms 10ms 25% loss 1% ...}):
 * {@code struct tc_netem_qopt} followed, in the same {@code TCA_OPTIONS} and not nested, by
 * the {@code TCA_NETEM_*} attributes. Components after {@code qopt} in the kernel's order
 * ({@code netem_dump}); requests are written in {@code tc}'s ({@code netem_parse_opt}).
 *
 * @param qopt the leading {@code tc_netem_qopt}
 * @param latency64 {@code TCA_NETEM_LATENCY64}: latency in nanoseconds
 * @param jitter64 {@code TCA_NETEM_JITTER64}: jitter in nanoseconds
 * @param corr {@code TCA_NETEM_CORR}
 * @param reorder {@code TCA_NETEM_REORDER}
 * @param corrupt {@code TCA_NETEM_CORRUPT}
 * @param rate64 {@code TCA_NETEM_RATE64}
 * @param rate {@code TCA_NETEM_RATE}
 * @param ecn {@code TCA_NETEM_ECN}
 * @param loss {@code TCA_NETEM_LOSS}
 * @param slot {@code TCA_NETEM_SLOT}
 * @param prngSeed {@code TCA_NETEM_PRNG_SEED}
 * @param delayDist {@code TCA_NETEM_DELAY_DIST}: the delay distribution table (requests)
 * @param slotDist {@code TCA_NETEM_SLOT_DIST} (requests)
 * @param unknown attributes not modelled
 */
public record NetemOptions(NetemStructs.Qopt qopt, Long latency64, Long jitter64,
        NetemStructs.Corr corr, NetemStructs.Chance reorder, NetemStructs.Chance corrupt,
        Long rate64, NetemStructs.Rate rate, Integer ecn, NetemLoss loss, NetemStructs.Slot slot,
        Long prngSeed, Bytes delayDist, Bytes slotDist, List<RawAttribute> unknown)
        implements TcOptions {

    /** The attributes after the structure, in the kernel's order. */
    public static final AttributeSetCodec<NetemOptions> ATTRIBUTES = AttributeSetCodec
            .builder(NetemOptions.class, TcaNetem.SPACE)
            .leading("qopt")
            .u64("latency64", TcaNetem.LATENCY64)
            .u64("jitter64", TcaNetem.JITTER64)
            .attr("corr", TcaNetem.CORR, NetemStructs.Corr.CODEC)
            .attr("reorder", TcaNetem.REORDER, NetemStructs.Chance.CODEC)
            .attr("corrupt", TcaNetem.CORRUPT, NetemStructs.Chance.CODEC)
            .u64("rate64", TcaNetem.RATE64)
            .attr("rate", TcaNetem.RATE, NetemStructs.Rate.CODEC)
            .u32("ecn", TcaNetem.ECN)
            .attr("loss", TcaNetem.LOSS | Nla.F_NESTED, ValueCodecs.nested(NetemLoss.CODEC))
            .attr("slot", TcaNetem.SLOT, NetemStructs.Slot.CODEC)
            .u64("prngSeed", TcaNetem.PRNG_SEED)
            .bytes("delayDist", TcaNetem.DELAY_DIST)
            .bytes("slotDist", TcaNetem.SLOT_DIST)
            .unknown("unknown")
            .build(v -> new NetemOptions(v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next()));

    /** The same attributes in {@code tc}'s order. */
    public static final AttributeSetCodec<NetemOptions> REQUEST = ATTRIBUTES.withEncodeOrder(
            "latency64", "jitter64", "corr", "reorder", "ecn", "corrupt", "slot", "loss", "rate64",
            "rate", "delayDist", "slotDist", "prngSeed");

    /** Codec of the whole {@code TCA_OPTIONS}: the structure, then the attributes. */
    public static final ValueCodec<NetemOptions> CODEC = new ValueCodec<>() {
        @Override
        public NetemOptions decode(AttributeCursor c) {
            if (c.length() < NetemStructs.Qopt.SIZE) {
                throw c.error(c.name() + " is " + c.length()
                        + " bytes, too short for tc_netem_qopt (24 bytes)");
            }
            NetemStructs.Qopt qopt = NetemStructs.Qopt.read(c.buffer(), c.valueIndex());
            return ATTRIBUTES.decode(c.enterAfter(NetemStructs.Qopt.SIZE, TcaNetem.SPACE), qopt);
        }

        @Override
        public void encode(MessageWriter w, int type, NetemOptions value) {
            int m = w.beginAttribute(type);
            value.qopt().write(w.buffer());
            REQUEST.encode(w, value);
            w.endAttribute(m);
        }

        @Override
        public Class<?> valueType() {
            return NetemOptions.class;
        }
    };

    /** @return the latency in nanoseconds, from the 64-bit attribute or the ticks */
    public long latencyNanos() {
        return latency64 != null ? latency64 : ticksToNanos(qopt.latency());
    }

    /** @return the jitter in nanoseconds */
    public long jitterNanos() {
        return jitter64 != null ? jitter64 : ticksToNanos(qopt.jitter());
    }

    private static long ticksToNanos(long ticks) {
        return Math.round(ticks / dev.jnetlink.codec.tc.TcCore.TICKS_PER_USEC * 1000);
    }
}

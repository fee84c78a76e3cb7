package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FqOptions;
import java.util.List;

/**
 * {@code fq} as {@code q_fq.c} prints it: {@code limit 10000p flow_limit 100p buckets 1024
 * orphan_mask 1023 quantum 3028b initial_quantum 15140b low_rate_threshold 550Kbit refill_delay
 * 40ms timer_slack 10us horizon 10s horizon_drop }, and under {@code -s} its flow counters.
 */
public final class FqView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public FqView() {
    }

    @Override
    public List<String> qdiscKinds() {
        return List.of("fq");
    }

    @Override
    public void printQdisc(TcOptions options, TcPrinter out) {
        if (!(options instanceof FqOptions o)) {
            return;
        }
        if (o.plimit() != null) {
            out.append("limit ").append(Integer.toUnsignedString(o.plimit())).append("p ");
        }
        if (o.flowPlimit() != null) {
            out.append("flow_limit ").append(Integer.toUnsignedString(o.flowPlimit())).append("p ");
        }
        if (o.bucketsLog() != null) {
            // 1U << buckets_log: C shifts by the count modulo 32
            out.append("buckets ").append(Integer.toUnsignedString(1 << o.bucketsLog())).append(' ');
        }
        if (o.orphanMask() != null) {
            out.append("orphan_mask ").append(Integer.toUnsignedString(o.orphanMask())).append(' ');
        }
        if (o.rateEnable() != null && o.rateEnable() == 0) {
            out.append("nopacing ");
        }
        if (o.quantum() != null) {
            out.append("quantum ").append(TcPrinter.size(o.quantum())).append(' ');
        }
        if (o.initialQuantum() != null) {
            out.append("initial_quantum ").append(TcPrinter.size(o.initialQuantum())).append(' ');
        }
        if (o.flowMaxRate() != null && o.flowMaxRate() != ~0) {
            out.append("maxrate ").append(TcPrinter.rate(Integer.toUnsignedLong(o.flowMaxRate()))).append(' ');
        }
        if (o.flowDefaultRate() != null && o.flowDefaultRate() != 0) {
            out.append("defrate ").append(TcPrinter.rate(Integer.toUnsignedLong(o.flowDefaultRate()))).append(' ');
        }
        if (o.lowRateThreshold() != null && o.lowRateThreshold() != 0) {
            out.append("low_rate_threshold ").append(TcPrinter.rate(Integer.toUnsignedLong(o.lowRateThreshold())))
               .append(' ');
        }
        if (o.flowRefillDelay() != null) {
            out.append("refill_delay ").append(TcPrinter.time(o.flowRefillDelay())).append(' ');
        }
        if (o.ceThreshold() != null && o.ceThreshold() != ~0) {
            out.append("ce_threshold ").append(TcPrinter.time(o.ceThreshold())).append(' ');
        }
        if (o.timerSlack() != null) {
            out.append("timer_slack ").append(TcPrinter.time64(Integer.toUnsignedLong(o.timerSlack()))).append(' ');
        }
        if (o.horizon() != null) {
            out.append("horizon ").append(TcPrinter.time(o.horizon())).append(' ');
        }
        if (o.horizonDrop() != null) {
            out.append(o.horizonDrop() == 0 ? "horizon_cap " : "horizon_drop ");
        }
    }

    // struct tc_fq_qd_stats: seven __u64 counters and a __s64, four __u32, three __u64
    @Override
    public boolean printXstats(Bytes xstats, TcPrinter out) {
        int[] flows = TcPrinter.u32s(xstats, 64, 4); // flows, inactive, throttled, unthrottle latency
        out.append("  flows ").append(Integer.toUnsignedLong(flows[0]))
           .append(" (inactive ").append(Integer.toUnsignedLong(flows[1]))
           .append(" throttled ").append(Integer.toUnsignedLong(flows[2])).append(')');
        long nextDelayed = u64(xstats, 56);
        if (nextDelayed > 0) {
            out.append(" next_packet_delay ").append(TcPrinter.time64(nextDelayed));
        }
        out.append("\n  gc ").append(Long.toUnsignedString(u64(xstats, 0)))
           .append(" highprio ").append(Long.toUnsignedString(u64(xstats, 8)));
        counter(" retrans ", u64(xstats, 16), out);
        out.append(" throttled ").append(Long.toUnsignedString(u64(xstats, 24)));
        long latency = Integer.toUnsignedLong(flows[3]);
        if (latency != 0) {
            out.append(" latency ").append(TcPrinter.time64(latency));
        }
        counter(" ce_mark ", u64(xstats, 80), out);
        counter(" flows_plimit ", u64(xstats, 32), out);
        long tooLong = u64(xstats, 40);
        long allocErrors = u64(xstats, 48);
        long horizonDrops = u64(xstats, 88);
        long horizonCaps = u64(xstats, 96);
        if ((tooLong | allocErrors | horizonDrops | horizonCaps) != 0) {
            out.append('\n');
            counter(" pkts_too_long ", tooLong, out);
            counter(" alloc_errors ", allocErrors, out);
            counter(" horizon_drops ", horizonDrops, out);
            counter("  horizon_caps ", horizonCaps, out); // two blanks, as tc prints it
        }
        return true;
    }

    private static void counter(String name, long value, TcPrinter out) {
        if (value != 0) {
            out.append(name).append(Long.toUnsignedString(value));
        }
    }

    // what the kernel did not send reads as 0, as tc copies a shorter structure into a zeroed one
    private static long u64(Bytes b, int offset) {
        return offset + 8 <= b.length() ? TcPrinter.u64(b, offset) : 0;
    }
}

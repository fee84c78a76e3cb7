package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.RateSpec;
import dev.jnetlink.codec.tc.TcCore;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.TbfOptions;
import dev.jnetlink.codec.tc.kind.TbfQopt;
import java.time.Duration;
import java.util.List;

/**
 * The token bucket filter: {@code tc qdisc add ... tbf rate R burst B (latency L | limit
 * BYTES)}. Options are computed as iproute2 6.1's {@code q_tbf.c} does.
 */
public final class Tbf implements QdiscSpec {
    private final long rate;
    private final long burst;
    private final long limit;
    private final long latencyUsec;

    private Tbf(long rate, long burst, long limit, long latencyUsec) {
        this.rate = rate;
        this.burst = burst;
        this.limit = limit;
        this.latencyUsec = latencyUsec;
    }

    /**
     * @param bitsPerSecond the rate ({@code rate 10mbit} is 10,000,000)
     * @param burstBytes the bucket ({@code burst 32kbit} is 4096 bytes)
     * @param latency how long a packet may wait ({@code latency 400ms})
     * @return the qdisc
     * @throws IllegalArgumentException if a value is not positive
     */
    public static Tbf latency(long bitsPerSecond, long burstBytes, Duration latency) {
        Rates.bytesPerSecond("tbf rate", bitsPerSecond);
        Rates.positive("tbf burst", burstBytes);
        long us = latency.toNanos() / 1000;
        if (us <= 0) {
            throw new IllegalArgumentException("tbf latency must be at least 1us, got " + latency);
        }
        return new Tbf(bitsPerSecond, burstBytes, 0, us);
    }

    /**
     * @param bitsPerSecond the rate
     * @param burstBytes the bucket
     * @param limitBytes bytes that may queue ({@code limit 30000})
     * @return the qdisc
     */
    public static Tbf limit(long bitsPerSecond, long burstBytes, long limitBytes) {
        Rates.bytesPerSecond("tbf rate", bitsPerSecond);
        Rates.positive("tbf burst", burstBytes);
        return new Tbf(bitsPerSecond, burstBytes, Rates.positive("tbf limit", limitBytes), 0);
    }

    @Override
    public String kind() {
        return "tbf";
    }

    @Override
    public TcOptions options() {
        long rate64 = rate / 8;
        RateSpec r = Htb.rateSpec(rate64);
        long lim = limit != 0 ? limit
                : (long) (rate64 * (double) latencyUsec / TcCore.USEC_PER_SEC + burst) & 0xffffffffL;
        TcCore.RateTable rtab = TcCore.rateTable(r.rate(), 0, 0);
        TbfQopt q = new TbfQopt(Htb.withCellLog(r, rtab.cellLog()), RateSpec.NONE, lim,
                TcCore.xmittime(r.rate(), burst), 0);
        return new TbfOptions(q, rate64 >= 1L << 32 ? rate64 : null, null, (int) burst,
                rtab.table(), null, null, List.of());
    }
}

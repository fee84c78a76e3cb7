package dev.jnetlink.topology;

import dev.jnetlink.codec.tc.TcCore;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.kind.NetemOptions;
import dev.jnetlink.codec.tc.kind.TbfOptions;
import dev.jnetlink.rtnl.tc.Netem;
import dev.jnetlink.rtnl.tc.QdiscSpec;
import dev.jnetlink.rtnl.tc.Tbf;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shaping of one link end that {@link TcShaper} makes, in the units the kernel keeps (so a
 * wanted shaping and one read back compare exactly): a {@code netem} root qdisc for delay, jitter
 * or loss (with its rate, if one is given), a {@code tbf} root qdisc for a rate alone.
 *
 * @param delayUsec added delay in microseconds, as {@code tc} sends it ({@code delay 10ms})
 * @param jitterUsec its variation ({@code delay 10ms 2ms})
 * @param loss random loss as the kernel holds it, {@code percent / 100 * UINT32_MAX}
 * @param rateBytes the rate in bytes per second, 0 for none ({@code rate 10mbit})
 */
record Shaping(long delayUsec, long jitterUsec, int loss, long rateBytes) {
    /** The keys of an interface's {@code shaping:} map this handles. */
    static final Set<String> KEYS = Set.of("delay", "jitter", "loss", "rate");

    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|ms|us)");
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(bit|kbit|mbit|gbit|tbit)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?");

    /** @return whether netem is needed (a rate alone is tbf's) */
    boolean netem() {
        return delayUsec != 0 || jitterUsec != 0 || loss != 0;
    }

    /** @return the kind of qdisc it is made with */
    String kind() {
        return netem() ? "netem" : "tbf";
    }

    /**
     * Reads an interface's {@code shaping:} map (the keys of {@link #KEYS}; others are left to
     * other shapers).
     *
     * @param map the map
     * @return the shaping, or null if the map has none of the keys (or all are zero)
     * @throws TopologyException naming the key ({@code shaping.delay}) and what is wrong
     */
    static Shaping of(Map<String, Object> map) {
        if (map.keySet().stream().noneMatch(KEYS::contains)) {
            return null;
        }
        Long delay = time(map, "delay");
        Long jitter = time(map, "jitter");
        if (jitter != null && delay == null) {
            throw new TopologyException("shaping.jitter", "jitter varies a delay: give delay too");
        }
        Double loss = null;
        Object l = map.get("loss");
        if (l != null) {
            Matcher m = PERCENT.matcher(l.toString().trim());
            if (!m.matches() || Double.parseDouble(m.group(1)) > 100) {
                throw new TopologyException("shaping.loss", "a percentage from 0 to 100, like 1% or 0.5%; got \""
                        + l + "\"");
            }
            loss = Double.parseDouble(m.group(1));
        }
        long rate = 0;
        Object r = map.get("rate");
        if (r != null) {
            Matcher m = RATE.matcher(r.toString().trim().toLowerCase(Locale.ROOT));
            double bits = m.matches() ? Double.parseDouble(m.group(1)) * switch (m.group(2)) {
                case "kbit" -> 1e3;
                case "mbit" -> 1e6;
                case "gbit" -> 1e9;
                case "tbit" -> 1e12;
                default -> 1;
            } : 0;
            if (bits < 8) {
                throw new TopologyException("shaping.rate", "a rate of at least 8bit, like 10mbit, 500kbit or 1gbit (bits "
                        + "per second, as tc writes them); got \"" + r + "\"");
            }
            rate = (long) bits / 8;
        }
        Shaping sh = new Shaping(usec(delay), usec(jitter), loss == null ? 0 : TcCore.probability(loss), rate);
        return sh.netem() || rate != 0 ? sh : null;
    }

    private static Long time(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        Matcher m = TIME.matcher(v.toString().trim());
        if (!m.matches()) {
            throw new TopologyException("shaping." + key, "a time like 10ms, 1.5ms, 500us or 1s; got \"" + v + "\"");
        }
        double n = Double.parseDouble(m.group(1));
        return (long) (n * switch (m.group(2)) {
            case "s" -> 1e9;
            case "ms" -> 1e6;
            default -> 1e3;
        });
    }

    /** As {@link Netem} sends it: whole microseconds. */
    private static long usec(Long nanos) {
        return nanos == null ? 0 : nanos / 1000;
    }

    /**
     * The kernel keeps a delay in nanoseconds made from the scheduler's ticks ({@code tc} sends
     * {@code floor(usec * TICKS_PER_USEC)}); the smallest microsecond count that gives those
     * ticks is the one sent.
     */
    private static long usecOfTicks(long ticks) {
        return (long) Math.ceil(ticks / TcCore.TICKS_PER_USEC);
    }

    /**
     * @param root a device's root qdisc as listed
     * @return the shaping it makes, or null if it is not a netem or tbf qdisc
     */
    static Shaping read(TcObject root) {
        NetemOptions n = root.options(NetemOptions.class);
        if (n != null) {
            long delay = n.latency64() != null ? n.latency64() / 64 : n.qopt().latency();
            long jitter = n.jitter64() != null ? n.jitter64() / 64 : n.qopt().jitter();
            long rate = n.rate64() != null ? n.rate64() : n.rate() == null ? 0 : n.rate().rate();
            return new Shaping(usecOfTicks(delay), usecOfTicks(jitter), n.qopt().loss(), rate);
        }
        TbfOptions t = root.options(TbfOptions.class);
        if (t != null) {
            return new Shaping(0, 0, 0, t.rate64() != null ? t.rate64() : t.parms().rate().rate());
        }
        return null;
    }

    /** @return the qdisc that makes it */
    QdiscSpec qdisc() {
        if (!netem()) {
            // a bucket of 10 ms at the rate, at least 10 full-size frames; packets wait 50 ms at most
            return Tbf.latency(rateBytes * 8, Math.max(rateBytes / 100, 15140), Duration.ofMillis(50));
        }
        Netem.Builder b = Netem.builder().delay(Duration.ofNanos(delayUsec * 1000), Duration.ofNanos(jitterUsec * 1000))
                .loss(lossPercent());
        if (rateBytes != 0) {
            b.rate(rateBytes * 8, 0, 0, 0);
        }
        return b.build();
    }

    /** @return as {@code tc qdisc show} writes it: {@code netem delay 10ms 2ms loss 1% rate 10mbit} */
    String text() {
        StringBuilder b = new StringBuilder(kind());
        if (!netem()) {
            return b.append(" rate ").append(rate(rateBytes * 8)).append(" burst ")
                    .append(Math.max(rateBytes / 100, 15140)).append("b latency 50ms").toString();
        }
        if (delayUsec != 0 || jitterUsec != 0) {
            b.append(" delay ").append(time(delayUsec));
            if (jitterUsec != 0) {
                b.append(' ').append(time(jitterUsec));
            }
        }
        if (loss != 0) {
            b.append(" loss ").append(String.format(Locale.ROOT, "%.4g", lossPercent()).replaceAll("\\.?0+$", ""))
                    .append('%');
        }
        if (rateBytes != 0) {
            b.append(" rate ").append(rate(rateBytes * 8));
        }
        return b.toString();
    }

    private double lossPercent() {
        return Integer.toUnsignedLong(loss) / 4294967295.0 * 100;
    }

    private static String time(long usec) {
        return usec % 1000 == 0 ? usec / 1000 + "ms" : usec + "us";
    }

    private static String rate(long bits) {
        for (String[] u : new String[][] {{"1000000000000", "tbit"}, {"1000000000", "gbit"}, {"1000000", "mbit"},
            {"1000", "kbit"}}) {
            long n = Long.parseLong(u[0]);
            if (bits % n == 0) {
                return bits / n + u[1];
            }
        }
        return bits + "bit";
    }
}

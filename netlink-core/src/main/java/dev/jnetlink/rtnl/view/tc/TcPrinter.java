package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcCore;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcStats;
import dev.jnetlink.rtnl.view.LinkNames;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Where a {@code tc} view writes one object, with the options of the command ({@code -d},
 * {@code -s}), the namespace's links, and the formats iproute2's {@code tc} shares between its
 * printers ({@code tc_util.c}, {@code json_print_math.c}, {@code utils.c}): rates, sizes, times,
 * class ids, percentages and {@code printf}'s {@code %g}. A {@link TcKindView} writes its kind's
 * part through it.
 */
public final class TcPrinter {
    /** {@code get_user_hz()}: the unit of {@code struct tcf_t}'s times ({@code USER_HZ}). */
    static final int USER_HZ = 100;

    private final StringBuilder out;
    private final boolean details;
    private final boolean stats;
    private final LinkNames links;
    private String kind = "";

    TcPrinter(StringBuilder out, boolean details, boolean stats, LinkNames links) {
        this.out = out;
        this.details = details;
        this.stats = stats;
        this.links = Objects.requireNonNull(links, "links");
    }

    /** @return whether the command has {@code -d} ({@code show_details}) */
    public boolean details() {
        return details;
    }

    /** @return whether the command has {@code -s} ({@code show_stats}) */
    public boolean stats() {
        return stats;
    }

    /** @return the kind ({@code TCA_KIND}) of the object being printed, e.g. {@code bfifo} */
    public String kind() {
        return kind;
    }

    /** @param kind the kind of the object printed next ({@code TCA_KIND}), "" if none */
    void kind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    /** @return the namespace's links, to name a device by index ({@code ll_index_to_name}) */
    public LinkNames links() {
        return links;
    }

    /** @param text appended as it is @return this */
    public TcPrinter append(String text) {
        out.append(text);
        return this;
    }

    /** @param c appended @return this */
    public TcPrinter append(char c) {
        out.append(c);
        return this;
    }

    /** @param n appended in decimal @return this */
    public TcPrinter append(long n) {
        out.append(n);
        return this;
    }

    /**
     * @param rate bytes per second (unsigned)
     * @return it as {@code tc} prints a rate in bits per second without {@code -iec}
     *     ({@code print_rate}): {@code 10Mbit}, {@code 1500Kbit}, {@code 5Gbit}
     */
    public static String rate(long rate) {
        String[] units = {"", "K", "M", "G", "T"};
        long bits = rate << 3;
        int i = 0;
        for (; i < units.length - 1; i++) {
            if (Long.compareUnsigned(bits, 1000) < 0) {
                break;
            }
            if (Long.remainderUnsigned(bits, 1000) != 0 && Long.compareUnsigned(bits, 1000 * 1000) < 0) {
                break;
            }
            bits = Long.divideUnsigned(bits, 1000);
        }
        return Long.toUnsignedString(bits) + units[i] + "bit";
    }

    /**
     * @param size bytes, taken as a {@code __u32}
     * @return it as {@code sprint_size} prints it: {@code 1600b}, {@code 15Kb}, {@code 2Mb}
     */
    public static String size(long size) {
        long sz = size & 0xffffffffL;
        double tmp = sz;
        long kilo = 1024;
        long mega = kilo * kilo;
        if (sz >= mega && Math.abs(mega * Math.rint(tmp / mega) - sz) < 1024) {
            return g(Math.rint(tmp / mega), 6) + "Mb";
        }
        if (sz >= kilo && Math.abs(kilo * Math.rint(tmp / kilo) - sz) < 16) {
            return g(Math.rint(tmp / kilo), 6) + "Kb";
        }
        return sz + "b";
    }

    /**
     * @param size bytes, taken as a {@code __u32}
     * @param cellLog a rate table's {@code cell_log}
     * @return the size and the cell size, as {@code tc -d} prints a burst: {@code 4Kb/1}
     */
    public static String size(long size, int cellLog) {
        return size(size) + "/" + (1L << cellLog);
    }

    /**
     * @param usec microseconds, taken as a {@code __u32}
     * @return it as {@code sprint_time} prints it: {@code 400ms}, {@code 1.5s}, {@code 20us}
     */
    public static String time(long usec) {
        long t = usec & 0xffffffffL;
        if (t >= TcCore.USEC_PER_SEC) {
            return g(t / (double) TcCore.USEC_PER_SEC, 3) + "s";
        }
        if (t >= TcCore.USEC_PER_SEC / 1000) {
            return g(t / (double) (TcCore.USEC_PER_SEC / 1000), 3) + "ms";
        }
        return t + "us";
    }

    /**
     * @param nanos nanoseconds
     * @return it as {@code sprint_time64} prints it: {@code 1.5ms}, {@code 800ns}
     */
    public static String time64(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return g(nanos / 1e9, 3) + "s";
        }
        if (nanos >= 1_000_000L) {
            return g(nanos / 1e6, 3) + "ms";
        }
        if (nanos >= 1000L) {
            return g(nanos / 1e3, 3) + "us";
        }
        return nanos + "ns";
    }

    /**
     * @param ticks scheduler ticks
     * @return microseconds, as {@code tc_core_tick2time} (truncated to a {@code __u32})
     */
    public static long tickToTime(long ticks) {
        return (long) ((ticks & 0xffffffffL) / TcCore.TICKS_PER_USEC) & 0xffffffffL;
    }

    /**
     * @param rate bytes per second
     * @param ticks a time in ticks
     * @return the bytes sent at {@code rate} in that time, as {@code tc_calc_xmitsize}
     */
    public static long xmitSize(long rate, long ticks) {
        return (long) (unsigned(rate) * tickToTime(ticks) / TcCore.USEC_PER_SEC) & 0xffffffffL;
    }

    /**
     * @param handle a qdisc or class handle
     * @return it as {@code print_tc_classid} prints it
     */
    public static String classid(int handle) {
        return TcHandle.format(handle);
    }

    /**
     * @param linklayer {@code TC_LINKLAYER_*} (the low 4 bits of the field)
     * @return its name ({@code sprint_linklayer})
     */
    public static String linklayer(int linklayer) {
        return switch (linklayer) {
            case 0 -> "unspec";
            case 1 -> "ethernet";
            case 2 -> "atm";
            default -> "unknown";
        };
    }

    /**
     * @param action a {@code TC_ACT_*} verdict
     * @return its name ({@code action_n2a}), with {@code chain N} or the jump count where it has
     *     one, as {@code print_action_control} prints it
     */
    public static String actionControl(int action) {
        int opcode = action & 0xf0000000;
        if (opcode == 0x20000000) { // TC_ACT_GOTO_CHAIN
            return "goto chain " + Integer.toUnsignedString(action & 0x0fffffff);
        }
        if (opcode == 0x10000000) { // TC_ACT_JUMP
            return "jump " + Integer.toUnsignedString(action & 0x0fffffff);
        }
        return switch (action) {
            case -1 -> "continue";
            case 0 -> "pass";
            case 1 -> "reclassify";
            case 2 -> "drop";
            case 3 -> "pipe";
            case 4 -> "stolen";
            case 8 -> "trap";
            default -> Integer.toString(action);
        };
    }

    /**
     * @param fraction a probability as the kernel holds it, a fraction of 2^32-1 (unsigned)
     * @return it in percent as {@code %g}, the way netem prints one ({@code 1%}, {@code 0.5%}
     *     without the sign)
     */
    public static String percent(long fraction) {
        return g(100.0 * (fraction & 0xffffffffL) / 4294967295.0, 6);
    }

    /**
     * C's {@code printf("%.Pg", value)}: {@code precision} significant digits, trailing zeros
     * removed, an exponent ({@code 1.5e+06}) when it is below -4 or not below the precision.
     *
     * @param value a finite number
     * @param precision significant digits, 6 for a plain {@code %g}
     * @return the text
     */
    public static String g(double value, int precision) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        int p = precision == 0 ? 1 : precision;
        if (value == 0) {
            return (1 / value < 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= p) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String m = strip(mantissa.setScale(p - 1, RoundingMode.HALF_EVEN).toPlainString());
            int e = Math.abs(exponent);
            return m + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
        }
        return strip(rounded.setScale(Math.max(p - 1 - exponent, 0), RoundingMode.HALF_EVEN).toPlainString());
    }

    private static String strip(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * @param b a structure as the kernel sent it
     * @param i where a {@code __u64} starts
     * @return it, read in host order
     */
    public static long u64(Bytes b, int i) {
        ByteOrder host = ByteOrder.nativeOrder();
        long first = Integer.toUnsignedLong(b.getInt(i, host));
        long second = Integer.toUnsignedLong(b.getInt(i + 4, host));
        return host == ByteOrder.LITTLE_ENDIAN ? second << 32 | first : first << 32 | second;
    }

    /**
     * Writes {@code struct tcf_t} (install, lastuse, expires, firstuse, in {@code USER_HZ}) as
     * {@code print_tm} does under {@code -s}: {@code  installed N sec used N sec firstused N sec},
     * each time that is not zero.
     *
     * @param tm the action's {@code TCA_*_TM} as sent, or null: then nothing is written
     */
    public void tm(Bytes tm) {
        if (tm == null || tm.length() < 32) {
            return;
        }
        seconds(" installed ", u64(tm, 0));
        seconds(" used ", u64(tm, 8));
        seconds(" firstused ", u64(tm, 24));
        seconds(" expires ", u64(tm, 16));
    }

    private void seconds(String name, long ticks) {
        if (ticks != 0) {
            // tm->x / hz in unsigned 64 bits, printed with %u: the low 32 bits
            out.append(name).append(Long.divideUnsigned(ticks, USER_HZ) & 0xffffffffL).append(" sec");
        }
    }

    /**
     * @param b a structure as the kernel sent it
     * @param offset where its run of {@code __u32}s starts
     * @param count how many the structure has
     * @return them, read in host order; those the kernel did not send are 0, as {@code tc} reads
     *     a shorter structure copied into a zeroed one
     */
    public static int[] u32s(Bytes b, int offset, int count) {
        int[] v = new int[count];
        for (int i = 0; i < count && offset + 4 * i + 4 <= b.length(); i++) {
            v[i] = b.getInt(offset + 4 * i, ByteOrder.nativeOrder());
        }
        return v;
    }

    /**
     * @param value unsigned
     * @return it as C's {@code printf("%#x")} prints it: {@code 0x1f}, and {@code 0} for zero
     */
    public static String alternateHex(long value) {
        return value == 0 ? "0" : "0x" + Long.toHexString(value);
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
    }

    /**
     * Writes {@code TCA_STATS} ({@code struct tc_stats}), which a kernel sends alone for a
     * classifier's own policer, as {@code print_tcstats_attr} does without {@code TCA_STATS2}:
     * {@code Sent N bytes N pkts (dropped N, overlimits N) }, then the rate and backlog where
     * they are not zero.
     *
     * @param st the structure as sent; what it lacks reads as 0
     * @param prefix {@code " "} under a qdisc, class or filter
     */
    public void legacyStats(Bytes st, String prefix) {
        // __u64 bytes; __u32 packets, drops, overlimits, bps, pps, qlen, backlog
        long bytes = st.length() >= 8 ? u64(st, 0) : 0;
        int[] v = u32s(st, 8, 7);
        out.append(prefix).append("Sent ").append(Long.toUnsignedString(bytes)).append(" bytes ")
           .append(Integer.toUnsignedString(v[0])).append(" pkts (dropped ").append(Integer.toUnsignedString(v[1]))
           .append(", overlimits ").append(Integer.toUnsignedString(v[2])).append(") ");
        if ((v[3] | v[4] | v[5] | v[6]) != 0) {
            out.append('\n').append(prefix);
            if ((v[3] | v[4]) != 0) {
                out.append("rate ");
                if (v[3] != 0) {
                    out.append(rate(Integer.toUnsignedLong(v[3]))).append(' ');
                }
                if (v[4] != 0) {
                    out.append(Integer.toUnsignedString(v[4])).append("pps ");
                }
            }
            if ((v[5] | v[6]) != 0) {
                out.append("backlog ");
                if (v[6] != 0) {
                    out.append(size(v[6])).append(' ');
                }
                if (v[5] != 0) {
                    out.append(Integer.toUnsignedString(v[5])).append("p ");
                }
            }
        }
    }

    /**
     * Writes {@code TCA_STATS2} as {@code print_tcstats2_attr} does: {@code Sent N bytes N pkt
     * (dropped N, overlimits N requeues N) }, the rate estimate, then {@code backlog Nb Np
     * requeues N}, each line after the first starting with a newline and the prefix.
     *
     * @param s the statistics
     * @param prefix {@code " "} under a qdisc, class or filter, {@code "\t"} under an action
     */
    public void stats2(TcStats s, String prefix) {
        TcStats.Queue q = s.queue();
        if (s.basic() != null) {
            out.append(prefix).append("Sent ").append(Long.toUnsignedString(s.basic().bytes())).append(" bytes");
            long p64 = s.pkt64() == null ? 0 : s.pkt64();
            out.append(' ').append(Long.toUnsignedString(p64 != 0 ? p64 : s.basic().packets())).append(" pkt");
        }
        if (q != null) {
            out.append(" (dropped ").append(q.drops()).append(", overlimits ").append(q.overlimits())
               .append(" requeues ").append(q.requeues()).append(") ");
        }
        if (s.basicHw() != null) {
            basicHw(s, prefix);
        }
        TcStats.RateEst est = s.rateEst64() != null ? s.rateEst64() : s.rateEst();
        if (est != null) {
            out.append('\n').append(prefix).append("rate ").append(rate(est.bytesPerSecond()))
               .append(' ').append(Long.toUnsignedString(est.packetsPerSecond())).append("pps");
        }
        if (q != null) {
            if (s.rateEst() == null) { // iproute2 tests the 32-bit estimate only
                out.append('\n');
            }
            out.append(prefix).append("backlog ").append(size(q.backlog())).append(' ').append(q.qlen())
               .append("p requeues ").append(q.requeues());
        }
    }

    private void basicHw(TcStats s, String prefix) {
        TcStats.Basic hw = s.basicHw();
        if (hw.bytes() == 0 && hw.packets() == 0) {
            return;
        }
        TcStats.Basic sw = s.basic();
        if (sw != null && Long.compareUnsigned(sw.bytes(), hw.bytes()) >= 0 && sw.packets() >= hw.packets()) {
            out.append('\n').append(prefix).append("Sent software ")
               .append(Long.toUnsignedString(sw.bytes() - hw.bytes())).append(" bytes ")
               .append((sw.packets() - hw.packets()) & 0xffffffffL).append(" pkt");
        }
        out.append('\n').append(prefix).append("Sent hardware ").append(Long.toUnsignedString(hw.bytes()))
           .append(" bytes ").append(hw.packets()).append(" pkt");
    }
}

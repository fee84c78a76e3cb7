package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.HfscClassOptions;
import dev.jnetlink.codec.tc.kind.HfscCurve;
import dev.jnetlink.codec.tc.kind.HfscQdiscOptions;
import java.nio.ByteOrder;
import java.util.List;

/**
 * {@code hfsc} as {@code q_hfsc.c} prints it: the qdisc's {@code default 10 }, a class's
 * curves ({@code sc m1 0bit d 0us m2 10Mbit ul m1 0bit d 0us m2 20Mbit }, {@code sc} when the
 * real-time and link-sharing curves are equal), and a class's {@code period 0 level 0}
 * statistics.
 */
public final class HfscView implements TcKindView {
    /** {@code sizeof(struct tc_hfsc_stats)}: work, rtwork ({@code __u64}), period, level. */
    private static final int XSTATS_SIZE = 24;

    /** For {@link java.util.ServiceLoader}. */
    public HfscView() {
    }

    @Override
    public List<String> qdiscKinds() {
        return List.of("hfsc");
    }

    @Override
    public void printQdisc(TcOptions options, TcPrinter out) {
        if (options instanceof HfscQdiscOptions o && o.defaultClass() != 0) {
            out.append("default ").append(Integer.toHexString(o.defaultClass())).append(' ');
        }
    }

    @Override
    public void printClass(TcOptions options, TcPrinter out) {
        if (!(options instanceof HfscClassOptions o)) {
            return;
        }
        if (o.realTime() != null && o.realTime().equals(o.linkShare())) {
            curve("sc", o.realTime(), out);
        } else {
            if (o.realTime() != null) {
                curve("rt", o.realTime(), out);
            }
            if (o.linkShare() != null) {
                curve("ls", o.linkShare(), out);
            }
        }
        if (o.upperLimit() != null) {
            curve("ul", o.upperLimit(), out);
        }
    }

    // hfsc_print_sc; d is in microseconds (tc_core_ktime2time with clock_factor 1)
    private static void curve(String name, HfscCurve c, TcPrinter out) {
        out.append(name).append(' ')
           .append("m1 ").append(TcPrinter.rate(c.m1())).append(' ')
           .append("d ").append(TcPrinter.time(c.d())).append(' ')
           .append("m2 ").append(TcPrinter.rate(c.m2())).append(' ');
    }

    @Override
    public boolean printXstats(Bytes xstats, TcPrinter out) {
        if (xstats.length() >= XSTATS_SIZE) {
            ByteOrder host = ByteOrder.nativeOrder();
            long work = TcPrinter.u64(xstats, 0);
            long rtwork = TcPrinter.u64(xstats, 8);
            out.append(" period ").append(Integer.toUnsignedString(xstats.getInt(16, host))).append(' ');
            if (work != 0) {
                out.append("work ").append(Long.toUnsignedString(work)).append(" bytes ");
            }
            if (rtwork != 0) {
                out.append("rtwork ").append(Long.toUnsignedString(rtwork)).append(" bytes ");
            }
            out.append("level ").append(Integer.toUnsignedString(xstats.getInt(20, host))).append(' ').append('\n');
        }
        return true;
    }
}

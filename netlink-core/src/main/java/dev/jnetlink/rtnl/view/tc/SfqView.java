package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.SfqOptions;
import java.nio.ByteOrder;
import java.util.List;

/**
 * {@code sfq} as {@code q_sfq.c} prints it: {@code limit 127p quantum 1514b depth 127 divisor
 * 1024 perturb 10sec }, its RED settings ({@code ewma 6 min 8000b max 20000b probability 0.2 ecn
 * harddrop }) and under {@code -s} their counters, and a flow's {@code allot} among its classes'
 * statistics.
 */
public final class SfqView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public SfqView() {
    }

    @Override
    public List<String> qdiscKinds() {
        return List.of("sfq");
    }

    @Override
    public void printQdisc(TcOptions options, TcPrinter out) {
        if (!(options instanceof SfqOptions o)) {
            return;
        }
        out.append("limit ").append(o.limit()).append("p ")
           .append("quantum ").append(TcPrinter.size(o.quantum())).append(' ');
        if (o.depth() != 0) {
            out.append("depth ").append(o.depth()).append(' ');
        }
        if (o.headdrop() != 0) {
            out.append("headdrop ");
        }
        if (out.details()) {
            out.append("flows ").append(o.flows()).append(' ');
        }
        out.append("divisor ").append(o.divisor()).append(' ');
        if (o.perturbPeriod() != 0) {
            out.append("perturb ").append(o.perturbPeriod()).append("sec ");
        }
        if (o.qthMin() != 0) {
            out.append("ewma ").append(o.wlog()).append(' ')
               .append("min ").append(TcPrinter.size(o.qthMin())).append(' ')
               .append("max ").append(TcPrinter.size(o.qthMax())).append(' ')
               .append("probability ").append(TcPrinter.g(o.maxP() / 4294967296.0, 6)).append(' ');
            redFlags(o.flags(), out);
            if (out.stats()) {
                // struct tc_sfqred_stats: prob_drop, forced_drop, prob_mark, forced_mark,
                // prob_mark_head, forced_mark_head
                int[] s = TcPrinter.u32s(o.stats(), 0, 6);
                out.append("\n  prob_mark ").append(u(s[2])).append(" prob_mark_head ").append(u(s[4]))
                   .append(" prob_drop ").append(u(s[0]))
                   .append("\n  forced_mark ").append(u(s[3])).append(" forced_mark_head ").append(u(s[5]))
                   .append(" forced_drop ").append(u(s[1]));
            }
        }
    }

    // tc_red_print_flags
    private static void redFlags(int flags, TcPrinter out) {
        if ((flags & SfqOptions.RED_ECN) != 0) {
            out.append("ecn ");
        }
        if ((flags & SfqOptions.RED_HARDDROP) != 0) {
            out.append("harddrop ");
        }
        if ((flags & SfqOptions.RED_ADAPTATIVE) != 0) {
            out.append("adaptive ");
        }
        if ((flags & SfqOptions.RED_NODROP) != 0) {
            out.append("nodrop ");
        }
    }

    private static long u(int v) {
        return Integer.toUnsignedLong(v);
    }

    /** {@code struct tc_sfq_xstats}: {@code allot}, a flow's credit, printed for its class. */
    @Override
    public boolean printXstats(Bytes xstats, TcPrinter out) {
        if (xstats.length() >= 4) {
            out.append("  allot ").append(xstats.getInt(0, ByteOrder.nativeOrder()));
        }
        return true;
    }
}

package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FqCodelOptions;
import java.util.List;

/**
 * {@code fq_codel} as {@code q_fq_codel.c} prints it: {@code limit 10240p flows 1024 quantum
 * 1514 target 5ms interval 100ms memory_limit 32Mb ecn drop_batch 64 }, and under {@code -s}
 * the qdisc's counters ({@code maxpacket}, {@code new_flow_count}, ...) or a flow's
 * ({@code deficit}, {@code ldelay}, ...).
 */
public final class FqCodelView implements TcKindView {
    private static final int XSTATS_QDISC = 0;
    private static final int XSTATS_CLASS = 1;
    // struct tc_fq_codel_xstats: a type, then the larger of its union's structures (9 __u32)
    private static final int XSTATS_SIZE = 40;

    /** For {@link java.util.ServiceLoader}. */
    public FqCodelView() {
    }

    @Override
    public List<String> qdiscKinds() {
        return List.of("fq_codel");
    }

    @Override
    public void printQdisc(TcOptions options, TcPrinter out) {
        if (!(options instanceof FqCodelOptions o)) {
            return;
        }
        if (o.limit() != null) {
            out.append("limit ").append(Integer.toUnsignedString(o.limit())).append("p ");
        }
        if (o.flows() != null) {
            out.append("flows ").append(Integer.toUnsignedString(o.flows())).append(' ');
        }
        if (o.quantum() != null) {
            out.append("quantum ").append(Integer.toUnsignedString(o.quantum())).append(' ');
        }
        if (o.target() != null) {
            out.append("target ").append(TcPrinter.time(o.target())).append(' ');
        }
        if (o.ceThreshold() != null) {
            out.append("ce_threshold ").append(TcPrinter.time(o.ceThreshold())).append(' ');
        }
        int selector = o.ceThresholdSelector() == null ? 0 : o.ceThresholdSelector();
        int mask = o.ceThresholdMask() == null ? 0 : o.ceThresholdMask();
        if (selector != 0 || mask != 0) {
            out.append("ce_threshold_selector ").append(TcPrinter.alternateHex(selector))
               .append('/').append(TcPrinter.alternateHex(mask)).append(' ');
        }
        if (o.interval() != null) {
            out.append("interval ").append(TcPrinter.time(o.interval())).append(' ');
        }
        if (o.memoryLimit() != null) {
            out.append("memory_limit ").append(TcPrinter.size(o.memoryLimit())).append(' ');
        }
        if (o.ecn() != null && o.ecn() != 0) {
            out.append("ecn ");
        }
        if (o.dropBatchSize() != null && o.dropBatchSize() != 0) {
            out.append("drop_batch ").append(Integer.toUnsignedString(o.dropBatchSize())).append(' ');
        }
    }

    @Override
    public boolean printXstats(Bytes xstats, TcPrinter out) {
        // a shorter structure is read as if padded with zeros, as tc copies it into a zeroed one
        int[] v = TcPrinter.u32s(xstats, 0, XSTATS_SIZE / 4);
        if (v[0] == XSTATS_QDISC) {
            out.append("  maxpacket ").append(u(v[1])).append(" drop_overlimit ").append(u(v[2]))
               .append(" new_flow_count ").append(u(v[4])).append(" ecn_mark ").append(u(v[3]));
            optional(" ce_mark ", v[7], out);
            optional(" memory_used ", v[8], out);
            optional(" drop_overmemory ", v[9], out);
            out.append("\n  new_flows_len ").append(u(v[5])).append(" old_flows_len ").append(u(v[6]));
        }
        if (v[0] == XSTATS_CLASS) {
            out.append("  deficit ").append(v[1]).append(" count ").append(u(v[3]))
               .append(" lastcount ").append(u(v[4])).append(" ldelay ").append(TcPrinter.time(u(v[2])));
            if (v[5] != 0) {
                int dropNext = v[6];
                out.append(" dropping drop_next ")
                   .append(dropNext < 0 ? "-" + TcPrinter.time(-(long) dropNext) : TcPrinter.time(dropNext));
            }
        }
        return true;
    }

    private static long u(int v) {
        return Integer.toUnsignedLong(v);
    }

    private static void optional(String name, int value, TcPrinter out) {
        if (value != 0) {
            out.append(name).append(u(value));
        }
    }
}

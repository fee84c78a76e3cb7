package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.NetemOptions;
import dev.jnetlink.codec.tc.kind.NetemStructs;
import java.util.List;

/**
 * {@code netem} as {@code q_netem.c} (iproute2 6.1) prints it: {@code limit 1000 delay 100ms
 * 10ms 25% loss 1% duplicate 1% reorder 25% 50% corrupt 0.1% rate 1Mbit slot ... ecn gap 5}.
 * The delay is the tick-based one of {@code tc_netem_qopt}, as 6.1 prints it.
 */
public final class NetemView implements TcKindView {
    private static final long U32_MAX = 0xffffffffL;

    /** For {@link java.util.ServiceLoader}. */
    public NetemView() {
    }

    @Override
    public List<String> qdiscKinds() {
        return List.of("netem");
    }

    @Override
    public void printQdisc(TcOptions options, TcPrinter out) {
        if (!(options instanceof NetemOptions o)) {
            return;
        }
        NetemStructs.Qopt q = o.qopt();
        NetemStructs.Corr cor = o.corr();
        out.append("limit ").append((int) q.limit());
        if (q.latency() != 0) {
            out.append(" delay ").append(TcPrinter.time(TcPrinter.tickToTime(q.latency())));
            if (q.jitter() != 0) {
                out.append("  ").append(TcPrinter.time(TcPrinter.tickToTime(q.jitter())));
            }
            correlation(q.jitter() != 0 && cor != null && cor.delay() != 0, cor == null ? 0 : cor.delay(), out);
        }
        if (q.loss() != 0) {
            percent(" loss ", q.loss(), out);
            correlation(cor != null && cor.loss() != 0, cor == null ? 0 : cor.loss(), out);
        }
        if (o.loss() != null && o.loss().gi() != null) {
            NetemStructs.GiModel gi = o.loss().gi();
            percent(" loss state p13 ", gi.p13(), out);
            percent(" p31 ", gi.p31(), out);
            percent(" p32 ", gi.p32(), out);
            percent(" p23 ", gi.p23(), out);
            percent(" p14 ", gi.p14(), out);
        }
        if (o.loss() != null && o.loss().ge() != null) {
            NetemStructs.GeModel ge = o.loss().ge();
            percent(" loss gemodel p ", ge.p(), out);
            percent(" r ", ge.r(), out);
            percent(" 1-h ", (int) (U32_MAX - Integer.toUnsignedLong(ge.h())), out);
            percent(" 1-k ", ge.k1(), out);
        }
        if (q.duplicate() != 0) {
            percent(" duplicate ", q.duplicate(), out);
            correlation(cor != null && cor.duplicate() != 0, cor == null ? 0 : cor.duplicate(), out);
        }
        chance(" reorder ", o.reorder(), out);
        chance(" corrupt ", o.corrupt(), out);
        NetemStructs.Rate rate = o.rate();
        if (rate != null && rate.rate() != 0) {
            long r = o.rate64() != null && o.rate64() != 0 ? o.rate64() : rate.rate();
            out.append(" rate ").append(TcPrinter.rate(r));
            intOption(" packetoverhead ", rate.packetOverhead(), out);
            if (rate.cellSize() != 0) {
                out.append(" cellsize ").append(rate.cellSize());
            }
            intOption(" celloverhead ", rate.cellOverhead(), out);
        }
        NetemStructs.Slot slot = o.slot();
        if (slot != null) {
            if (slot.distJitter() > 0) {
                out.append(" slot distribution ").append(TcPrinter.time64(slot.distDelay()))
                   .append(' ').append(TcPrinter.time64(slot.distJitter()));
            } else {
                out.append(" slot ").append(TcPrinter.time64(slot.minDelay()))
                   .append(' ').append(TcPrinter.time64(slot.maxDelay()));
            }
            intOption(" packets ", slot.maxPackets(), out);
            intOption(" bytes ", slot.maxBytes(), out);
        }
        if (o.ecn() != null) {
            out.append(" ecn ");
        }
        if (q.gap() != 0) {
            out.append(" gap ").append(q.gap());
        }
    }

    private static void chance(String name, NetemStructs.Chance c, TcPrinter out) {
        if (c != null && c.probability() != 0) {
            percent(name, c.probability(), out);
            correlation(c.correlation() != 0, c.correlation(), out);
        }
    }

    private static void percent(String name, int fraction, TcPrinter out) {
        out.append(name).append(TcPrinter.percent(fraction)).append('%');
    }

    private static void correlation(boolean present, int fraction, TcPrinter out) {
        if (present) {
            percent(" ", fraction, out);
        }
    }

    private static void intOption(String name, int value, TcPrinter out) {
        if (value != 0) {
            out.append(name).append(value);
        }
    }
}

package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.RateSpec;
import dev.jnetlink.codec.tc.kind.PoliceOptions;
import dev.jnetlink.codec.tc.kind.PoliceParms;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;

/**
 * {@code police} as {@code m_police.c} prints it: {@code  police 0x1 rate 1Mbit burst 10Kb mtu
 * 2Kb action reclassify overhead 0b }, then {@code \tref 1 bind 1 } and under {@code -s} the
 * times. The same text follows a classifier's own policer ({@code TCA_FW_POLICE},
 * {@code TCA_BASIC_POLICE}): {@link #printPolicer}.
 */
public final class PoliceView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public PoliceView() {
    }

    @Override
    public List<String> actionKinds() {
        return List.of("police");
    }

    @Override
    public void printAction(Action action, TcPrinter out) {
        if (action.options() instanceof PoliceOptions o) {
            print(o, out);
        }
    }

    /**
     * Writes a classifier's policer ({@code tc_print_police}).
     *
     * @param police the nested {@code TCA_POLICE_*} attributes as sent
     * @param out where to write; nothing is written if they do not decode
     */
    static void printPolicer(Bytes police, TcPrinter out) {
        ByteBuf buf = Unpooled.wrappedBuffer(police.toArray());
        PoliceOptions o;
        try {
            o = PoliceOptions.CODEC.decode(new AttributeCursor().reset(buf, 0, buf.writerIndex(),
                    PoliceOptions.CODEC.space(), 0, "TCA_POLICE"));
        } catch (DecodeException e) {
            return;
        } finally {
            buf.release();
        }
        print(o, out);
    }

    private static void print(PoliceOptions o, TcPrinter out) {
        PoliceParms p = o.tbf();
        if (p == null) {
            return; // tc writes "[NULL police tbf]" to stderr
        }
        long rate = o.rate();
        out.append(" police 0x").append(Integer.toHexString(p.index()))
           .append(" rate ").append(TcPrinter.rate(rate))
           .append(" burst ").append(TcPrinter.size(TcPrinter.xmitSize(rate, p.burst())))
           .append(" mtu ").append(TcPrinter.size(p.mtu())).append(' ');
        long peak = o.peakRate64() != null ? o.peakRate64() : p.peakRate().rate();
        if (peak != 0) {
            out.append("peakrate ").append(TcPrinter.rate(peak)).append(' ');
        }
        if (o.avrate() != null) {
            out.append("avrate ").append(TcPrinter.rate(Integer.toUnsignedLong(o.avrate()))).append(' ');
        }
        if (o.pktRate64() != null && o.pktBurst64() != null) {
            out.append("pkts_rate ").append(Long.toUnsignedString(o.pktRate64())).append(' ')
               .append("pkts_burst ").append(TcPrinter.xmitSize(o.pktRate64(), o.pktBurst64())).append(' ');
        }
        out.append("action ").append(TcPrinter.actionControl(p.action()));
        if (o.result() != null) {
            out.append('/').append(TcPrinter.actionControl(o.result())).append(' ');
        } else {
            out.append(' ');
        }
        out.append("overhead ").append(TcPrinter.size(p.rate().overhead())).append(' ');
        int linklayer = p.rate().linklayer() & 0x0f;
        if (linklayer > RateSpec.LINKLAYER_ETHERNET || out.details()) {
            out.append("linklayer ").append(TcPrinter.linklayer(linklayer)).append(' ');
        }
        out.append("\n\tref ").append(p.refcnt()).append(" bind ").append(p.bindcnt()).append(' ');
        if (out.stats()) {
            out.tm(o.tm());
        }
        out.append('\n');
    }
}

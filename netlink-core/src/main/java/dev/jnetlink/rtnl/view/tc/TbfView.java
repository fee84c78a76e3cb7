package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.RateSpec;
import dev.jnetlink.codec.tc.TcCore;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.TbfOptions;
import dev.jnetlink.codec.tc.kind.TbfQopt;
import java.util.List;

/** {@code tbf} as {@code q_tbf.c} prints it: {@code rate 1Mbit burst 4Kb lat 400ms }. */
public final class TbfView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public TbfView() {
    }

    @Override
    public List<String> qdiscKinds() {
        return List.of("tbf");
    }

    @Override
    public void printQdisc(TcOptions options, TcPrinter out) {
        if (!(options instanceof TbfOptions o) || o.parms() == null) {
            return;
        }
        TbfQopt q = o.parms();
        long rate = o.rate();
        out.append("rate ").append(TcPrinter.rate(rate)).append(' ');
        long buffer = TcPrinter.xmitSize(rate, q.buffer());
        if (out.details()) {
            out.append("burst ").append(TcPrinter.size(buffer, q.rate().cellLog())).append(' ')
               .append("mpu ").append(TcPrinter.size(q.rate().mpu())).append(' ');
        } else {
            out.append("burst ").append(TcPrinter.size(buffer)).append(' ');
        }
        long prate = o.prate64() != null ? o.prate64() : q.peakRate().rate();
        if (prate != 0) {
            out.append("peakrate ").append(TcPrinter.rate(prate)).append(' ');
            if (q.mtu() != 0 || q.peakRate().mpu() != 0) {
                long mtu = TcPrinter.xmitSize(prate, q.mtu());
                if (out.details()) {
                    out.append("mtu ").append(TcPrinter.size(mtu, q.peakRate().cellLog())).append(' ')
                       .append("mpu ").append(TcPrinter.size(q.peakRate().mpu())).append(' ');
                } else {
                    out.append("minburst ").append(TcPrinter.size(mtu)).append(' ');
                }
            }
        }
        double latency = TcCore.USEC_PER_SEC * (q.limit() / (double) rate) - TcPrinter.tickToTime(q.buffer());
        if (prate != 0) {
            double lat2 = TcCore.USEC_PER_SEC * (q.limit() / (double) prate) - TcPrinter.tickToTime(q.mtu());
            if (lat2 > latency) {
                latency = lat2;
            }
        }
        if (latency >= 0.0) {
            out.append("lat ").append(TcPrinter.time((long) latency)).append(' ');
        } else {
            out.append("limit ").append(TcPrinter.size(q.limit())).append(' ');
        }
        if (q.rate().overhead() != 0) {
            out.append("overhead ").append(q.rate().overhead()).append(' ');
        }
        int linklayer = q.rate().linklayer() & 0x0f;
        if (linklayer > RateSpec.LINKLAYER_ETHERNET || out.details()) {
            out.append("linklayer ").append(TcPrinter.linklayer(linklayer)).append(' ');
        }
    }
}

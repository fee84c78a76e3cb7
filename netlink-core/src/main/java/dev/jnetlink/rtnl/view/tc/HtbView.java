package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.RateSpec;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.HtbClassOptions;
import dev.jnetlink.codec.tc.kind.HtbGlob;
import dev.jnetlink.codec.tc.kind.HtbParms;
import dev.jnetlink.codec.tc.kind.HtbQdiscOptions;
import dev.jnetlink.rtnl.view.Iproute2;
import java.nio.ByteOrder;
import java.util.List;

/**
 * {@code htb} as {@code q_htb.c} prints it: the qdisc's {@code r2q 10 default 0x10
 * direct_packets_stat 0 direct_qlen 1000}, a class's {@code prio 0 rate 10Mbit ceil 20Mbit burst
 * 1600b cburst 1600b }, and a class's {@code lended: ... tokens: ...} statistics.
 */
public final class HtbView implements TcKindView {
    /** {@code sizeof(struct tc_htb_xstats)}. */
    private static final int XSTATS_SIZE = 20;

    /** For {@link java.util.ServiceLoader}. */
    public HtbView() {
    }

    @Override
    public List<String> qdiscKinds() {
        return List.of("htb");
    }

    @Override
    public void printQdisc(TcOptions options, TcPrinter out) {
        if (options instanceof HtbQdiscOptions o) {
            HtbGlob g = o.init();
            if (g != null) {
                out.append("r2q ").append(g.rate2quantum())
                   .append(" default ").append(Iproute2.hex(Integer.toUnsignedLong(g.defaultClass())))
                   .append(" direct_packets_stat ").append(Integer.toUnsignedString(g.directPackets()));
                if (out.details()) {
                    out.append(" ver ").append(g.version() >>> 16).append('.').append(g.version() & 0xffff);
                }
            }
            if (o.directQlen() != null) {
                out.append(" direct_qlen ").append(Integer.toUnsignedString(o.directQlen()));
            }
            if (o.offload() != null && o.offload()) {
                out.append(" offload");
            }
        }
    }

    @Override
    public void printClass(TcOptions options, TcPrinter out) {
        if (!(options instanceof HtbClassOptions o) || o.parms() == null) {
            return;
        }
        HtbParms p = o.parms();
        if (p.level() == 0) {
            out.append("prio ").append(p.prio()).append(' ');
            if (out.details()) {
                out.append("quantum ").append(p.quantum()).append(' ');
            }
        }
        long rate = o.rate();
        long ceil = o.ceil();
        out.append("rate ").append(TcPrinter.rate(rate)).append(' ');
        if (p.rate().overhead() != 0) {
            out.append("overhead ").append(p.rate().overhead()).append(' ');
        }
        long buffer = TcPrinter.xmitSize(rate, p.buffer());
        out.append("ceil ").append(TcPrinter.rate(ceil)).append(' ');
        long cbuffer = TcPrinter.xmitSize(ceil, p.cbuffer());
        int linklayer = p.rate().linklayer() & 0x0f;
        if (linklayer > RateSpec.LINKLAYER_ETHERNET || out.details()) {
            out.append("linklayer ").append(TcPrinter.linklayer(linklayer)).append(' ');
        }
        if (out.details()) {
            burst("burst ", buffer, p.rate(), out);
            burst("cburst ", cbuffer, p.ceil(), out);
            out.append("level ").append(p.level()).append(' ');
        } else {
            out.append("burst ").append(TcPrinter.size(buffer)).append(' ');
            out.append("cburst ").append(TcPrinter.size(cbuffer)).append(' ');
        }
    }

    private static void burst(String name, long bytes, RateSpec r, TcPrinter out) {
        out.append(name).append(TcPrinter.size(bytes, r.cellLog())).append(' ').append("mpu ").append(TcPrinter.size(r.mpu())).append(' ');
    }

    @Override
    public boolean printXstats(Bytes xstats, TcPrinter out) {
        if (xstats.length() >= XSTATS_SIZE) {
            ByteOrder host = ByteOrder.nativeOrder();
            out.append(" lended: ").append(Integer.toUnsignedString(xstats.getInt(0, host)))
               .append(" borrowed: ").append(Integer.toUnsignedString(xstats.getInt(4, host)))
               .append(" giants: ").append(Integer.toUnsignedString(xstats.getInt(8, host))).append('\n')
               .append(" tokens: ").append(xstats.getInt(12, host))
               .append(" ctokens: ").append(xstats.getInt(16, host)).append('\n');
        }
        return true;
    }
}

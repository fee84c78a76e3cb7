package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.RawTcOptions;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.rtnl.view.TextView;
import java.util.List;
import java.util.Objects;

/**
 * {@code tc [-s] [-d] qdisc show [dev DEV]}: one line per qdisc as iproute2 6.1's
 * {@code print_qdisc} prints it, the kind's options by its {@link TcKindView}, and under
 * {@code -s} the statistics lines.
 *
 * <pre>{@code
 * System.out.print(TcQdiscShow.of(rtnl).stats().text());
 * // qdisc htb 1: dev v0 root refcnt 3 r2q 10 default 0x10 direct_packets_stat 0 direct_qlen 1000
 * //  Sent 86 bytes 1 pkt (dropped 0, overlimits 0 requeues 0)
 * //  backlog 0b 0p requeues 0
 * }</pre>
 */
public final class TcQdiscShow implements TextView {
    private final Rtnl rtnl;
    private final boolean stats;
    private final boolean details;
    private final String dev;

    private TcQdiscShow(Rtnl rtnl, boolean stats, boolean details, String dev) {
        this.rtnl = rtnl;
        this.stats = stats;
        this.details = details;
        this.dev = dev;
    }

    /**
     * Equivalent to {@code tc qdisc show}.
     *
     * @param rtnl the client of the namespace to show
     * @return the view
     */
    public static TcQdiscShow of(Rtnl rtnl) {
        return new TcQdiscShow(Objects.requireNonNull(rtnl, "rtnl"), false, false, null);
    }

    /** @return this view with statistics: {@code tc -s qdisc show} */
    public TcQdiscShow stats() {
        return new TcQdiscShow(rtnl, true, details, dev);
    }

    /** @return this view with details: {@code tc -d qdisc show} */
    public TcQdiscShow details() {
        return new TcQdiscShow(rtnl, stats, true, dev);
    }

    /**
     * @param name a device
     * @return this view of that device's qdiscs: {@code tc qdisc show dev NAME}
     */
    public TcQdiscShow dev(String name) {
        return new TcQdiscShow(rtnl, stats, details, Objects.requireNonNull(name, "name"));
    }

    @Override
    public String command() {
        return "tc" + (stats ? " -s" : "") + (details ? " -d" : "") + " qdisc show"
                + (dev == null ? "" : " dev " + dev);
    }

    @Override
    public String text() {
        List<TcObject> qdiscs = dev == null ? rtnl.tc().qdiscs().list() : rtnl.tc().qdiscs().list(dev);
        return format(qdiscs, LinkNames.of(rtnl), dev != null, stats, details);
    }

    /**
     * @param qdiscs qdiscs as a dump returned them
     * @param links the namespace's links
     * @param oneDevice true for {@code dev DEV}: the device's name is then left out
     * @param stats {@code -s}
     * @param details {@code -d}
     * @return them as {@code tc qdisc show} prints them
     */
    static String format(List<TcObject> qdiscs, LinkNames links, boolean oneDevice, boolean stats,
            boolean details) {
        StringBuilder sb = new StringBuilder();
        TcPrinter out = new TcPrinter(sb, details, stats, links);
        for (TcObject q : qdiscs) {
            qdisc(q, oneDevice, out);
        }
        return sb.toString();
    }

    private static void qdisc(TcObject q, boolean oneDevice, TcPrinter out) {
        out.append("qdisc ").append(q.kind()).append(' ')
           .append(Integer.toHexString(TcHandle.major(q.handle()))).append(": ");
        if (!oneDevice) {
            out.append("dev ").append(out.links().name(q.ifindex())).append(' ');
        }
        if (q.parent() == TcHandle.ROOT) {
            out.append("root ");
        } else if (q.parent() != 0) {
            out.append("parent ").append(TcPrinter.classid(q.parent())).append(' ');
        }
        if (q.header().info() != 1) {
            out.append("refcnt ").append(Integer.toUnsignedString(q.header().info())).append(' ');
        }
        if (q.hwOffload() != null && (q.hwOffload() & 0xff) != 0) {
            out.append("offloaded ");
        }
        block("ingress_block ", q.ingressBlock(), out);
        block("egress_block ", q.egressBlock(), out);
        TcKindView view = TcKindViews.qdisc(q.kind());
        out.kind(q.kind());
        if (q.options() != null) {
            if (view != null) {
                view.printQdisc(q.options(), out);
            } else if (q.options() instanceof RawTcOptions raw && raw.payload().length() > 0) {
                out.append("[Unknown qdisc, optlen=").append(raw.payload().length()).append("] ");
            }
        }
        out.append('\n');
        if (out.stats()) {
            TcShows.statsLines(q, view, out, true);
        }
    }

    private static void block(String name, Integer block, TcPrinter out) {
        if (block != null && block != 0) {
            out.append(name).append(Integer.toUnsignedString(block)).append(' ');
        }
    }
}

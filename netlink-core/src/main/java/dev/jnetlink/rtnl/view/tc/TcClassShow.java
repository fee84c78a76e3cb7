package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.rtnl.view.TextView;
import java.util.List;
import java.util.Objects;

/**
 * {@code tc [-s] [-d] class show dev DEV}: one line per class as iproute2 6.1's
 * {@code print_class} prints it, the kind's options by its {@link TcKindView}, and under
 * {@code -s} the statistics and the kind's own ({@code lended: ... tokens: ...} for htb).
 *
 * <pre>{@code
 * System.out.print(TcClassShow.of(rtnl, "v0").text());
 * // class htb 1:10 root leaf 20: prio 1 rate 10Mbit ceil 20Mbit burst 1600b cburst 1600b
 * }</pre>
 */
public final class TcClassShow implements TextView {
    private final Rtnl rtnl;
    private final String dev;
    private final boolean stats;
    private final boolean details;

    private TcClassShow(Rtnl rtnl, String dev, boolean stats, boolean details) {
        this.rtnl = rtnl;
        this.dev = dev;
        this.stats = stats;
        this.details = details;
    }

    /**
     * Equivalent to {@code tc class show dev DEV}.
     *
     * @param rtnl the client of the namespace to show
     * @param dev the device ({@code tc} requires one)
     * @return the view
     */
    public static TcClassShow of(Rtnl rtnl, String dev) {
        return new TcClassShow(Objects.requireNonNull(rtnl, "rtnl"), Objects.requireNonNull(dev, "dev"),
                false, false);
    }

    /** @return this view with statistics: {@code tc -s class show dev DEV} */
    public TcClassShow stats() {
        return new TcClassShow(rtnl, dev, true, details);
    }

    /** @return this view with details: {@code tc -d class show dev DEV} */
    public TcClassShow details() {
        return new TcClassShow(rtnl, dev, stats, true);
    }

    @Override
    public String command() {
        return "tc" + (stats ? " -s" : "") + (details ? " -d" : "") + " class show dev " + dev;
    }

    @Override
    public String text() {
        return format(rtnl.tc().classes().list(dev), LinkNames.of(rtnl), stats, details);
    }

    /**
     * @param classes the classes of one device, as a dump returned them
     * @param links the namespace's links
     * @param stats {@code -s}
     * @param details {@code -d}
     * @return them as {@code tc class show dev DEV} prints them
     */
    static String format(List<TcObject> classes, LinkNames links, boolean stats, boolean details) {
        StringBuilder sb = new StringBuilder();
        TcPrinter out = new TcPrinter(sb, details, stats, links);
        for (TcObject c : classes) {
            out.append("class ").append(c.kind()).append(' ')
               .append(c.handle() != 0 ? TcPrinter.classid(c.handle()) : "").append(' ');
            if (c.parent() == TcHandle.ROOT) {
                out.append("root ");
            } else {
                out.append("parent ").append(TcPrinter.classid(c.parent())).append(' ');
            }
            if (c.header().info() != 0) {
                out.append("leaf ").append(Integer.toHexString(c.header().info() >>> 16)).append(": ");
            }
            TcKindView view = TcKindViews.qdisc(c.kind());
            out.kind(c.kind());
            if (c.options() != null && view != null) {
                view.printClass(c.options(), out);
            }
            out.append('\n');
            if (stats) {
                TcShows.statsLines(c, view, out, false);
            }
        }
        return sb.toString();
    }
}

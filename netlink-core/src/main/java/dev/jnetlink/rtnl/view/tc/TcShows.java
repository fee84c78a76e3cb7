package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcObject;

/** What the qdisc and class views print alike: the statistics block of {@code -s}. */
final class TcShows {
    private TcShows() {
    }

    /**
     * Writes {@code print_tcstats_attr} with the prefix {@code " "} and a newline, then the
     * kind's own statistics and a newline, as {@code print_qdisc} and {@code print_class} do.
     *
     * @param o the qdisc or class
     * @param view its kind's view, or null
     * @param out where to write
     * @param qdisc true for a qdisc, whose {@code TCA_XSTATS} alone also opens the block
     */
    static void statsLines(TcObject o, TcKindView view, TcPrinter out, boolean qdisc) {
        Bytes xstats = null;
        if (o.stats() != null || o.legacyStats() != null || qdisc && o.xstats() != null) {
            if (o.stats() != null) {
                out.stats2(o.stats(), " ");
                xstats = o.stats().app();
            } else if (o.legacyStats() != null) {
                out.legacyStats(o.legacyStats(), " ");
            }
            out.append('\n');
        }
        if (xstats == null) {
            xstats = o.xstats();
        }
        if (view != null && xstats != null && view.printXstats(xstats, out)) {
            out.append('\n');
        }
    }
}

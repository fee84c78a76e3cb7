package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.kind.GactOptions;
import dev.jnetlink.codec.tc.kind.TcGen;
import java.util.List;

/**
 * {@code gact} as {@code m_gact.c} prints it (built with {@code CONFIG_GACT_PROB}, as Debian's
 * is): {@code gact action drop}, then {@code \t random type none pass val 0}, then
 * {@code \t index 1 ref 1 bind 1} and under {@code -s} the times.
 */
public final class GactView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public GactView() {
    }

    @Override
    public List<String> actionKinds() {
        return List.of("gact");
    }

    @Override
    public void printAction(Action action, TcPrinter out) {
        out.append("gact ");
        if (!(action.options() instanceof GactOptions o) || o.parms() == null) {
            return;
        }
        TcGen p = o.parms();
        out.append("action ").append(TcPrinter.actionControl(p.action()));
        // no TCA_GACT_PROB prints as a zeroed one, "to keep consistent output"
        GactOptions.Prob prob = o.prob() != null ? o.prob() : new GactOptions.Prob(0, 0, 0);
        out.append("\n\t random type ").append(randomType(prob.ptype()))
           .append(' ').append(TcPrinter.actionControl(prob.paction())).append(' ')
           .append("val ").append(prob.pval());
        printIndex(p, out);
        if (out.stats()) {
            out.tm(o.tm());
        }
        out.append('\n');
    }

    private static String randomType(int ptype) {
        return switch (ptype) {
            case GactOptions.Prob.NETRAND -> "netrand";
            case GactOptions.Prob.DETERM -> "determ";
            default -> "none";
        };
    }

    /**
     * Writes {@code \n\t index N ref N bind N}, the line gact and skbedit print after their
     * settings.
     *
     * @param p the action's {@code struct tc_gen}
     * @param out where to write
     */
    static void printIndex(TcGen p, TcPrinter out) {
        out.append("\n\t index ").append(Integer.toUnsignedString(p.index()))
           .append(" ref ").append(p.refcnt()).append(" bind ").append(p.bindcnt());
    }
}

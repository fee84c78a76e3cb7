package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.kind.MirredOptions;
import dev.jnetlink.codec.tc.kind.MirredParms;
import java.util.List;

/**
 * {@code mirred} as {@code m_mirred.c} prints it: {@code mirred (Egress Redirect to device
 * ifb0) stolen}, then {@code index 1 ref 1 bind 1} and under {@code -s} the times.
 */
public final class MirredView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public MirredView() {
    }

    @Override
    public List<String> actionKinds() {
        return List.of("mirred");
    }

    @Override
    public void printAction(Action action, TcPrinter out) {
        out.append("mirred ");
        if (!(action.options() instanceof MirredOptions o) || o.parms() == null) {
            return;
        }
        MirredParms p = o.parms();
        out.append('(').append(direction(p.eaction())).append(" to device ")
           .append(out.links().name(p.ifindex())).append(")")
           .append(' ').append(TcPrinter.actionControl(p.action()))
           .append("\n\tindex ").append(Integer.toUnsignedString(p.index()))
           .append(" ref ").append(p.refcnt()).append(" bind ").append(p.bindcnt());
        if (out.stats()) {
            out.tm(o.tm());
        }
        out.append('\n');
    }

    private static String direction(int eaction) {
        return switch (eaction) {
            case MirredParms.EGRESS_REDIRECT -> "Egress Redirect";
            case MirredParms.INGRESS_REDIRECT -> "Ingress Redirect";
            case MirredParms.EGRESS_MIRROR -> "Egress Mirror";
            case MirredParms.INGRESS_MIRROR -> "Ingress Mirror";
            default -> "unknown";
        };
    }
}

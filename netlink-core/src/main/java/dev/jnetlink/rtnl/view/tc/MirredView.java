package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
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
        if (out.stats() && o.tm() != null) {
            times(o.tm(), out);
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

    // print_tm: struct tcf_t {install, lastuse, expires, firstuse}, in USER_HZ
    static void times(Bytes tm, TcPrinter out) {
        if (tm.length() < 32) {
            return;
        }
        long install = TcPrinter.u64(tm, 0);
        long lastuse = TcPrinter.u64(tm, 8);
        long expires = TcPrinter.u64(tm, 16);
        long firstuse = TcPrinter.u64(tm, 24);
        seconds(" installed ", install, out);
        seconds(" used ", lastuse, out);
        seconds(" firstused ", firstuse, out);
        seconds(" expires ", expires, out);
    }

    private static void seconds(String name, long ticks, TcPrinter out) {
        if (ticks != 0) {
            // tm->x / hz in unsigned 64 bits, printed with %u: the low 32 bits
            out.append(name).append(Long.divideUnsigned(ticks, TcPrinter.USER_HZ) & 0xffffffffL).append(" sec");
        }
    }
}

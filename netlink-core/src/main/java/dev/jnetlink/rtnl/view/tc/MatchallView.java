package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.MatchallOptions;
import java.util.List;

/**
 * {@code matchall} as {@code f_matchall.c} prints it: {@code handle 0x1 flowid 1:10 }, the
 * offload flags each on a line of its own ({@code \n  not_in_hw}), under {@code -s} the hit
 * count, then the actions.
 */
public final class MatchallView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public MatchallView() {
    }

    @Override
    public List<String> filterKinds() {
        return List.of("matchall");
    }

    @Override
    public void printFilter(int handle, TcOptions options, TcPrinter out) {
        if (!(options instanceof MatchallOptions o)) {
            return;
        }
        if (handle != 0) {
            out.append("handle 0x").append(Integer.toHexString(handle)).append(' ');
        }
        if (o.classId() != null) {
            out.append("flowid ").append(TcPrinter.classid(o.classId())).append(' ');
        }
        if (o.flags() != null) {
            TcFilterShow.printOffloadFlags(o.flags(), "\n  ", "", out);
        }
        if (o.pcnt() != null) {
            // struct tc_matchall_pcnt: __u64 rhit
            if (o.pcnt().length() < 8) {
                out.append("Broken perf counters\n");
                return;
            }
            if (out.stats()) {
                out.append(" (rule hit ").append(Long.toUnsignedString(TcPrinter.u64(o.pcnt(), 0))).append(')');
            }
        }
        if (o.actions() != null) {
            TcFilterShow.printActions(o.actions(), out);
        }
    }
}

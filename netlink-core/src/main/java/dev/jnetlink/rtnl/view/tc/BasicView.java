package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.BasicOptions;
import java.util.List;

/**
 * {@code basic} as {@code f_basic.c} prints it: {@code handle 0x1 flowid 1:10 }, a policer on a
 * line of its own, then the actions. An ematch tree ({@code TCA_BASIC_EMATCHES}) is not printed:
 * the codec keeps it as bytes.
 */
public final class BasicView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public BasicView() {
    }

    @Override
    public List<String> filterKinds() {
        return List.of("basic");
    }

    @Override
    public void printFilter(int handle, TcOptions options, TcPrinter out) {
        if (!(options instanceof BasicOptions o)) {
            return;
        }
        if (handle != 0) {
            out.append("handle 0x").append(Integer.toHexString(handle)).append(' ');
        }
        if (o.classId() != null) {
            out.append("flowid ").append(TcPrinter.classid(o.classId())).append(' ');
        }
        if (o.police() != null) {
            out.append('\n');
            PoliceView.printPolicer(o.police(), out);
        }
        if (o.actions() != null) {
            TcFilterShow.printActions(o.actions(), out);
        }
    }
}

package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FwOptions;
import java.util.List;

/**
 * {@code fw} as {@code f_fw.c} prints it: {@code handle 0x6/0xff classid 1:20 }, a policer, the
 * input device, then the actions.
 */
public final class FwView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public FwView() {
    }

    @Override
    public List<String> filterKinds() {
        return List.of("fw");
    }

    @Override
    public void printFilter(int handle, TcOptions options, TcPrinter out) {
        if (!(options instanceof FwOptions o)) {
            return;
        }
        if (handle != 0 || o.mask() != null) {
            out.append("handle 0x").append(Integer.toHexString(handle));
            if (o.mask() != null && o.mask() != 0xffffffff) {
                out.append("/0x").append(Integer.toHexString(o.mask()));
            }
            out.append(' ');
        }
        if (o.classId() != null) {
            out.append("classid ").append(TcPrinter.classid(o.classId())).append(' ');
        }
        if (o.police() != null) {
            PoliceView.printPolicer(o.police(), out);
        }
        if (o.indev() != null) {
            out.append("input dev ").append(o.indev()).append(' ');
        }
        if (o.actions() != null) {
            out.append('\n');
            TcFilterShow.printActions(o.actions(), out);
        }
    }
}

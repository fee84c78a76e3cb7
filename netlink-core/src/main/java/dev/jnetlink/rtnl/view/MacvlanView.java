package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.kind.MacvlanInfo;
import java.util.List;

/**
 * {@code ip -d link show} details of a macvlan or macvtap: {@code mode bridge bcqueuelen 1000
 * usedbcqueuelen 1000}, and in source mode the allowed source MACs ({@code macvlan_print_opt}).
 */
public final class MacvlanView implements KindView {
    private static final int MODE_SOURCE = 16;

    @Override
    public List<String> kinds() {
        return List.of("macvlan", "macvtap");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (!(data instanceof MacvlanInfo m) || m.mode() == null) {
            return;
        }
        int mode = m.mode();
        out.append("mode ").append(switch (mode) {
            case 1 -> "private";
            case 2 -> "vepa";
            case 4 -> "bridge";
            case 8 -> "passthru";
            case MODE_SOURCE -> "source";
            default -> "unknown";
        }).append(' ');
        int flags = m.flags() == null ? 0 : m.flags();
        if ((flags & 1) != 0) {
            out.append("nopromisc ");
        }
        if ((flags & 2) != 0) {
            out.append("nodst ");
        }
        if (m.bcQueueLen() != null) {
            out.append("bcqueuelen ").append(Integer.toUnsignedString(m.bcQueueLen())).append(' ');
        }
        if (m.bcQueueLenUsed() != null) {
            out.append("usedbcqueuelen ").append(Integer.toUnsignedString(m.bcQueueLenUsed())).append(' ');
        }
        if (mode != MODE_SOURCE || m.macaddrCount() == null) {
            return;
        }
        out.append("remotes (").append(m.macaddrCount()).append(") ");
        if (m.macaddrData() != null) {
            for (MacAddress mac : m.macaddrData()) {
                if (mac.length() >= 6) {
                    out.append(mac).append(' ');
                }
            }
        }
    }
}

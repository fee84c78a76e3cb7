package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.kind.IpvlanInfo;
import java.util.List;

/**
 * {@code ip -d link show} details of an ipvlan or ipvtap: {@code  mode l3 bridge}
 * ({@code ipvlan_print_opt}, leading blank included).
 */
public final class IpvlanView implements KindView {
    @Override
    public List<String> kinds() {
        return List.of("ipvlan", "ipvtap");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (!(data instanceof IpvlanInfo i)) {
            return;
        }
        if (i.mode() != null) {
            int mode = i.mode();
            out.append(" mode ").append(mode == 0 ? "l2" : mode == 1 ? "l3" : mode == 2 ? "l3s" : "unknown")
               .append(' ');
        }
        if (i.flags() != null) {
            out.append(i.flagsName()).append(' ');
        }
    }
}

package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.kind.VrfInfo;
import java.util.List;

/**
 * {@code ip -d link show} details of a VRF, after {@code vrf} ({@code table 10}, iproute2 6.1's
 * {@code vrf_print_opt}), and of a VRF port, after {@code vrf_slave} ({@code table 10},
 * {@code vrf_slave_print_opt}).
 */
public final class VrfView implements KindView {
    @Override
    public List<String> kinds() {
        return List.of("vrf", "vrf_slave");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        Integer table = data instanceof VrfInfo v ? v.table()
                : data instanceof VrfInfo.Port p ? p.table() : null;
        if (table != null) {
            out.append("table ").append(Integer.toUnsignedString(table)).append(' ');
        }
    }
}

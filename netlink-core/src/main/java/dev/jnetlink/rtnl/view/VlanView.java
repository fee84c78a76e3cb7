package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.kind.QosMapping;
import dev.jnetlink.codec.link.kind.VlanInfo;
import java.util.List;

/**
 * {@code ip -d link show} details of an 802.1Q/802.1ad VLAN: {@code protocol 802.1Q id 20
 * <REORDER_HDR>} and the QoS maps ({@code vlan_print_opt}).
 */
public final class VlanView implements KindView {
    private static final String[] FLAG_NAMES = {"REORDER_HDR", "GVRP", "LOOSE_BINDING", "MVRP",
        "BRIDGE_BINDING"};
    // vlan_print_flags' order, as bits
    private static final int[] FLAG_ORDER = {1, 2, 8, 4, 16};

    @Override
    public List<String> kinds() {
        return List.of("vlan");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (!(data instanceof VlanInfo v) || v.id() == null) {
            return;
        }
        out.append("protocol ").append(v.protocol() == null ? "802.1q"
                : Iproute2.etherTypeName(v.protocol())).append(' ');
        out.append("id ").append(v.id()).append(' ');
        if (v.flags() != null) {
            int flags = v.flags().flags();
            StringBuilder names = new StringBuilder();
            for (int bit : FLAG_ORDER) {
                if ((flags & bit) != 0) {
                    flags &= ~bit;
                    names.append(FLAG_NAMES[Integer.numberOfTrailingZeros(bit)]).append(flags != 0 ? "," : "");
                }
            }
            if (flags != 0) {
                names.append(Integer.toHexString(flags));
            }
            out.append('<').append(names).append("> ");
        }
        map("ingress-qos-map", v.ingressQos(), out);
        map("egress-qos-map", v.egressQos(), out);
    }

    private static void map(String name, List<QosMapping> map, StringBuilder out) {
        if (map == null) {
            return;
        }
        out.append("\n      ").append(name).append(" { ");
        for (QosMapping m : map) {
            out.append(Integer.toUnsignedString(m.from())).append(':')
               .append(Integer.toUnsignedString(m.to())).append(' ');
        }
        out.append("} ");
    }
}

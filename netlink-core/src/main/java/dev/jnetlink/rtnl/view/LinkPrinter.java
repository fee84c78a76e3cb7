package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.codec.link.LinkInfo;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.LinkOffload;
import dev.jnetlink.codec.link.OperState;
import dev.jnetlink.codec.link.PhysicalPort;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prints one link as iproute2 6.1's {@code print_linkinfo} (ip/ipaddress.c) does, for
 * {@code ip link show} ({@code doLink}) and {@code ip addr show}, with or without {@code -d}.
 */
final class LinkPrinter {
    private static final String[] EVENTS = {"NONE", "REBOOT", "FEATURE CHANGE",
        "BONDING FAILOVER", "NOTIFY PEERS", "RESEND IGMP", "BONDING OPTION"};
    private static final int IFLA_PROTO_DOWN_REASON_VALUE = 2;

    private final LinkNames links;
    private final Supplier<Map<Integer, String>> netnsNames;
    private Map<Integer, String> netnsNamesRead;

    /**
     * @param links the namespace's links
     * @param netnsNames the named namespaces by their nsid here; asked at most once, and only if
     *     a link names a peer namespace
     */
    LinkPrinter(LinkNames links, Supplier<Map<Integer, String>> netnsNames) {
        this.links = links;
        this.netnsNames = netnsNames;
    }

    /**
     * @param l the link
     * @param doLink true for {@code ip link} (link mode, alias), false for {@code ip addr}
     * @param details {@code -d}
     * @param linkLine false when {@code ip addr} is limited to one address family ({@code -4}),
     *     which leaves out the {@code link/} line
     * @param out where to append the link's lines, ending with a newline
     */
    void print(Link l, boolean doLink, boolean details, boolean linkLine, StringBuilder out) {
        out.append(l.index()).append(": ").append(l.name());
        boolean mDown = false;
        if (l.link() != null) {
            int peer = l.link();
            if (peer == 0) {
                out.append("@NONE");
            } else if (l.linkNetnsid() != null) {
                out.append("@if").append(Integer.toUnsignedString(peer));
            } else {
                out.append('@').append(links.name(peer));
                mDown = links.isDown(peer);
            }
        }
        out.append(": <").append(LinkFlags.format(l.flags()));
        if (mDown) {
            out.append(",M-DOWN");
        }
        out.append("> ");
        if (l.mtu() != null) {
            out.append("mtu ").append(Integer.toUnsignedString(l.mtu())).append(' ');
        }
        if (l.qdisc() != null) {
            out.append("qdisc ").append(l.qdisc()).append(' ');
        }
        if (l.master() != null) {
            out.append("master ").append(links.name(l.master())).append(' ');
        }
        if (l.operState() != null) {
            int s = l.operState();
            out.append(s <= OperState.UP.ordinal() ? "state " + OperState.of(s) + " "
                    : "state " + Iproute2.hex(s));
        }
        if (doLink && l.linkMode() != null) {
            int m = l.linkMode();
            out.append("mode ").append(m == 0 ? "DEFAULT" : m == 1 ? "DORMANT" : Integer.toString(m))
               .append(' ');
        }
        if (l.group() != null) {
            out.append("group ").append(Iproute2.groupName(l.group())).append(' ');
        }
        if (l.txqlen() != null && l.txqlen() != 0) {
            out.append("qlen ").append(l.txqlen());
        }
        if (l.event() != null) {
            int e = l.event();
            if (e < 0 || e >= EVENTS.length) {
                out.append("event ").append(e).append(' ');
            } else if (e != 0) {
                out.append("event ").append(EVENTS[e]).append(' ');
            }
        }
        if (linkLine || details) {
            out.append("\n    link/").append(l.deviceTypeName()).append(' ');
            if (l.address() != null) {
                out.append(Iproute2.linkAddress(l.address(), l.deviceType()));
            }
            if (l.broadcast() != null) {
                out.append((l.flags() & LinkFlags.POINTOPOINT) != 0 ? " peer " : " brd ")
                   .append(Iproute2.linkAddress(l.broadcast(), l.deviceType()));
            }
            if (l.permAddress() != null && !l.permAddress().equals(l.address())) {
                out.append(" permaddr ").append(Iproute2.linkAddress(l.permAddress(), l.deviceType()));
            }
        }
        if (l.linkNetnsid() != null) {
            int id = l.linkNetnsid();
            String name = id >= 0 ? netnsName(id) : null;
            out.append(id < 0 ? " link-netnsid unknown"
                    : name != null ? " link-netns " + name : " link-netnsid " + id);
        }
        if (l.newNetnsid() != null) {
            String name = netnsName(l.newNetnsid());
            out.append(name != null ? " new-netns " + name : " new-netnsid " + l.newNetnsid());
        }
        if (l.newIfindex() != null) {
            out.append(" new-ifindex ").append(l.newIfindex());
        }
        protoDown(l, out);
        if (details) {
            details(l, doLink, out);
        }
        if (l.alias() != null && (doLink || details)) {
            out.append("\n    alias ").append(l.alias());
        }
        if (l.altNames() != null) {
            for (String alt : l.altNames()) {
                out.append("\n    altname ").append(alt);
            }
        }
        out.append('\n');
    }

    private String netnsName(int nsid) {
        if (netnsNamesRead == null) {
            netnsNamesRead = netnsNames.get();
        }
        return netnsNamesRead.get(nsid);
    }

    private static void protoDown(Link l, StringBuilder out) {
        if (l.protoDown() != null && l.protoDown() != 0) {
            out.append(" protodown on ");
        }
        // ip 6.1 tests IFLA_PROTO_DOWN_REASON_VALUE (2) against the link's own attributes, where
        // 2 is IFLA_BROADCAST, and reads the reason as a u8.
        Bytes reason = l.protoDownReason();
        if (reason == null || l.broadcast() == null) {
            return;
        }
        int value = nestedU8(reason, IFLA_PROTO_DOWN_REASON_VALUE);
        if (value == 0) {
            return;
        }
        out.append(" protodown_reason <");
        boolean first = true;
        for (int bit = 0; value != 0; bit++, value >>>= 1) {
            if ((value & 1) != 0) {
                out.append(first ? "" : ",").append(bit);
                first = false;
            }
        }
        out.append('>');
    }

    private static int nestedU8(Bytes nest, int type) {
        int at = 0;
        while (at + 4 <= nest.length()) {
            int len = nest.get(at) | nest.get(at + 1) << 8;
            int t = (nest.get(at + 2) | nest.get(at + 3) << 8) & 0x3fff;
            if (len < 4) {
                return 0;
            }
            if (t == type && len > 4) {
                return nest.get(at + 4);
            }
            at += (len + 3) & ~3;
        }
        return 0;
    }

    private void details(Link l, boolean doLink, StringBuilder out) {
        if (l.promiscuity() != null) {
            out.append(" promiscuity ").append(Integer.toUnsignedString(l.promiscuity())).append(' ');
        }
        if (l.allmulti() != null) {
            out.append(" allmulti ").append(Integer.toUnsignedString(l.allmulti())).append(' ');
        }
        u32(out, "minmtu", l.minMtu());
        u32(out, "maxmtu", l.maxMtu());
        LinkInfo info = l.linkInfo();
        if (info != null) {
            if (info.kind() != null) {
                out.append("\n    ").append(info.kind()).append(' ');
                kind(info.kind(), info.data(), out);
            }
            if (info.slaveKind() != null) {
                out.append("\n    ").append(info.slaveKind()).append("_slave ");
                kind(info.slaveKind() + "_slave", info.slaveData(), out);
            }
        }
        if (doLink && l.inet6AddrGenMode() != null) {
            int m = l.inet6AddrGenMode();
            out.append("addrgenmode ").append(switch (m) {
                case 0 -> "eui64";
                case 1 -> "none";
                case 2 -> "stable_secret";
                case 3 -> "random";
                default -> String.format("%#04x", m);
            }).append(' ');
        }
        u32(out, "numtxqueues", l.numTxQueues());
        u32(out, "numrxqueues", l.numRxQueues());
        LinkOffload o = l.offload();
        if (o != null) {
            u32(out, "gso_max_size", o.gsoMaxSize());
            u32(out, "gso_max_segs", o.gsoMaxSegs());
            u32(out, "tso_max_size", o.tsoMaxSize());
            u32(out, "tso_max_segs", o.tsoMaxSegs());
            u32(out, "gro_max_size", o.groMaxSize());
        }
        PhysicalPort port = l.physicalPort();
        if (port != null && port.name() != null) {
            out.append("portname ").append(port.name()).append(' ');
        }
        if (port != null && port.id() != null) {
            out.append("portid ").append(port.id().toHex()).append(' ');
        }
        if (port != null && port.switchId() != null) {
            out.append("switchid ").append(port.switchId().toHex()).append(' ');
        }
        if (l.parentDevBusName() != null) {
            out.append("parentbus ").append(l.parentDevBusName()).append(' ');
        }
        if (l.parentDevName() != null) {
            out.append("parentdev ").append(l.parentDevName()).append(' ');
        }
    }

    private void kind(String kind, LinkInfoData data, StringBuilder out) {
        KindView view = KindViews.of(kind);
        if (view != null && data != null) {
            view.print(data, links, out);
        }
    }

    private static void u32(StringBuilder out, String name, Integer value) {
        if (value != null) {
            out.append(name).append(' ').append(Integer.toUnsignedString(value)).append(' ');
        }
    }
}

package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.kind.VxlanInfo;
import java.net.InetAddress;
import java.util.List;

/**
 * {@code ip -d link show} details of a VXLAN device: {@code id 42 remote 10.0.0.2 local 10.0.0.1
 * dev eth0 srcport 0 0 dstport 4789 ttl auto ageing 300 udpcsum ...} ({@code vxlan_print_opt}).
 */
public final class VxlanView implements KindView {
    @Override
    public List<String> kinds() {
        return List.of("vxlan");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (!(data instanceof VxlanInfo v)) {
            return;
        }
        if (on(v.collectMetadata())) {
            out.append("external ");
        }
        if (on(v.vnifilter())) {
            out.append("vnifilter");
        }
        if (v.id() != null) {
            out.append("id ").append(Integer.toUnsignedString(v.id())).append(' ');
        }
        InetAddress remote = v.group() != null ? v.group() : v.group6();
        if (remote != null && !remote.isAnyLocalAddress()) {
            out.append(remote.isMulticastAddress() ? "group " : "remote ")
               .append(IpAddresses.format(remote)).append(' ');
        }
        InetAddress local = v.local() != null ? v.local() : v.local6();
        if (local != null && !local.isAnyLocalAddress()) {
            out.append("local ").append(IpAddresses.format(local)).append(' ');
        }
        if (v.link() != null && v.link() != 0) {
            out.append("dev ").append(links.name(v.link())).append(' ');
        }
        if (v.portRange() != null) {
            out.append("srcport ").append(v.portRange().low()).append(' ')
               .append(v.portRange().high()).append(' ');
        }
        if (v.port() != null) {
            out.append("dstport ").append(v.port()).append(' ');
        }
        if (v.learning() != null && v.learning() == 0) {
            out.append("nolearning ");
        }
        flag(out, v.proxy(), "proxy ");
        flag(out, v.rsc(), "rsc ");
        flag(out, v.l2miss(), "l2miss ");
        flag(out, v.l3miss(), "l3miss ");
        int tos = v.tos() == null ? 0 : v.tos();
        if (tos != 0) {
            out.append(tos == 1 ? "tos inherit " : "tos " + Iproute2.hex(tos) + " ");
        }
        if (on(v.ttlInherit())) {
            out.append("ttl inherit ");
        } else if (v.ttl() != null) {
            out.append(v.ttl() == 0 ? "ttl auto " : "ttl " + v.ttl() + " ");
        }
        if (v.df() != null) {
            if (v.df() == 1) {
                out.append("df set ");
            } else if (v.df() == 2) {
                out.append("df inherit ");
            }
        }
        if (v.label() != null && v.label() != 0) {
            out.append("flowlabel ").append(Iproute2.hex(Integer.toUnsignedLong(v.label()))).append(' ');
        }
        if (v.ageing() != null) {
            out.append("ageing ").append(v.ageing() == 0 ? "none" : Integer.toUnsignedString(v.ageing()))
               .append(' ');
        }
        if (v.limit() != null && v.limit() != 0) {
            out.append("maxaddr ").append(Integer.toUnsignedString(v.limit())).append(' ');
        }
        checksum(out, v.udpCsum(), "udpcsum ");
        checksum(out, v.udpZeroCsum6Tx(), "udp6zerocsumtx ");
        checksum(out, v.udpZeroCsum6Rx(), "udp6zerocsumrx ");
        flag(out, v.remcsumTx(), "remcsumtx ");
        flag(out, v.remcsumRx(), "remcsumrx ");
        if (v.gbp() != null) {
            out.append("gbp ");
        }
        if (v.gpe() != null) {
            out.append("gpe ");
        }
    }

    private static boolean on(Integer u8) {
        return u8 != null && u8 != 0;
    }

    private static void flag(StringBuilder out, Integer u8, String text) {
        if (on(u8)) {
            out.append(text);
        }
    }

    private static void checksum(StringBuilder out, Integer u8, String text) {
        if (u8 != null) {
            out.append(u8 == 0 ? "no" : "").append(text);
        }
    }
}

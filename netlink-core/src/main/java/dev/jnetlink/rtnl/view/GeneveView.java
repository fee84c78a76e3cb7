package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.kind.GeneveInfo;
import java.util.List;

/**
 * {@code ip -d link show} details of a Geneve device: {@code id 5000 remote 10.0.0.2 ttl 32
 * tos 0x10 df set dstport 6081 noudpcsum ...} ({@code geneve_print_opt}).
 */
public final class GeneveView implements KindView {
    @Override
    public List<String> kinds() {
        return List.of("geneve");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (!(data instanceof GeneveInfo g)) {
            return;
        }
        if (g.isExternal()) {
            out.append("external ");
        }
        if (g.id() != null) {
            out.append("id ").append(Integer.toUnsignedString(g.id())).append(' ');
        }
        if (g.remote() != null) {
            if (!g.remote().isAnyLocalAddress()) {
                out.append("remote ").append(IpAddresses.format(g.remote())).append(' ');
            }
        } else if (g.remote6() != null && !g.remote6().isAnyLocalAddress()
                && !g.remote6().isMulticastAddress()) {
            out.append("remote ").append(IpAddresses.format(g.remote6())).append(' ');
        }
        if (g.ttlInherit() != null && g.ttlInherit() != 0) {
            out.append("ttl inherit ");
        } else if (g.ttl() != null) {
            out.append(g.ttl() == 0 ? "ttl auto " : "ttl " + g.ttl() + " ");
        }
        TunnelText.tos(out, g.tos());
        if (g.df() != null) {
            if (g.df() == 1) {
                out.append("df set ");
            } else if (g.df() == 2) {
                out.append("df inherit ");
            }
        }
        if (g.label() != null && g.label() != 0) {
            out.append("flowlabel ").append(Iproute2.hex(Integer.toUnsignedLong(g.label()))).append(' ');
        }
        if (g.port() != null) {
            out.append("dstport ").append(g.port()).append(' ');
        }
        checksum(out, g.udpCsum(), "udpcsum ");
        checksum(out, g.udpZeroCsum6Tx(), "udp6zerocsumtx ");
        checksum(out, g.udpZeroCsum6Rx(), "udp6zerocsumrx ");
        if (g.innerProtoInherit() != null) {
            out.append("innerprotoinherit ");
        }
    }

    private static void checksum(StringBuilder out, Integer u8, String text) {
        if (u8 != null) {
            out.append(u8 == 0 ? "no" : "").append(text);
        }
    }
}

package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.kind.IpTunnelInfo;
import dev.jnetlink.codec.link.kind.TunnelFlags;
import java.util.List;

/**
 * {@code ip -d link show} details of an IP-in-IP tunnel: over IPv4 ({@code ipip}, {@code sit})
 * {@code any remote 10.0.0.2 local 10.0.0.1 dev eth0 ttl 64 tos 0x10 pmtudisc }
 * (link_iptnl.c's {@code iptunnel_print_opt}), over IPv6 ({@code ip6tnl}) {@code ip6ip6 remote
 * fd00::2 local fd00::1 hoplimit 64 encaplimit 4 tclass 0x00 flowlabel 0x00000 }
 * ({@code ip6tunnel_print_opt}).
 */
public final class IpTunnelView implements KindView {
    @Override
    public List<String> kinds() {
        return List.of("ipip", "sit", "ip6tnl");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (!(data instanceof IpTunnelInfo t)) {
            return;
        }
        if (t.isExternal()) {
            out.append("external ");
        }
        boolean v6 = t.flowinfo() != null || t.encapLimit() != null;
        if (t.proto() != null) {
            switch (t.proto()) {
                case IpTunnelInfo.PROTO_IPIP -> out.append(v6 ? "ipip6 " : "ipip ");
                case IpTunnelInfo.PROTO_IPV6 -> out.append(v6 ? "ip6ip6 " : "ip6ip ");
                case IpTunnelInfo.PROTO_MPLS -> out.append(v6 ? "" : "mplsip ");
                case 0 -> out.append("any ");
                default -> { }
            }
        }
        TunnelText.endpoint(out, "remote", t.remote());
        TunnelText.endpoint(out, "local", t.local());
        TunnelText.dev(out, t.link(), links);
        int flags = t.flags() == null ? 0 : t.flags().bits();
        if (v6) {
            TunnelText.ip6Options(out, t.ttl(), t.encapLimit(), t.flowinfo(), flags);
            if ((flags & TunnelFlags.IP6_MIP6_DEV) != 0) {
                out.append("mip6 ");
            }
            TunnelText.ip6LocalRemoteAndMark(out, flags, t.fwmark());
        } else {
            TunnelText.ttl(out, t.ttl());
            TunnelText.tos(out, t.tos());
            out.append(t.pmtudisc() != null && t.pmtudisc() != 0 ? "pmtudisc " : "nopmtudisc ");
            if ((flags & IpTunnelInfo.SIT_ISATAP) != 0) {
                out.append("isatap ");
            }
            if (t.prefixLen6rd() != null && t.prefixLen6rd() != 0) {
                out.append("6rd-prefix ").append(IpAddresses.format(t.prefix6rd())).append('/')
                   .append(t.prefixLen6rd()).append(' ');
                int relay = t.relayPrefix6rd() == null ? 0 : t.relayPrefix6rd();
                if (relay != 0) {
                    out.append("6rd-relay_prefix ").append(TunnelText.dottedQuad(relay)).append('/')
                       .append(t.relayPrefixLen6rd()).append(' ');
                }
            }
            TunnelText.fwmark(out, t.fwmark());
        }
        TunnelText.encap(out, t.encapType(), t.encapFlags(), t.encapSport(), t.encapDport());
    }
}

package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.kind.GreInfo;
import dev.jnetlink.codec.link.kind.TunnelFlags;
import java.util.List;

/**
 * {@code ip -d link show} details of a GRE tunnel: over IPv4 ({@code gre}, {@code gretap})
 * {@code remote 10.0.0.2 local 10.0.0.1 dev eth0 ttl 64 tos 0x10 ikey 0.0.0.42 okey 0.0.0.42
 * iseq oseq icsum ocsum } (link_gre.c's {@code gre_print_opt}), over IPv6 ({@code ip6gre},
 * {@code ip6gretap}) {@code remote fd00::2 local fd00::1 hoplimit 64 encaplimit 4 tclass 0x00
 * flowlabel 0x00000 ...} (link_gre6.c's).
 */
public final class GreView implements KindView {
    @Override
    public List<String> kinds() {
        return List.of("gre", "gretap", "ip6gre", "ip6gretap");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (!(data instanceof GreInfo g)) {
            return;
        }
        if (g.isExternal()) {
            out.append("external ");
        }
        TunnelText.endpoint(out, "remote", g.remote());
        TunnelText.endpoint(out, "local", g.local());
        TunnelText.dev(out, g.link(), links);
        int ip6 = g.flags() == null ? 0 : g.flags();
        if (g.flowinfo() == null && g.encapLimit() == null && g.flags() == null) {
            TunnelText.ttl(out, g.ttl());
            TunnelText.tos(out, g.tos());
            if (g.pmtudisc() != null && g.pmtudisc() == 0) {
                out.append("nopmtudisc ");
            }
            if (g.ignoreDf() != null && g.ignoreDf() != 0) {
                out.append("ignore-df ");
            }
        } else {
            TunnelText.ip6Options(out, g.ttl(), g.encapLimit(), g.flowinfo(), ip6);
        }
        int iflags = g.iflags() == null ? 0 : g.iflags();
        int oflags = g.oflags() == null ? 0 : g.oflags();
        if ((iflags & TunnelFlags.GRE_KEY) != 0 && g.ikey() != null) {
            out.append("ikey ").append(TunnelText.dottedQuad(g.ikey())).append(' ');
        }
        if ((oflags & TunnelFlags.GRE_KEY) != 0 && g.okey() != null) {
            out.append("okey ").append(TunnelText.dottedQuad(g.okey())).append(' ');
        }
        flag(out, iflags, TunnelFlags.GRE_SEQ, "iseq ");
        flag(out, oflags, TunnelFlags.GRE_SEQ, "oseq ");
        flag(out, iflags, TunnelFlags.GRE_CSUM, "icsum ");
        flag(out, oflags, TunnelFlags.GRE_CSUM, "ocsum ");
        TunnelText.ip6LocalRemoteAndMark(out, ip6, g.fwmark());
        if (g.erspanIndex() != null) {
            out.append("erspan_index ").append(Integer.toUnsignedString(g.erspanIndex())).append(' ');
        }
        if (g.erspanVer() != null) {
            out.append("erspan_ver ").append(g.erspanVer()).append(' ');
        }
        if (g.erspanDir() != null) {
            out.append("erspan_dir ").append(g.erspanDir() == 0 ? "ingress " : "egress ");
        }
        if (g.erspanHwid() != null) {
            out.append("erspan_hwid ").append(Iproute2.hex(g.erspanHwid())).append(' ');
        }
        TunnelText.encap(out, g.encapType(), g.encapFlags(), g.encapSport(), g.encapDport());
    }

    private static void flag(StringBuilder out, int flags, int bit, String text) {
        if ((flags & bit) != 0) {
            out.append(text);
        }
    }
}

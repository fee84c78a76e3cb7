package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.route.RouteType;
import dev.jnetlink.codec.rule.FibRuleHdr;
import dev.jnetlink.codec.rule.PortRange;
import dev.jnetlink.codec.rule.Rule;
import dev.jnetlink.codec.rule.RuleAction;
import dev.jnetlink.rtnl.Rtnl;
import java.util.List;
import java.util.Objects;

/**
 * {@code ip [-6] rule show}: one line per policy routing rule, as iproute2 6.1's
 * {@code print_rule} prints it. Without a family, IPv4, as {@code ip} does.
 *
 * <pre>{@code
 * System.out.print(IpRuleShow.of(rtnl).text());
 * // 0:	from all lookup local
 * // 1000:	from 10.1.0.0/24 lookup 100
 * // 32766:	from all lookup main
 * // 32767:	from all lookup default
 * }</pre>
 */
public final class IpRuleShow implements TextView {
    private static final int RTN_NAT = 10;

    private final Rtnl rtnl;
    private final int family;

    private IpRuleShow(Rtnl rtnl, int family) {
        this.rtnl = rtnl;
        this.family = family;
    }

    /**
     * Equivalent to {@code ip rule show}: the IPv4 rules.
     *
     * @param rtnl the client
     * @return the view
     */
    public static IpRuleShow of(Rtnl rtnl) {
        return new IpRuleShow(Objects.requireNonNull(rtnl, "rtnl"), AddressFamily.INET);
    }

    /** @return this view of the IPv6 rules: {@code ip -6 rule show} */
    public IpRuleShow ipv6() {
        return new IpRuleShow(rtnl, AddressFamily.INET6);
    }

    @Override
    public String command() {
        return family == AddressFamily.INET6 ? "ip -6 rule show" : "ip rule show";
    }

    @Override
    public String text() {
        return format(rtnl.rules().list(family));
    }

    /**
     * @param rules the rules of one family, as a dump returned them
     * @return them as {@code ip rule show} prints them
     */
    static String format(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        for (Rule r : rules) {
            rule(r, out);
        }
        return out.toString();
    }

    private static void rule(Rule r, StringBuilder out) {
        FibRuleHdr h = r.header();
        int hostLength = h.family() == AddressFamily.INET6 ? 128
                : h.family() == AddressFamily.INET ? 32 : -1;
        out.append(Integer.toUnsignedString(r.preference())).append(":\t");
        if ((h.flags() & FibRuleHdr.INVERT) != 0) {
            out.append("not ");
        }
        if (r.src() != null) {
            out.append("from ").append(IpAddresses.format(r.src()));
            if (h.srcLength() != hostLength) {
                out.append('/').append(h.srcLength());
            }
        } else if (h.srcLength() != 0) {
            out.append("from 0/").append(h.srcLength());
        } else {
            out.append("from all");
        }
        if (r.dst() != null) {
            out.append(" to ").append(IpAddresses.format(r.dst()));
            if (h.dstLength() != hostLength) {
                out.append('/').append(h.dstLength());
            }
        } else if (h.dstLength() != 0) {
            out.append(" to 0/").append(h.dstLength());
        }
        if (h.tos() != 0) {
            out.append(" tos ").append(Iproute2.dsfieldName(h.tos()));
        }
        if (r.fwmark() != null || r.fwmask() != null) {
            long mark = r.fwmark() == null ? 0 : Integer.toUnsignedLong(r.fwmark());
            out.append(" fwmark ").append(Iproute2.hex(mark));
            if (r.fwmask() != null && r.fwmask() != -1) {
                out.append('/').append(Iproute2.hex(Integer.toUnsignedLong(r.fwmask())));
            }
        }
        if (r.iifName() != null) {
            out.append(" iif ").append(r.iifName());
            if ((h.flags() & FibRuleHdr.IIF_DETACHED) != 0) {
                out.append(" [detached]");
            }
        }
        if (r.oifName() != null) {
            out.append(" oif ").append(r.oifName());
            if ((h.flags() & FibRuleHdr.OIF_DETACHED) != 0) {
                out.append(" [detached]");
            }
        }
        if (r.l3mdev() != null && r.l3mdev() != 0) {
            out.append(" lookup [l3mdev-table]");
        }
        if (r.uidRange() != null) {
            out.append(" uidrange ").append(Integer.toUnsignedString(r.uidRange().start())).append('-')
               .append(Integer.toUnsignedString(r.uidRange().end()));
        }
        if (r.ipProto() != null) {
            out.append(" ipproto ").append(Iproute2.ipProtocolName(r.ipProto()));
        }
        ports(" sport ", r.sportRange(), out);
        ports(" dport ", r.dportRange(), out);
        if (r.tunId() != null) {
            out.append(" tun_id ").append(Long.toUnsignedString(r.tunId()));
        }
        int table = r.tableId();
        if (table != 0) {
            out.append(" lookup ").append(Iproute2.tableName(table));
            if (r.suppressPrefixlen() != null && r.suppressPrefixlen() != -1) {
                out.append(" suppress_prefixlength ").append(r.suppressPrefixlen());
            }
            if (r.suppressIfgroup() != null && r.suppressIfgroup() != -1) {
                out.append(" suppress_ifgroup ").append(Iproute2.groupName(r.suppressIfgroup()));
            }
        }
        if (r.flow() != null) {
            int from = r.flow() >>> 16;
            int to = r.flow() & 0xffff;
            out.append(from != 0 ? " realms " + Iproute2.realmName(from) + "/" : " realms ")
               .append(Iproute2.realmName(to));
        }
        int action = h.action();
        if (action == RTN_NAT) {
            out.append(" masquerade");
        } else if (action == RuleAction.GOTO.value()) {
            out.append(" goto ").append(r.target() == null ? "none" : Integer.toUnsignedString(r.target()));
            if ((h.flags() & FibRuleHdr.UNRESOLVED) != 0) {
                out.append(" [unresolved]");
            }
        } else if (action == RuleAction.NOP.value()) {
            out.append(" nop");
        } else if (action != RuleAction.TO_TABLE.value()) {
            out.append(' ').append(RouteType.of(action).name());
        }
        if (r.protocol() != null && r.protocol() != 0 && r.protocol() != 2) { // RTPROT_KERNEL
            out.append(" proto ").append(Iproute2.protocolName(r.protocol()));
        }
        out.append('\n');
    }

    private static void ports(String name, PortRange range, StringBuilder out) {
        if (range != null) {
            out.append(name).append(range.start());
            if (range.start() != range.end()) {
                out.append('-').append(range.end());
            }
        }
    }
}

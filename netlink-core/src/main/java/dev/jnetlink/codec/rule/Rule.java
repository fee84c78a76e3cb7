package dev.jnetlink.codec.rule;

import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.addr.Prefix;
import java.net.InetAddress;
import java.util.List;

/**
 * A policy routing rule as the kernel describes it in {@code RTM_NEWRULE}: one line of
 * {@code ip rule show}. Components are the {@code FRA_*} attributes in the order the kernel
 * emits them ({@code fib_nl_fill_rule}, then the family's fill); an attribute not sent is
 * null; attributes this library does not model are kept in {@link #unknown()}.
 *
 * @param header the {@code fib_rule_hdr}: family, prefix lengths, tos, table, action, flags
 * @param table {@code FRA_TABLE}: the full table id
 * @param suppressPrefixlen {@code FRA_SUPPRESS_PREFIXLEN} (-1 when unset)
 * @param protocol {@code FRA_PROTOCOL}: who added it
 * @param iifName {@code FRA_IIFNAME} ({@code iif})
 * @param oifName {@code FRA_OIFNAME} ({@code oif})
 * @param priority {@code FRA_PRIORITY} ({@code pref}); absent for priority 0
 * @param fwmark {@code FRA_FWMARK}
 * @param fwmask {@code FRA_FWMASK}
 * @param target {@code FRA_GOTO}: the rule a goto jumps to
 * @param tunId {@code FRA_TUN_ID}
 * @param l3mdev {@code FRA_L3MDEV}
 * @param uidRange {@code FRA_UID_RANGE}
 * @param sportRange {@code FRA_SPORT_RANGE}
 * @param sportMask {@code FRA_SPORT_MASK}
 * @param dportRange {@code FRA_DPORT_RANGE}
 * @param dportMask {@code FRA_DPORT_MASK}
 * @param ipProto {@code FRA_IP_PROTO}
 * @param suppressIfgroup {@code FRA_SUPPRESS_IFGROUP}
 * @param dst {@code FRA_DST} ({@code to})
 * @param src {@code FRA_SRC} ({@code from})
 * @param flow {@code FRA_FLOW}: realms
 * @param dscp {@code FRA_DSCP}
 * @param dscpMask {@code FRA_DSCP_MASK}
 * @param flowlabel {@code FRA_FLOWLABEL}
 * @param flowlabelMask {@code FRA_FLOWLABEL_MASK}
 * @param unknown attributes this library does not model, as received
 */
public record Rule(
        FibRuleHdr header,
        Integer table,
        Integer suppressPrefixlen,
        Integer protocol,
        String iifName,
        String oifName,
        Integer priority,
        Integer fwmark,
        Integer fwmask,
        Integer target,
        Long tunId,
        Integer l3mdev,
        UidRange uidRange,
        PortRange sportRange,
        Integer sportMask,
        PortRange dportRange,
        Integer dportMask,
        Integer ipProto,
        Integer suppressIfgroup,
        InetAddress dst,
        InetAddress src,
        Integer flow,
        Integer dscp,
        Integer dscpMask,
        Integer flowlabel,
        Integer flowlabelMask,
        List<RawAttribute> unknown) {

    /** @return the address family */
    public int family() {
        return header.family();
    }

    /** @return the preference, 0 when not sent */
    public int preference() {
        return priority == null ? 0 : priority;
    }

    /** @return the table id: {@code FRA_TABLE} if sent, else the header's */
    public int tableId() {
        return table != null ? table : header.table();
    }

    /** @return the action */
    public RuleAction action() {
        return RuleAction.of(header.action());
    }

    /** @return the source selector ({@code from}), or null for {@code all} */
    public Prefix from() {
        return src == null ? null : new Prefix(src, header.srcLength());
    }

    /** @return the destination selector ({@code to}), or null for any */
    public Prefix to() {
        return dst == null ? null : new Prefix(dst, header.dstLength());
    }

    /** @return true if the selector is negated ({@code not}) */
    public boolean isInverted() {
        return (header.flags() & FibRuleHdr.INVERT) != 0;
    }
}

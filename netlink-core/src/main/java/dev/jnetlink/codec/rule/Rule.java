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

    /** @return a builder with every component absent (null) and no unknown attributes */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Rule} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private FibRuleHdr header;
        private Integer table;
        private Integer suppressPrefixlen;
        private Integer protocol;
        private String iifName;
        private String oifName;
        private Integer priority;
        private Integer fwmark;
        private Integer fwmask;
        private Integer target;
        private Long tunId;
        private Integer l3mdev;
        private UidRange uidRange;
        private PortRange sportRange;
        private Integer sportMask;
        private PortRange dportRange;
        private Integer dportMask;
        private Integer ipProto;
        private Integer suppressIfgroup;
        private InetAddress dst;
        private InetAddress src;
        private Integer flow;
        private Integer dscp;
        private Integer dscpMask;
        private Integer flowlabel;
        private Integer flowlabelMask;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(Rule r) {
            header = r.header;
            table = r.table;
            suppressPrefixlen = r.suppressPrefixlen;
            protocol = r.protocol;
            iifName = r.iifName;
            oifName = r.oifName;
            priority = r.priority;
            fwmark = r.fwmark;
            fwmask = r.fwmask;
            target = r.target;
            tunId = r.tunId;
            l3mdev = r.l3mdev;
            uidRange = r.uidRange;
            sportRange = r.sportRange;
            sportMask = r.sportMask;
            dportRange = r.dportRange;
            dportMask = r.dportMask;
            ipProto = r.ipProto;
            suppressIfgroup = r.suppressIfgroup;
            dst = r.dst;
            src = r.src;
            flow = r.flow;
            dscp = r.dscp;
            dscpMask = r.dscpMask;
            flowlabel = r.flowlabel;
            flowlabelMask = r.flowlabelMask;
            unknown = r.unknown;
        }

        /**
         * @param header the {@code fib_rule_hdr}: family, prefix lengths, tos, table, action, flags
         * @return this builder
         */
        public Builder header(FibRuleHdr header) {
            this.header = header;
            return this;
        }

        /**
         * @param table {@code FRA_TABLE}: the full table id
         * @return this builder
         */
        public Builder table(Integer table) {
            this.table = table;
            return this;
        }

        /**
         * @param suppressPrefixlen {@code FRA_SUPPRESS_PREFIXLEN} (-1 when unset)
         * @return this builder
         */
        public Builder suppressPrefixlen(Integer suppressPrefixlen) {
            this.suppressPrefixlen = suppressPrefixlen;
            return this;
        }

        /**
         * @param protocol {@code FRA_PROTOCOL}: who added it
         * @return this builder
         */
        public Builder protocol(Integer protocol) {
            this.protocol = protocol;
            return this;
        }

        /**
         * @param iifName {@code FRA_IIFNAME} ({@code iif})
         * @return this builder
         */
        public Builder iifName(String iifName) {
            this.iifName = iifName;
            return this;
        }

        /**
         * @param oifName {@code FRA_OIFNAME} ({@code oif})
         * @return this builder
         */
        public Builder oifName(String oifName) {
            this.oifName = oifName;
            return this;
        }

        /**
         * @param priority {@code FRA_PRIORITY} ({@code pref}); absent for priority 0
         * @return this builder
         */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /**
         * @param fwmark {@code FRA_FWMARK}
         * @return this builder
         */
        public Builder fwmark(Integer fwmark) {
            this.fwmark = fwmark;
            return this;
        }

        /**
         * @param fwmask {@code FRA_FWMASK}
         * @return this builder
         */
        public Builder fwmask(Integer fwmask) {
            this.fwmask = fwmask;
            return this;
        }

        /**
         * @param target {@code FRA_GOTO}: the rule a goto jumps to
         * @return this builder
         */
        public Builder target(Integer target) {
            this.target = target;
            return this;
        }

        /**
         * @param tunId {@code FRA_TUN_ID}
         * @return this builder
         */
        public Builder tunId(Long tunId) {
            this.tunId = tunId;
            return this;
        }

        /**
         * @param l3mdev {@code FRA_L3MDEV}
         * @return this builder
         */
        public Builder l3mdev(Integer l3mdev) {
            this.l3mdev = l3mdev;
            return this;
        }

        /**
         * @param uidRange {@code FRA_UID_RANGE}
         * @return this builder
         */
        public Builder uidRange(UidRange uidRange) {
            this.uidRange = uidRange;
            return this;
        }

        /**
         * @param sportRange {@code FRA_SPORT_RANGE}
         * @return this builder
         */
        public Builder sportRange(PortRange sportRange) {
            this.sportRange = sportRange;
            return this;
        }

        /**
         * @param sportMask {@code FRA_SPORT_MASK}
         * @return this builder
         */
        public Builder sportMask(Integer sportMask) {
            this.sportMask = sportMask;
            return this;
        }

        /**
         * @param dportRange {@code FRA_DPORT_RANGE}
         * @return this builder
         */
        public Builder dportRange(PortRange dportRange) {
            this.dportRange = dportRange;
            return this;
        }

        /**
         * @param dportMask {@code FRA_DPORT_MASK}
         * @return this builder
         */
        public Builder dportMask(Integer dportMask) {
            this.dportMask = dportMask;
            return this;
        }

        /**
         * @param ipProto {@code FRA_IP_PROTO}
         * @return this builder
         */
        public Builder ipProto(Integer ipProto) {
            this.ipProto = ipProto;
            return this;
        }

        /**
         * @param suppressIfgroup {@code FRA_SUPPRESS_IFGROUP}
         * @return this builder
         */
        public Builder suppressIfgroup(Integer suppressIfgroup) {
            this.suppressIfgroup = suppressIfgroup;
            return this;
        }

        /**
         * @param dst {@code FRA_DST} ({@code to})
         * @return this builder
         */
        public Builder dst(InetAddress dst) {
            this.dst = dst;
            return this;
        }

        /**
         * @param src {@code FRA_SRC} ({@code from})
         * @return this builder
         */
        public Builder src(InetAddress src) {
            this.src = src;
            return this;
        }

        /**
         * @param flow {@code FRA_FLOW}: realms
         * @return this builder
         */
        public Builder flow(Integer flow) {
            this.flow = flow;
            return this;
        }

        /**
         * @param dscp {@code FRA_DSCP}
         * @return this builder
         */
        public Builder dscp(Integer dscp) {
            this.dscp = dscp;
            return this;
        }

        /**
         * @param dscpMask {@code FRA_DSCP_MASK}
         * @return this builder
         */
        public Builder dscpMask(Integer dscpMask) {
            this.dscpMask = dscpMask;
            return this;
        }

        /**
         * @param flowlabel {@code FRA_FLOWLABEL}
         * @return this builder
         */
        public Builder flowlabel(Integer flowlabel) {
            this.flowlabel = flowlabel;
            return this;
        }

        /**
         * @param flowlabelMask {@code FRA_FLOWLABEL_MASK}
         * @return this builder
         */
        public Builder flowlabelMask(Integer flowlabelMask) {
            this.flowlabelMask = flowlabelMask;
            return this;
        }

        /**
         * @param unknown attributes this library does not model, as received
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link Rule} */
        public Rule build() {
            return new Rule(header, table, suppressPrefixlen, protocol, iifName, oifName, priority,
                    fwmark, fwmask, target, tunId, l3mdev, uidRange, sportRange, sportMask,
                    dportRange, dportMask, ipProto, suppressIfgroup, dst, src, flow, dscp, dscpMask,
                    flowlabel, flowlabelMask, unknown);
        }
    }
}

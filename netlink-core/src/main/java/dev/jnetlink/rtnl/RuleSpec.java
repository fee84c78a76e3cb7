package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.route.RouteProtocol;
import dev.jnetlink.codec.route.RouteTable;
import dev.jnetlink.codec.rule.FibRuleHdr;
import dev.jnetlink.codec.rule.Fra;
import dev.jnetlink.codec.rule.RuleAction;
import java.util.Objects;

/**
 * A policy routing rule to add or delete: what {@code ip rule add [not] from PREFIX to PREFIX
 * priority N fwmark MARK[/MASK] iif DEV oif DEV table ID} takes. Immutable; checked by
 * {@link Builder#build()}.
 *
 * <pre>{@code
 * rtnl.rules().add(RuleSpec.from("10.1.0.0/24").table(100).priority(1000));
 * rtnl.rules().add(RuleSpec.all().fwmark(0x10, 0xff).iif("veth0").table(101));
 * }</pre>
 */
public final class RuleSpec {
    private final int family;
    private final Prefix from;
    private final Prefix to;
    private final boolean not;
    private final Integer priority;
    private final Integer fwmark;
    private final Integer fwmask;
    private final String iif;
    private final String oif;
    private final Integer table;
    private final RuleAction action;
    private final RouteProtocol protocol;

    private RuleSpec(Builder b, int family) {
        this.family = family;
        this.from = b.from;
        this.to = b.to;
        this.not = b.not;
        this.priority = b.priority;
        this.fwmark = b.fwmark;
        this.fwmask = b.fwmask;
        this.iif = b.iif;
        this.oif = b.oif;
        this.table = b.table;
        this.action = b.action;
        this.protocol = b.protocol;
    }

    /**
     * Starts a rule on traffic from a source: {@code ip rule add from PREFIX ...}.
     *
     * @param prefix the source ({@code 10.1.0.0/24}, a bare address for one host)
     * @return a builder
     */
    public static Builder from(String prefix) {
        return new Builder().from(prefix);
    }

    /**
     * Starts a rule on traffic to a destination: {@code ip rule add to PREFIX ...}.
     *
     * @param prefix the destination
     * @return a builder
     */
    public static Builder to(String prefix) {
        return new Builder().to(prefix);
    }

    /**
     * Starts a rule on all IPv4 traffic ({@code from all}); narrow it with {@code fwmark},
     * {@code iif}, ... or switch to IPv6 with {@link Builder#ipv6()}.
     *
     * @return a builder
     */
    public static Builder all() {
        return new Builder();
    }

    /** @return {@link AddressFamily#INET} or {@link AddressFamily#INET6} */
    public int family() {
        return family;
    }

    /** @return the priority, or null for the kernel's choice */
    public Integer priority() {
        return priority;
    }

    /** @return the table, or null */
    public Integer table() {
        return table;
    }

    /**
     * Writes the request payload as {@code ip rule add/del} does: {@code fib_rule_hdr},
     * {@code FRA_SRC}, {@code FRA_DST}, {@code FRA_PRIORITY}, {@code FRA_FWMARK},
     * {@code FRA_FWMASK}, {@code FRA_IIFNAME}, {@code FRA_OIFNAME}, {@code FRA_TABLE} (past 255).
     *
     * @param w the writer, after the netlink header
     * @param delete true for {@code RTM_DELRULE}: action and table only if given
     */
    public void write(MessageWriter w, boolean delete) {
        int act = action != null ? action.value() : delete ? 0 : RuleAction.TO_TABLE.value();
        // A lookup rule without a table looks up main, as ip rule add; other actions use none.
        int t = table != null ? table : act == RuleAction.TO_TABLE.value() && !delete ? RouteTable.MAIN : 0;
        boolean bigTable = Integer.compareUnsigned(t, 256) >= 0;
        new FibRuleHdr(family, to == null ? 0 : to.length(), from == null ? 0 : from.length(), 0,
                bigTable ? 0 : t, act, not ? FibRuleHdr.INVERT : 0).write(w.buffer());
        if (from != null) {
            w.putInet(Fra.SRC, from.address());
        }
        if (to != null) {
            w.putInet(Fra.DST, to.address());
        }
        if (priority != null) {
            w.putU32(Fra.PRIORITY, priority);
        }
        if (fwmark != null) {
            w.putU32(Fra.FWMARK, fwmark);
        }
        if (fwmask != null) {
            w.putU32(Fra.FWMASK, fwmask);
        }
        if (iif != null) {
            w.putString(Fra.IIFNAME, iif);
        }
        if (oif != null) {
            w.putString(Fra.OIFNAME, oif);
        }
        if (bigTable) {
            w.putU32(Fra.TABLE, t);
        }
        if (protocol != null) {
            w.putU8(Fra.PROTOCOL, protocol.value());
        }
    }

    /** @return the rule as {@code ip rule} arguments: how errors name it */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (not) {
            sb.append("not ");
        }
        sb.append("from ").append(from == null ? "all" : from);
        if (to != null) {
            sb.append(" to ").append(to);
        }
        if (priority != null) {
            sb.append(" priority ").append(Integer.toUnsignedString(priority));
        }
        if (fwmark != null) {
            sb.append(" fwmark 0x").append(Integer.toHexString(fwmark));
            if (fwmask != null) {
                sb.append("/0x").append(Integer.toHexString(fwmask));
            }
        }
        if (iif != null) {
            sb.append(" iif ").append(iif);
        }
        if (oif != null) {
            sb.append(" oif ").append(oif);
        }
        if (table != null) {
            sb.append(" table ").append(RouteTable.name(table));
        }
        if (action != null && action.value() != RuleAction.TO_TABLE.value()) {
            sb.append(' ').append(action.name());
        }
        return sb.toString();
    }

    /** Builds a {@link RuleSpec}. */
    public static final class Builder {
        private Integer family;
        private Prefix from;
        private Prefix to;
        private boolean not;
        private Integer priority;
        private Integer fwmark;
        private Integer fwmask;
        private String iif;
        private String oif;
        private Integer table;
        private RuleAction action;
        private RouteProtocol protocol;

        private Builder() {
        }

        /**
         * @param prefix {@code from PREFIX}
         * @return this builder
         */
        public Builder from(String prefix) {
            this.from = Prefix.parse(prefix);
            return this;
        }

        /**
         * @param prefix {@code to PREFIX}
         * @return this builder
         */
        public Builder to(String prefix) {
            this.to = Prefix.parse(prefix);
            return this;
        }

        /** @return this builder, for an IPv6 rule (needed only when no prefix says so) */
        public Builder ipv6() {
            this.family = AddressFamily.INET6;
            return this;
        }

        /** @return this builder, negating the selector ({@code not}) */
        public Builder not() {
            this.not = true;
            return this;
        }

        /**
         * @param p {@code priority N}: rules are tried in increasing order
         * @return this builder
         */
        public Builder priority(int p) {
            this.priority = p;
            return this;
        }

        /**
         * @param mark {@code fwmark MARK}
         * @return this builder
         */
        public Builder fwmark(int mark) {
            this.fwmark = mark;
            return this;
        }

        /**
         * @param mark {@code fwmark MARK/MASK}
         * @param mask the bits of the mark compared
         * @return this builder
         */
        public Builder fwmark(int mark, int mask) {
            this.fwmark = mark;
            this.fwmask = mask;
            return this;
        }

        /**
         * @param dev {@code iif NAME}: traffic arriving on it (it need not exist yet)
         * @return this builder
         */
        public Builder iif(String dev) {
            this.iif = InterfaceNames.validate(dev);
            return this;
        }

        /**
         * @param dev {@code oif NAME}: traffic from sockets bound to it
         * @return this builder
         */
        public Builder oif(String dev) {
            this.oif = InterfaceNames.validate(dev);
            return this;
        }

        /**
         * @param id {@code table ID} ({@code lookup}): {@link RouteTable#MAIN} unless given
         * @return this builder
         */
        public Builder table(int id) {
            if (id == RouteTable.UNSPEC) {
                throw new IllegalArgumentException("table 0 is not a table");
            }
            this.table = id;
            return this;
        }

        /**
         * @param a what to do on a match instead of a table lookup: {@link RuleAction#BLACKHOLE},
         *     {@link RuleAction#UNREACHABLE}, {@link RuleAction#PROHIBIT}, ...
         * @return this builder
         */
        public Builder action(RuleAction a) {
            this.action = Objects.requireNonNull(a, "action");
            return this;
        }

        /**
         * @param p {@code protocol P}: who installs the rule
         * @return this builder
         */
        public Builder protocol(RouteProtocol p) {
            this.protocol = Objects.requireNonNull(p, "protocol");
            return this;
        }

        /**
         * @return the spec
         * @throws IllegalArgumentException if from and to are of different families or not
         *     of the family asked for, or a table is given with an action that is no lookup
         */
        public RuleSpec build() {
            int f = family != null ? family : from != null ? from.family() : to != null ? to.family()
                    : AddressFamily.INET;
            for (Prefix p : new Prefix[] {from, to}) {
                if (p != null && p.family() != f) {
                    throw new IllegalArgumentException("rule mixes families: " + p + " is not "
                            + (f == AddressFamily.INET ? "IPv4" : "IPv6"));
                }
            }
            if (table != null && action != null && action.value() != RuleAction.TO_TABLE.value()) {
                throw new IllegalArgumentException("a " + action.name() + " rule looks up no table");
            }
            return new RuleSpec(this, f);
        }
    }
}

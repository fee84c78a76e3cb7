package dev.jnetlink.nftables;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.nftables.codec.NfGenMsg;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.Verdict;
import dev.jnetlink.nftables.codec.expr.Cmp;
import dev.jnetlink.nftables.codec.expr.Ct;
import dev.jnetlink.nftables.codec.expr.Expression;
import dev.jnetlink.nftables.codec.expr.Meta;
import dev.jnetlink.nftables.codec.expr.Nat;
import dev.jnetlink.nftables.codec.expr.Payload;
import dev.jnetlink.rtnl.InterfaceNames;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A rule to add: its chain and its expressions, as nft would make them from the same line.
 * Built with a builder whose calls read like the line:
 * <pre>{@code
 * // nft add rule ip nat docker iifname != "docker0" tcp dport 8080 counter dnat to 172.17.0.2:80
 * RuleSpec r = RuleSpec.in(nat, "docker")
 *         .iifnameNot("docker0").tcpDport(8080).counter().dnat("172.17.0.2", 80)
 *         .build();
 * }</pre>
 * Every call checks its input before any request (ports 1 to 65535, addresses of the table's
 * family, NAT only on hooks NAT can use when the chain's hook is known); {@link #toString()}
 * gives the line back as {@code nft list ruleset} prints it.
 *
 * <p>Immutable.
 */
public final class RuleSpec {
    /** Longest comment nft keeps ({@code NFT_USERDATA_MAXLEN} less the TLV and NUL). */
    static final int MAX_COMMENT_BYTES = 128;

    private final TableSpec table;
    private final String chain;
    private final List<Expression> expressions;
    private final String comment;
    private final List<AnonymousSet> anonymousSets;

    /**
     * A rule of given expressions, for what the builder has no call for.
     *
     * @param table the table
     * @param chain the chain
     * @param expressions the expressions
     * @param comment the comment, or null
     */
    public RuleSpec(TableSpec table, String chain, List<Expression> expressions, String comment) {
        this(table, chain, expressions, comment, List.of());
    }

    private RuleSpec(TableSpec table, String chain, List<Expression> expressions, String comment,
            List<AnonymousSet> anonymousSets) {
        this.table = Objects.requireNonNull(table, "table");
        this.chain = Names.check("chain name", chain);
        this.expressions = List.copyOf(expressions);
        if (comment != null && comment.getBytes(StandardCharsets.UTF_8).length > MAX_COMMENT_BYTES) {
            throw new IllegalArgumentException("a rule comment is at most " + MAX_COMMENT_BYTES
                    + " bytes, got " + comment.getBytes(StandardCharsets.UTF_8).length);
        }
        this.comment = comment;
        this.anonymousSets = List.copyOf(anonymousSets);
    }

    /** @return the table */
    public TableSpec table() {
        return table;
    }

    /** @return the chain's name */
    public String chain() {
        return chain;
    }

    /** @return the expressions, in order */
    public List<Expression> expressions() {
        return expressions;
    }

    /** @return the comment, or null */
    public String comment() {
        return comment;
    }

    /**
     * @param listed a rule as the kernel lists it
     * @return its comment ({@code comment "..."}, kept in {@code NFTA_RULE_USERDATA}), or null
     */
    public static String commentOf(Rule listed) {
        return RuleText.comment(listed.userdata());
    }

    /** @return the sets of its inline {@code { ... }}s, in the order its lookups use them */
    List<AnonymousSet> anonymousSets() {
        return anonymousSets;
    }

    /**
     * Starts a rule in a chain whose spec is known, so that statements the chain's hook cannot
     * run (a {@code dnat} in {@code postrouting}) are refused before any request.
     *
     * @param chain the chain
     * @return a builder
     */
    public static Builder in(ChainSpec chain) {
        return new Builder(chain.table(), chain.name(), chain);
    }

    /**
     * Starts a rule in a chain known by name. Equivalent to the start of
     * {@code nft add rule FAMILY TABLE CHAIN ...}.
     *
     * @param table the table
     * @param chain the chain's name
     * @return a builder
     */
    public static Builder in(TableSpec table, String chain) {
        return new Builder(table, chain, null);
    }

    /** @return the {@code NFT_MSG_NEWRULE} record nft sends for this rule */
    Rule toRecord() {
        return new Rule(NfGenMsg.of(table.family().number()), table.name(), chain, null, null,
                expressions, comment == null ? null : RuleText.commentUserdata(comment), null, null, null,
                null, List.of());
    }

    /** @return the rule as {@code nft list ruleset} prints it */
    @Override
    public String toString() {
        int[] next = {0};
        return RuleText.render(table.family(), expressions, name -> AnonymousSet.NAME.equals(name)
                && next[0] < anonymousSets.size() ? "{ " + String.join(", ", anonymousSets.get(next[0]++).ports()
                .stream().map(String::valueOf).toList()) + " }" : null, comment);
    }

    /** Strings statements together, each as nft linearizes it. */
    public static final class Builder {
        private final TableSpec table;
        private final String chain;
        private final ChainSpec chainSpec;
        private final List<Expression> out = new ArrayList<>();
        private final List<AnonymousSet> anonymous = new ArrayList<>();
        private boolean transportMatched;
        private String comment;

        private Builder(TableSpec table, String chain, ChainSpec chainSpec) {
            this.table = Objects.requireNonNull(table, "table");
            this.chain = Names.check("chain name", chain);
            this.chainSpec = chainSpec;
        }

        private String where() {
            return "rule in " + table.name() + "/" + chain;
        }

        // ---------------------------------------------------------------- matches

        private Builder ifname(int key, int op, String name) {
            InterfaceNames.validate(name);
            out.add(Exprs.metaLoad(key));
            out.add(Exprs.cmp(op, Exprs.ifname(name)));
            return this;
        }

        /**
         * @param name the interface packets came in on
         * @return {@code iifname "NAME"}
         */
        public Builder iifname(String name) {
            return ifname(Meta.Values.IIFNAME, Cmp.Values.EQ, name);
        }

        /**
         * @param name an interface
         * @return {@code iifname != "NAME"}
         */
        public Builder iifnameNot(String name) {
            return ifname(Meta.Values.IIFNAME, Cmp.Values.NEQ, name);
        }

        /**
         * @param name the interface packets go out of
         * @return {@code oifname "NAME"}
         */
        public Builder oifname(String name) {
            return ifname(Meta.Values.OIFNAME, Cmp.Values.EQ, name);
        }

        /**
         * @param name an interface
         * @return {@code oifname != "NAME"}
         */
        public Builder oifnameNot(String name) {
            return ifname(Meta.Values.OIFNAME, Cmp.Values.NEQ, name);
        }

        /**
         * @param proto an IP protocol number (6 tcp, 17 udp, 1 icmp)
         * @return {@code meta l4proto PROTO}
         */
        public Builder l4proto(int proto) {
            if (proto < 0 || proto > 255) {
                throw new IllegalArgumentException(where() + ": an IP protocol is 0 to 255, got " + proto);
            }
            out.add(Exprs.metaLoad(Meta.Values.L4PROTO));
            out.add(Exprs.cmp(Cmp.Values.EQ, Bytes.of((byte) proto)));
            transportMatched |= proto == 6 || proto == 17;
            return this;
        }

        private void needFamily(boolean v4, String what, String value) {
            boolean ok = v4 ? table.family().carriesIpv4() : table.family().carriesIpv6();
            if (!ok) {
                throw new IllegalArgumentException(where() + ": " + what + " " + value + " is an "
                        + (v4 ? "IPv4" : "IPv6") + " match, and " + table + " is an "
                        + table.family() + " table");
            }
            if (table.family() == TableFamily.INET) { // nft's dependency: meta nfproto ipv4|ipv6
                out.add(Exprs.metaLoad(Meta.Values.NFPROTO));
                out.add(Exprs.cmp(Cmp.Values.EQ, Bytes.of((byte) (v4 ? 2 : 10))));
            }
        }

        private Builder address(String what, boolean v6Field, int offset, int op, String cidr) {
            Prefix p = Prefix.parse(cidr);
            boolean v4 = p.address() instanceof Inet4Address;
            if (v4 == v6Field) {
                throw new IllegalArgumentException(where() + ": " + what + " takes an "
                        + (v6Field ? "IPv6" : "IPv4") + " address, got " + cidr);
            }
            if (p.length() == 0) {
                throw new IllegalArgumentException(where() + ": " + what + " " + cidr
                        + " matches every address; leave the match out");
            }
            needFamily(v4, what, cidr);
            byte[] a = p.address().getAddress();
            int full = a.length;
            if (p.length() % 8 == 0) {
                int n = p.length() / 8;
                out.add(Exprs.load(Payload.Values.BASE_NETWORK, offset, n));
                out.add(Exprs.cmp(op, Bytes.of(java.util.Arrays.copyOf(masked(a, p.length()), n))));
            } else {
                byte[] m = new byte[full];
                for (int i = 0; i < p.length(); i++) {
                    m[i / 8] |= (byte) (0x80 >>> (i % 8));
                }
                out.add(Exprs.load(Payload.Values.BASE_NETWORK, offset, full));
                out.add(Exprs.mask(full, Bytes.of(m)));
                out.add(Exprs.cmp(op, Bytes.of(masked(a, p.length()))));
            }
            return this;
        }

        private static byte[] masked(byte[] a, int len) {
            byte[] b = a.clone();
            for (int i = 0; i < b.length * 8; i++) {
                if (i >= len) {
                    b[i / 8] &= (byte) ~(0x80 >>> (i % 8));
                }
            }
            return b;
        }

        /**
         * @param cidr an IPv4 address or prefix, e.g. {@code 172.17.0.0/16}
         * @return {@code ip saddr CIDR}
         */
        public Builder ipSaddr(String cidr) {
            return address("ip saddr", false, 12, Cmp.Values.EQ, cidr);
        }

        /**
         * @param cidr an IPv4 address or prefix
         * @return {@code ip saddr != CIDR}
         */
        public Builder ipSaddrNot(String cidr) {
            return address("ip saddr", false, 12, Cmp.Values.NEQ, cidr);
        }

        /**
         * @param cidr an IPv4 address or prefix
         * @return {@code ip daddr CIDR}
         */
        public Builder ipDaddr(String cidr) {
            return address("ip daddr", false, 16, Cmp.Values.EQ, cidr);
        }

        /**
         * @param cidr an IPv4 address or prefix, e.g. {@code 127.0.0.0/8}
         * @return {@code ip daddr != CIDR}
         */
        public Builder ipDaddrNot(String cidr) {
            return address("ip daddr", false, 16, Cmp.Values.NEQ, cidr);
        }

        /**
         * @param cidr an IPv6 address or prefix
         * @return {@code ip6 saddr CIDR}
         */
        public Builder ip6Saddr(String cidr) {
            return address("ip6 saddr", true, 8, Cmp.Values.EQ, cidr);
        }

        /**
         * @param cidr an IPv6 address or prefix
         * @return {@code ip6 daddr CIDR}
         */
        public Builder ip6Daddr(String cidr) {
            return address("ip6 daddr", true, 24, Cmp.Values.EQ, cidr);
        }

        /**
         * @param first the first address
         * @param last the last address
         * @return {@code ip saddr FIRST-LAST}
         */
        public Builder ipSaddrRange(String first, String last) {
            InetAddress a = IpAddresses.parse(first);
            InetAddress b = IpAddresses.parse(last);
            if (!(a instanceof Inet4Address) || !(b instanceof Inet4Address)) {
                throw new IllegalArgumentException(where() + ": ip saddr takes IPv4 addresses, got "
                        + first + "-" + last);
            }
            needFamily(true, "ip saddr", first + "-" + last);
            out.add(Exprs.load(Payload.Values.BASE_NETWORK, 12, 4));
            out.add(Exprs.cmp(Cmp.Values.GTE, Bytes.of(a.getAddress())));
            out.add(Exprs.cmp(Cmp.Values.LTE, Bytes.of(b.getAddress())));
            return this;
        }

        private int checkPort(String what, int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(where() + ": " + what + " " + port
                        + " is not a port (1 to 65535)");
            }
            return port;
        }

        private Builder port(int proto, int offset, int op, int port) {
            String what = (proto == 6 ? "tcp" : "udp") + (offset == 0 ? " sport" : " dport");
            checkPort(what, port);
            transport(proto, offset);
            out.add(Exprs.cmp(op, Exprs.port(port)));
            return this;
        }

        private void transport(int proto, int offset) {
            l4proto(proto);
            out.add(Exprs.load(Payload.Values.BASE_TRANSPORT, offset, 2));
        }

        /**
         * @param port the destination port, 1 to 65535
         * @return {@code tcp dport PORT}
         */
        public Builder tcpDport(int port) {
            return port(6, 2, Cmp.Values.EQ, port);
        }

        /**
         * @param port a port
         * @return {@code tcp dport != PORT}
         */
        public Builder tcpDportNot(int port) {
            return port(6, 2, Cmp.Values.NEQ, port);
        }

        /**
         * @param port the destination port
         * @return {@code udp dport PORT}
         */
        public Builder udpDport(int port) {
            return port(17, 2, Cmp.Values.EQ, port);
        }

        /**
         * @param port the source port
         * @return {@code tcp sport PORT}
         */
        public Builder tcpSport(int port) {
            return port(6, 0, Cmp.Values.EQ, port);
        }

        /**
         * @param port the source port
         * @return {@code udp sport PORT}
         */
        public Builder udpSport(int port) {
            return port(17, 0, Cmp.Values.EQ, port);
        }

        /**
         * @param first the first port
         * @param last the last port
         * @return {@code tcp dport FIRST-LAST}
         */
        public Builder tcpDportRange(int first, int last) {
            checkPort("tcp dport", first);
            checkPort("tcp dport", last);
            if (first > last) {
                throw new IllegalArgumentException(where() + ": tcp dport " + first + "-" + last
                        + " is an empty range");
            }
            transport(6, 2);
            out.add(Exprs.cmp(Cmp.Values.GTE, Exprs.port(first)));
            out.add(Exprs.cmp(Cmp.Values.LTE, Exprs.port(last)));
            return this;
        }

        /**
         * @param set a named set of ports ({@link SetSpec} of {@link SetKeyType#INET_SERVICE})
         * @return {@code tcp dport @SET}
         */
        public Builder tcpDportIn(String set) {
            Names.check("set name", set);
            transport(6, 2);
            out.add(Exprs.lookup(set, null));
            return this;
        }

        private Builder anonymousPorts(int proto, int... ports) {
            String what = proto == 6 ? "tcp dport" : "udp dport";
            if (ports.length == 0) {
                throw new IllegalArgumentException(where() + ": " + what + " { } is an empty set,"
                        + " which matches nothing; give at least one port");
            }
            List<Integer> list = new ArrayList<>();
            for (int p : ports) {
                checkPort(what, p);
                if (list.contains(p)) {
                    throw new IllegalArgumentException(where() + ": " + what + " { ... } lists " + p + " twice");
                }
                list.add(p);
            }
            transport(proto, 2);
            out.add(Exprs.lookup(AnonymousSet.NAME, null));
            anonymous.add(new AnonymousSet(table, proto, list));
            return this;
        }

        /**
         * @param ports the destination ports, at least one
         * @return {@code tcp dport { P1, P2, ... }}
         */
        public Builder tcpDportIn(int... ports) {
            return anonymousPorts(6, ports);
        }

        /**
         * @param ports the destination ports, at least one
         * @return {@code udp dport { P1, P2, ... }}
         */
        public Builder udpDportIn(int... ports) {
            return anonymousPorts(17, ports);
        }

        /**
         * @param set a named set of ports
         * @return {@code udp dport @SET}
         */
        public Builder udpDportIn(String set) {
            Names.check("set name", set);
            transport(17, 2);
            out.add(Exprs.lookup(set, null));
            return this;
        }

        /**
         * @param map a verdict map keyed by ports ({@link MapValueType#VERDICT})
         * @return {@code tcp dport vmap @MAP}
         */
        public Builder tcpDportVmap(String map) {
            Names.check("map name", map);
            transport(6, 2);
            out.add(Exprs.lookup(map, Exprs.REG_VERDICT));
            return this;
        }

        /**
         * @param map a map of ports to {@code ipv4_addr . inet_service}
         *     ({@link MapValueType#IPV4_ADDR_AND_SERVICE})
         * @return {@code dnat ip to tcp dport map @MAP}: Docker's publications in one rule
         */
        public Builder dnatToTcpDportMap(String map) {
            Names.check("map name", map);
            natHook("dnat", EnumSet.of(Hook.PREROUTING, Hook.OUTPUT));
            if (!table.family().carriesIpv4() || table.family() == TableFamily.IP6) {
                throw new IllegalArgumentException(where() + ": dnat ip to ... map takes IPv4 addresses, and "
                        + table + " is an " + table.family() + " table");
            }
            transport(6, 2);
            out.add(Exprs.lookup(map, Exprs.REG_1));
            out.add(new Nat(Nat.Values.DNAT, 2, Exprs.REG_1, null, Exprs.REG32_01, null, null, List.of()));
            return this;
        }

        /**
         * @param set a named set of IPv4 addresses
         * @return {@code ip saddr @SET}
         */
        public Builder ipSaddrIn(String set) {
            Names.check("set name", set);
            needFamily(true, "ip saddr", "@" + set);
            out.add(Exprs.load(Payload.Values.BASE_NETWORK, 12, 4));
            out.add(Exprs.lookup(set, null));
            return this;
        }

        /** @return {@code fib daddr type local}: the destination is one of this host's addresses */
        public Builder fibDaddrTypeLocal() {
            out.add(Exprs.fibDaddrType());
            out.add(Exprs.cmp(Cmp.Values.EQ, Exprs.hostU32(2))); // RTN_LOCAL
            return this;
        }

        /**
         * @param states one or more states
         * @return {@code ct state STATE,...}
         */
        public Builder ctState(CtState... states) {
            Set<CtState> s = EnumSet.noneOf(CtState.class);
            s.addAll(List.of(states));
            if (s.isEmpty()) {
                throw new IllegalArgumentException(where() + ": ct state needs at least one state");
            }
            int bits = 0;
            for (CtState st : s) {
                bits |= st.bit();
            }
            out.add(Exprs.ctLoad(Ct.Values.STATE));
            out.add(Exprs.mask(4, Exprs.hostU32(bits)));
            out.add(Exprs.cmp(Cmp.Values.NEQ, Bytes.of(new byte[4])));
            return this;
        }

        // ---------------------------------------------------------------- statements

        /** @return {@code counter} */
        public Builder counter() {
            out.add(Exprs.counter());
            return this;
        }

        /**
         * @param rate packets per unit, at least 1
         * @param per the unit: seconds, minutes, hours or days
         * @return {@code limit rate RATE/UNIT}
         */
        public Builder limit(long rate, TimeUnit per) {
            if (rate < 1) {
                throw new IllegalArgumentException(where() + ": a limit rate is at least 1, got " + rate);
            }
            long unit = switch (per) {
                case SECONDS -> 1;
                case MINUTES -> 60;
                case HOURS -> 3600;
                case DAYS -> 86400;
                default -> throw new IllegalArgumentException(where() + ": nft limits per second,"
                        + " minute, hour or day, not per " + per);
            };
            out.add(Exprs.limit(rate, unit, 5));
            return this;
        }

        /**
         * @param prefix what the log lines start with
         * @return {@code log prefix "PREFIX"}
         */
        public Builder log(String prefix) {
            if (prefix.getBytes(StandardCharsets.UTF_8).length > 127) {
                throw new IllegalArgumentException(where() + ": a log prefix is at most 127 bytes");
            }
            out.add(Exprs.log(prefix));
            return this;
        }

        /**
         * @param text the comment
         * @return {@code comment "TEXT"}
         */
        public Builder comment(String text) {
            this.comment = Objects.requireNonNull(text, "comment");
            return this;
        }

        // ---------------------------------------------------------------- verdicts

        /** @return {@code accept} */
        public Builder accept() {
            out.add(Exprs.verdict(Verdict.of(Verdict.ACCEPT)));
            return this;
        }

        /** @return {@code drop} */
        public Builder drop() {
            out.add(Exprs.verdict(Verdict.of(Verdict.DROP)));
            return this;
        }

        /** @return {@code return} */
        public Builder returnFromChain() {
            out.add(Exprs.verdict(Verdict.of(Verdict.RETURN)));
            return this;
        }

        /**
         * @param target a chain of the same table
         * @return {@code jump TARGET}
         */
        public Builder jump(String target) {
            out.add(Exprs.verdict(Verdict.to(Verdict.JUMP, Names.check("chain name", target))));
            return this;
        }

        /**
         * @param target a chain of the same table
         * @return {@code goto TARGET}
         */
        public Builder goTo(String target) {
            out.add(Exprs.verdict(Verdict.to(Verdict.GOTO, Names.check("chain name", target))));
            return this;
        }

        // ---------------------------------------------------------------- NAT

        private void natHook(String statement, Set<Hook> hooks) {
            if (chainSpec == null || !chainSpec.isBase()) {
                return; // a regular chain: whatever jumps to it decides
            }
            if (chainSpec.type() != ChainType.NAT || !hooks.contains(chainSpec.hook())) {
                throw new IllegalArgumentException(where() + ": " + statement + " runs in nat chains"
                        + " hooked at " + String.join(" or ", hooks.stream().map(Hook::nftName).toList())
                        + "; " + chainSpec + " is a " + chainSpec.type() + " chain at " + chainSpec.hook());
            }
        }

        private InetAddress natAddress(String statement, String address) {
            InetAddress a = IpAddresses.parse(address);
            boolean v4 = a instanceof Inet4Address;
            if (v4 ? !table.family().carriesIpv4() || table.family() == TableFamily.IP6
                    : !table.family().carriesIpv6() || table.family() == TableFamily.IP) {
                throw new IllegalArgumentException(where() + ": " + statement + " to " + address
                        + " is an " + (v4 ? "IPv4" : "IPv6") + " address, and " + table + " is an "
                        + table.family() + " table");
            }
            return a;
        }

        private Builder nat(int type, String statement, Set<Hook> hooks, String address, Integer port) {
            natHook(statement, hooks);
            InetAddress a = natAddress(statement, address);
            out.add(Exprs.value(Exprs.REG_1, Bytes.of(a.getAddress())));
            if (port != null) {
                checkPort(statement + " port", port);
                if (!transportMatched) {
                    throw new IllegalArgumentException(where() + ": " + statement + " to " + address
                            + ":" + port + " maps a port, which needs a tcp or udp match before it");
                }
                out.add(Exprs.value(Exprs.REG_2, Exprs.port(port)));
            }
            out.add(Exprs.nat(type, a instanceof Inet4Address ? 2 : 10, true, port != null));
            return this;
        }

        /**
         * @param address the new destination
         * @param port the new destination port, 1 to 65535
         * @return {@code dnat to ADDRESS:PORT} ({@code dnat ip to ...} in an inet table)
         */
        public Builder dnat(String address, int port) {
            return nat(Nat.Values.DNAT, "dnat", EnumSet.of(Hook.PREROUTING, Hook.OUTPUT), address, port);
        }

        /**
         * @param address the new destination
         * @return {@code dnat to ADDRESS}
         */
        public Builder dnat(String address) {
            return nat(Nat.Values.DNAT, "dnat", EnumSet.of(Hook.PREROUTING, Hook.OUTPUT), address, null);
        }

        /**
         * @param address the new source
         * @return {@code snat to ADDRESS}
         */
        public Builder snat(String address) {
            return nat(Nat.Values.SNAT, "snat", EnumSet.of(Hook.POSTROUTING, Hook.INPUT), address, null);
        }

        /**
         * @param address the new source
         * @param port the new source port
         * @return {@code snat to ADDRESS:PORT}
         */
        public Builder snat(String address, int port) {
            return nat(Nat.Values.SNAT, "snat", EnumSet.of(Hook.POSTROUTING, Hook.INPUT), address, port);
        }

        /** @return {@code masquerade}: source NAT to the outgoing interface's address */
        public Builder masquerade() {
            natHook("masquerade", EnumSet.of(Hook.POSTROUTING));
            out.add(Exprs.masq(false));
            return this;
        }

        /**
         * @param first the first source port to use
         * @param last the last
         * @return {@code masquerade to :FIRST-LAST}
         */
        public Builder masquerade(int first, int last) {
            natHook("masquerade", EnumSet.of(Hook.POSTROUTING));
            checkPort("masquerade port", first);
            checkPort("masquerade port", last);
            if (first > last) {
                throw new IllegalArgumentException(where() + ": masquerade to :" + first + "-" + last
                        + " is an empty range");
            }
            out.add(Exprs.value(Exprs.REG_1, Exprs.port(first)));
            out.add(Exprs.value(Exprs.REG_2, Exprs.port(last)));
            out.add(Exprs.masq(true));
            return this;
        }

        /**
         * @param port the local port
         * @return {@code redirect to :PORT}
         */
        public Builder redirect(int port) {
            natHook("redirect", EnumSet.of(Hook.PREROUTING, Hook.OUTPUT));
            checkPort("redirect port", port);
            out.add(Exprs.value(Exprs.REG_1, Exprs.port(port)));
            out.add(Exprs.redir());
            return this;
        }

        /**
         * @param expression any expression, for what the builder has no call for
         * @return this builder
         */
        public Builder expression(Expression expression) {
            out.add(Objects.requireNonNull(expression, "expression"));
            return this;
        }

        /**
         * @return the rule
         * @throws IllegalArgumentException if it has no expression
         */
        public RuleSpec build() {
            if (out.isEmpty()) {
                throw new IllegalArgumentException(where() + ": a rule needs at least one statement");
            }
            return new RuleSpec(table, chain, out, comment, anonymous);
        }
    }
}

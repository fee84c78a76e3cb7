package dev.jnetlink.nftables;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.nftables.codec.Data;
import dev.jnetlink.nftables.codec.expr.Bitwise;
import dev.jnetlink.nftables.codec.expr.Cmp;
import dev.jnetlink.nftables.codec.expr.Counter;
import dev.jnetlink.nftables.codec.expr.Ct;
import dev.jnetlink.nftables.codec.expr.Expression;
import dev.jnetlink.nftables.codec.expr.Fib;
import dev.jnetlink.nftables.codec.expr.Immediate;
import dev.jnetlink.nftables.codec.expr.Limit;
import dev.jnetlink.nftables.codec.expr.Log;
import dev.jnetlink.nftables.codec.expr.Lookup;
import dev.jnetlink.nftables.codec.expr.Masq;
import dev.jnetlink.nftables.codec.expr.Meta;
import dev.jnetlink.nftables.codec.expr.Nat;
import dev.jnetlink.nftables.codec.expr.Payload;
import dev.jnetlink.nftables.codec.expr.Redir;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a rule's expressions back into the line {@code nft list ruleset} prints for it
 * ({@code iifname != "docker0" tcp dport 8080 counter packets 2 bytes 104 dnat to
 * 172.17.0.2:80}), for the statements {@link RuleSpec.Builder} makes. What it does not
 * recognise it prints as {@code [name]}, so the line still shows every expression.
 */
final class RuleText {
    /** {@code NFTNL_UDATA_RULE_COMMENT}: the TLV nft keeps a rule's comment in. */
    private static final int UDATA_COMMENT = 0;

    private final TableFamily family;
    private final List<Expression> ex;
    private final Function<String, String> anonymousSets;
    private final List<String> out = new ArrayList<>();
    private int proto = -1; // the pending "meta l4proto" a transport field depends on
    private int nfproto = -1; // the pending "meta nfproto" of an inet table's network field

    private RuleText(TableFamily family, List<Expression> ex, Function<String, String> anonymousSets) {
        this.family = family;
        this.ex = ex;
        this.anonymousSets = anonymousSets;
    }

    /**
     * @param family the table's family
     * @param expressions the rule's expressions
     * @param anonymousSets the text of an anonymous set ({@code { 22, 80 }}) by name, or null
     * @param comment the rule's comment, or null
     * @return the line
     */
    static String render(TableFamily family, List<Expression> expressions,
            Function<String, String> anonymousSets, String comment) {
        RuleText r = new RuleText(family, expressions, anonymousSets);
        r.run();
        if (comment != null) {
            r.out.add("comment \"" + comment + "\"");
        }
        return String.join(" ", r.out);
    }

    /**
     * @param comment a comment
     * @return {@code NFTA_RULE_USERDATA} holding it, as nft writes it
     */
    static Bytes commentUserdata(String comment) {
        byte[] c = comment.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[c.length + 3];
        b[0] = UDATA_COMMENT;
        b[1] = (byte) (c.length + 1);
        System.arraycopy(c, 0, b, 2, c.length);
        return Bytes.of(b);
    }

    /**
     * @param userdata {@code NFTA_RULE_USERDATA}, or null
     * @return the comment it holds, or null
     */
    static String comment(Bytes userdata) {
        if (userdata == null) {
            return null;
        }
        byte[] b = userdata.toArray();
        for (int i = 0; i + 2 <= b.length; ) {
            int type = b[i] & 0xff;
            int len = b[i + 1] & 0xff;
            if (i + 2 + len > b.length) {
                return null;
            }
            if (type == UDATA_COMMENT) {
                int n = len;
                while (n > 0 && b[i + 2 + n - 1] == 0) {
                    n--;
                }
                return new String(b, i + 2, n, StandardCharsets.UTF_8);
            }
            i += 2 + len;
        }
        return null;
    }

    private Expression at(int i) {
        return i < ex.size() ? ex.get(i) : null;
    }

    private void run() {
        int i = 0;
        while (i < ex.size()) {
            int used = statement(i);
            if (used == 0) {
                out.add("[" + ex.get(i).name() + "]");
                used = 1;
            }
            i += used;
        }
    }

    // Returns how many expressions the statement at i took, 0 if none is recognised there.
    private int statement(int i) {
        Expression e = ex.get(i);
        if (e instanceof Meta m && m.dreg() != null && at(i + 1) instanceof Cmp c && m.dreg().equals(c.sreg())) {
            return meta(m, c, i);
        }
        if (e instanceof Payload p && p.dreg() != null) {
            return payload(p, i);
        }
        if (e instanceof Fib f && at(i + 1) instanceof Cmp c && f.result() != null
                && f.result() == Fib.Values.RESULT_ADDRTYPE && c.op() == Cmp.Values.EQ) {
            String which = f.flags() != null && (f.flags() & Fib.Values.F_SADDR) != 0 ? "saddr" : "daddr";
            out.add("fib " + which + " type " + addrType(hostInt(c.data())));
            return 2;
        }
        if (e instanceof Ct ct && ct.dreg() != null && ct.key() != null && ct.key() == Ct.Values.STATE
                && at(i + 1) instanceof Bitwise b && at(i + 2) instanceof Cmp c && c.op() == Cmp.Values.NEQ) {
            out.add("ct state " + ctStates(hostInt(b.mask())));
            return 3;
        }
        if (e instanceof Counter c) {
            out.add("counter packets " + (c.packets() == null ? 0 : c.packets()) + " bytes "
                    + (c.bytes() == null ? 0 : c.bytes()));
            return 1;
        }
        if (e instanceof Limit l && l.rate() != null && l.unit() != null) {
            out.add("limit rate " + l.rate() + "/" + unit(l.unit())
                    + (l.burst() != null && l.burst() != 5 && l.burst() != 0 ? " burst " + l.burst() + " packets" : ""));
            return 1;
        }
        if (e instanceof Log l) {
            out.add(l.prefix() == null ? "log" : "log prefix \"" + l.prefix() + "\"");
            return 1;
        }
        if (e instanceof Immediate im) {
            return immediate(im, i);
        }
        if (e instanceof Masq m && m.regProtoMin() == null) {
            out.add("masquerade");
            return 1;
        }
        return 0;
    }

    private int meta(Meta m, Cmp c, int i) {
        int key = m.key() == null ? -1 : m.key();
        String op = c.op() == Cmp.Values.NEQ ? "!= " : c.op() == Cmp.Values.EQ ? "" : null;
        if (op == null) {
            return 0;
        }
        if (key == Meta.Values.L4PROTO && op.isEmpty() && at(i + 2) instanceof Payload p
                && p.base() != null && p.base() == Payload.Values.BASE_TRANSPORT) {
            proto = byteValue(c.data());
            return 2;
        }
        if (key == Meta.Values.NFPROTO && op.isEmpty() && family == TableFamily.INET
                && at(i + 2) instanceof Payload p && p.base() != null && p.base() == Payload.Values.BASE_NETWORK) {
            nfproto = byteValue(c.data());
            return 2;
        }
        String value = switch (key) {
            case Meta.Values.IIFNAME -> "iifname " + op + "\"" + string(c.data()) + "\"";
            case Meta.Values.OIFNAME -> "oifname " + op + "\"" + string(c.data()) + "\"";
            case Meta.Values.L4PROTO -> "meta l4proto " + op + protoName(byteValue(c.data()));
            case Meta.Values.NFPROTO -> "meta nfproto " + op + (byteValue(c.data()) == 2 ? "ipv4"
                    : byteValue(c.data()) == 10 ? "ipv6" : String.valueOf(byteValue(c.data())));
            default -> null;
        };
        if (value == null) {
            return 0;
        }
        out.add(value);
        return 2;
    }

    private record Field(String name, boolean address) {
    }

    private Field field(Payload p) {
        int base = p.base() == null ? -1 : p.base();
        int off = p.offset() == null ? -1 : p.offset();
        int len = p.len() == null ? 0 : p.len();
        if (base == Payload.Values.BASE_TRANSPORT && (proto == 6 || proto == 17) && len == 2
                && (off == 0 || off == 2)) {
            return new Field((proto == 6 ? "tcp" : "udp") + (off == 0 ? " sport" : " dport"), false);
        }
        if (base != Payload.Values.BASE_NETWORK) {
            return null;
        }
        boolean v6 = family == TableFamily.IP6 || (family == TableFamily.INET && nfproto == 10);
        boolean v4 = family == TableFamily.IP || (family == TableFamily.INET && nfproto == 2);
        if (v4 && len <= 4 && (off == 12 || off == 16)) {
            return new Field(off == 12 ? "ip saddr" : "ip daddr", true);
        }
        if (v6 && len <= 16 && (off == 8 || off == 24)) {
            return new Field(off == 8 ? "ip6 saddr" : "ip6 daddr", true);
        }
        return null;
    }

    private int payload(Payload p, int i) {
        Field f = field(p);
        if (f == null) {
            return 0;
        }
        int full = f.name.startsWith("ip6") ? 16 : 4;
        String text = null;
        int used = 0;
        if (at(i + 1) instanceof Bitwise b && at(i + 2) instanceof Cmp c && f.address && b.mask() != null) {
            text = f.name + " " + op(c) + prefix(c.data(), full, maskBits(b.mask()));
            used = 3;
        } else if (at(i + 1) instanceof Cmp lo && at(i + 2) instanceof Cmp hi && lo.op() == Cmp.Values.GTE
                && hi.op() == Cmp.Values.LTE) {
            text = f.name + " " + value(f, lo.data(), full) + "-" + value(f, hi.data(), full);
            used = 3;
        } else if (at(i + 1) instanceof Cmp c && (c.op() == Cmp.Values.EQ || c.op() == Cmp.Values.NEQ)) {
            Bytes v = c.data() == null ? null : c.data().value();
            String val = f.address && v != null && v.length() < full ? prefix(c.data(), full, v.length() * 8)
                    : value(f, c.data(), full);
            text = f.name + " " + op(c) + val;
            used = 2;
        } else if (at(i + 1) instanceof Lookup l && l.set() != null) {
            String inline = l.set().startsWith("__") && anonymousSets != null ? anonymousSets.apply(l.set()) : null;
            String set = inline != null ? inline : "@" + l.set();
            boolean inv = l.flags() != null && (l.flags() & Lookup.Values.F_INV) != 0;
            if (l.dreg() == null) {
                text = f.name + " " + (inv ? "!= " : "") + set;
                used = 2;
            } else if (l.dreg() == 0) {
                text = f.name + " vmap " + set;
                used = 2;
            } else if (at(i + 2) instanceof Nat nat) {
                text = natWord(nat) + (nat.family() == null ? "" : nat.family() == 2 ? " ip" : " ip6") + " to "
                        + f.name + " map " + set;
                used = 3;
            }
        }
        if (text == null) {
            return 0;
        }
        out.add(text);
        if (!f.address) {
            proto = -1;
        } else {
            nfproto = -1;
        }
        return used;
    }

    private int immediate(Immediate im, int i) {
        if (im.dreg() == null || im.data() == null) {
            return 0;
        }
        if (im.dreg() == Exprs.REG_VERDICT) {
            if (im.data().verdict() == null) {
                return 0;
            }
            out.add(im.data().verdict().toString());
            return 1;
        }
        Map<Integer, Bytes> regs = new HashMap<>();
        int j = i;
        while (at(j) instanceof Immediate v && v.dreg() != null && v.dreg() != 0 && v.data() != null
                && v.data().value() != null) {
            regs.put(v.dreg(), v.data().value());
            j++;
        }
        Expression then = at(j);
        if (then instanceof Nat nat) {
            Bytes addr = nat.regAddrMin() == null ? null : regs.get(nat.regAddrMin());
            Bytes port = nat.regProtoMin() == null ? null : regs.get(nat.regProtoMin());
            StringBuilder sb = new StringBuilder(natWord(nat));
            if (family == TableFamily.INET && nat.family() != null) {
                sb.append(nat.family() == 2 ? " ip" : " ip6");
            }
            sb.append(" to ");
            if (addr != null) {
                String a = IpAddresses.format(address(addr));
                sb.append(addr.length() == 16 && port != null ? "[" + a + "]" : a);
            }
            if (port != null) {
                sb.append(':').append(u16(port));
            }
            out.add(sb.toString());
            return j - i + 1;
        }
        if (then instanceof Masq m && m.regProtoMin() != null) {
            out.add("masquerade to :" + ports(regs, m.regProtoMin(), m.regProtoMax()));
            return j - i + 1;
        }
        if (then instanceof Redir r && r.regProtoMin() != null) {
            out.add("redirect to :" + ports(regs, r.regProtoMin(), r.regProtoMax()));
            return j - i + 1;
        }
        if (then instanceof Ct ct && ct.sreg() != null && ct.key() != null && ct.key() == Ct.Values.MARK
                && regs.containsKey(ct.sreg())) {
            out.add(String.format("ct mark set 0x%08x", hostInt(regs.get(ct.sreg()))));
            return j - i + 1;
        }
        return 0;
    }

    private static String ports(Map<Integer, Bytes> regs, Integer min, Integer max) {
        Bytes lo = regs.get(min);
        Bytes hi = max == null ? null : regs.get(max);
        return lo == null ? "?" : hi == null || hi.equals(lo) ? String.valueOf(u16(lo)) : u16(lo) + "-" + u16(hi);
    }

    private static String natWord(Nat nat) {
        return nat.type() != null && nat.type() == Nat.Values.SNAT ? "snat" : "dnat";
    }

    private static String op(Cmp c) {
        return c.op() == Cmp.Values.NEQ ? "!= " : "";
    }

    private String value(Field f, Data d, int full) {
        Bytes v = d == null ? null : d.value();
        if (v == null) {
            return "?";
        }
        if (f.address) {
            return IpAddresses.format(address(v.length() == full ? v : pad(v, full)));
        }
        return String.valueOf(u16(v));
    }

    private static String prefix(Data d, int full, int bits) {
        Bytes v = d == null || d.value() == null ? Bytes.EMPTY : d.value();
        return IpAddresses.format(address(pad(v, full))) + "/" + bits;
    }

    private static int maskBits(Data mask) {
        int bits = 0;
        for (int i = 0; mask.value() != null && i < mask.value().length(); i++) {
            bits += Integer.bitCount(mask.value().get(i));
        }
        return bits;
    }

    private static Bytes pad(Bytes v, int len) {
        return Bytes.of(Arrays.copyOf(v.toArray(), len));
    }

    private static InetAddress address(Bytes b) {
        return IpAddresses.of(b.toArray());
    }

    private static int u16(Bytes b) {
        return b.length() >= 2 ? (b.get(0) << 8) | b.get(1) : b.length() == 1 ? b.get(0) : 0;
    }

    private static int byteValue(Data d) {
        return d == null || d.value() == null || d.value().length() == 0 ? -1 : d.value().get(0);
    }

    private static int hostInt(Data d) {
        return d == null || d.value() == null ? 0 : hostInt(d.value());
    }

    private static int hostInt(Bytes b) {
        return b.length() < 4 ? 0 : ByteBuffer.wrap(b.toArray()).order(ByteOrder.nativeOrder()).getInt();
    }

    private static String string(Data d) {
        byte[] b = d == null || d.value() == null ? new byte[0] : d.value().toArray();
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    static String protoName(int p) {
        return switch (p) {
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 58 -> "ipv6-icmp";
            default -> String.valueOf(p);
        };
    }

    private static String addrType(int t) {
        String[] names = {"unspec", "unicast", "local", "broadcast", "anycast", "multicast",
            "blackhole", "unreachable", "prohibit"};
        return t >= 0 && t < names.length ? names[t] : String.valueOf(t);
    }

    private static String ctStates(int bits) {
        List<String> s = new ArrayList<>();
        for (CtState st : new CtState[] {CtState.INVALID, CtState.ESTABLISHED, CtState.RELATED,
            CtState.NEW, CtState.UNTRACKED}) {
            if ((bits & st.bit()) != 0) {
                s.add(st.toString());
            }
        }
        return String.join(",", s);
    }

    private static String unit(long seconds) {
        return seconds == 1 ? "second" : seconds == 60 ? "minute" : seconds == 3600 ? "hour"
                : seconds == 86400 ? "day" : seconds + "s";
    }
}

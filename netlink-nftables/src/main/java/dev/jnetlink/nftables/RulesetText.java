package dev.jnetlink.nftables;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.nftables.codec.Chain;
import dev.jnetlink.nftables.codec.Data;
import dev.jnetlink.nftables.codec.NftSet;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.SetElement;
import dev.jnetlink.nftables.codec.Table;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Prints a {@link Ruleset} as {@code nft list ruleset} does: tabs, sets before chains. */
final class RulesetText {
    private static final int VERDICT_TYPE = 0xffffff00;
    private static final int IPV4_AND_SERVICE = (7 << 6) | 13;

    private RulesetText() {
    }

    static String render(Ruleset rs) {
        StringBuilder sb = new StringBuilder();
        for (Table t : rs.tables()) {
            TableFamily family = TableFamily.of(t.family());
            if (family == null) {
                continue;
            }
            sb.append("table ").append(family).append(' ').append(t.name()).append(" {\n");
            List<String> blocks = new ArrayList<>();
            for (NftSet s : rs.sets()) {
                if (s.header().family() == t.family() && t.name().equals(s.table()) && !s.isAnonymous()) {
                    blocks.add(set(s, rs.elements(s)));
                }
            }
            for (Chain c : rs.chains()) {
                if (c.header().family() == t.family() && t.name().equals(c.table())) {
                    blocks.add(chain(rs, family, c));
                }
            }
            sb.append(String.join("\n", blocks));
            sb.append("}\n");
        }
        return sb.toString();
    }

    private static String chain(Ruleset rs, TableFamily family, Chain c) {
        StringBuilder sb = new StringBuilder("\tchain ").append(c.name()).append(" {\n");
        if (c.hook() != null && c.hook().hook() != null) {
            Hook hook = Hook.of(family, c.hook().hook());
            int prio = c.hook().priority() == null ? 0 : c.hook().priority();
            sb.append("\t\ttype ").append(c.type()).append(" hook ").append(hook == null ? c.hook().hook() : hook);
            if (c.hook().device() != null) {
                sb.append(" device \"").append(c.hook().device()).append('"');
            }
            sb.append(" priority ").append(priority(hook, prio)).append("; policy ")
                    .append(c.policy() != null && c.policy() == 0 ? "drop" : "accept").append(";\n");
        }
        TableSpec table = new TableSpec(family, c.table());
        for (Rule r : rs.rules(table, c.name())) {
            sb.append("\t\t").append(RuleText.render(family, r.expressions(),
                    name -> anonymous(rs, r, name), RuleText.comment(r.userdata()))).append('\n');
        }
        return sb.append("\t}\n").toString();
    }

    private static String priority(Hook hook, int prio) {
        if (prio == 0) {
            return "filter";
        }
        if (prio == -300) {
            return "raw";
        }
        if (prio == -150) {
            return "mangle";
        }
        if (prio == 50) {
            return "security";
        }
        if (prio == -100 && hook == Hook.PREROUTING) {
            return "dstnat";
        }
        if (prio == 100 && hook == Hook.POSTROUTING) {
            return "srcnat";
        }
        return String.valueOf(prio);
    }

    private static String anonymous(Ruleset rs, Rule r, String name) {
        for (NftSet s : rs.sets()) {
            if (s.header().family() == r.header().family() && s.table().equals(r.table())
                    && s.name().equals(name)) {
                return "{ " + String.join(", ", elements(s, rs.elements(s))) + " }";
            }
        }
        return null;
    }

    private static String set(NftSet s, List<SetElement> elements) {
        SetKeyType key = s.keyType() == null ? null : SetKeyType.of(s.keyType());
        StringBuilder sb = new StringBuilder("\t").append(s.isMap() ? "map " : "set ").append(s.name()).append(" {\n");
        sb.append("\t\ttype ").append(key == null ? String.valueOf(s.keyType()) : key.nftName());
        if (s.isMap()) {
            sb.append(" : ").append(dataTypeName(s.dataType()));
        }
        sb.append('\n');
        if (s.isInterval()) {
            sb.append("\t\tflags interval\n");
        }
        List<String> e = elements(s, elements);
        if (!e.isEmpty()) {
            sb.append("\t\telements = { ").append(String.join(", ", e)).append(" }\n");
        }
        return sb.append("\t}\n").toString();
    }

    private static String dataTypeName(Integer type) {
        if (type == null) {
            return "?";
        }
        if (type == VERDICT_TYPE) {
            return "verdict";
        }
        if (type == IPV4_AND_SERVICE) {
            return "ipv4_addr . inet_service";
        }
        SetKeyType t = SetKeyType.of(type);
        return t == null ? String.valueOf(type) : t.nftName();
    }

    /** The elements as nft writes them: ranges folded back from interval starts and ends. */
    static List<String> elements(NftSet s, List<SetElement> elements) {
        SetKeyType key = s.keyType() == null ? null : SetKeyType.of(s.keyType());
        List<SetElement> sorted = new ArrayList<>();
        for (SetElement e : elements) {
            if (e.key() != null && e.key().value() != null) {
                sorted.add(e);
            }
        }
        sorted.sort(Comparator.comparing(e -> new BigInteger(1, e.key().value().toArray())));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            SetElement e = sorted.get(i);
            if (e.isIntervalEnd()) {
                continue; // the gap before a range, or an end already folded
            }
            String text = key(key, e.key().value());
            if (s.isInterval()) {
                SetElement end = i + 1 < sorted.size() && sorted.get(i + 1).isIntervalEnd() ? sorted.get(i + 1) : null;
                Bytes last = end == null ? null : minusOne(end.key().value());
                if (last == null && end == null) {
                    last = max(e.key().value().length());
                }
                if (last != null && !last.equals(e.key().value())) {
                    text += "-" + key(key, last);
                }
            }
            if (s.isMap() && e.data() != null) {
                text += " : " + data(s.dataType(), e.data());
            }
            out.add(text);
        }
        return out;
    }

    private static String key(SetKeyType key, Bytes b) {
        return key == null ? "0x" + b.toHex() : key.format(b);
    }

    private static String data(Integer type, Data d) {
        if (d.verdict() != null) {
            return d.verdict().toString();
        }
        Bytes v = d.value();
        if (v == null) {
            return "?";
        }
        if (type != null && type == IPV4_AND_SERVICE && v.length() >= 6) {
            byte[] b = v.toArray();
            return IpAddresses.format(IpAddresses.of(java.util.Arrays.copyOf(b, 4))) + " . "
                    + (((b[4] & 0xff) << 8) | (b[5] & 0xff));
        }
        SetKeyType t = type == null ? null : SetKeyType.of(type);
        return t == null ? "0x" + v.toHex() : t.format(v);
    }

    private static Bytes minusOne(Bytes b) {
        BigInteger v = new BigInteger(1, b.toArray());
        if (v.signum() == 0) {
            return null;
        }
        byte[] raw = v.subtract(BigInteger.ONE).toByteArray();
        byte[] out = new byte[b.length()];
        System.arraycopy(raw, Math.max(0, raw.length - out.length), out, Math.max(0, out.length - raw.length),
                Math.min(raw.length, out.length));
        return Bytes.of(out);
    }

    private static Bytes max(int len) {
        byte[] b = new byte[len];
        java.util.Arrays.fill(b, (byte) 0xff);
        return Bytes.of(b);
    }
}

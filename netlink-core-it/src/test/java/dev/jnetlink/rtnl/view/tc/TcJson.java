package dev.jnetlink.rtnl.view.tc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.TcStats;
import dev.jnetlink.codec.tc.kind.FifoOptions;
import dev.jnetlink.codec.tc.kind.HtbGlob;
import dev.jnetlink.codec.tc.kind.HtbQdiscOptions;
import dev.jnetlink.codec.tc.kind.MirredOptions;
import dev.jnetlink.codec.tc.kind.MirredParms;
import dev.jnetlink.codec.tc.kind.NetemOptions;
import dev.jnetlink.codec.tc.kind.NetemStructs;
import dev.jnetlink.codec.tc.kind.PrioOptions;
import dev.jnetlink.codec.tc.kind.TbfOptions;
import dev.jnetlink.codec.tc.kind.TbfQopt;
import dev.jnetlink.codec.tc.kind.U32Options;
import dev.jnetlink.codec.tc.kind.U32Selector;
import dev.jnetlink.rtnl.view.LinkNames;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The library's decoded qdiscs and filters written as the JSON {@code tc -j -s -d} prints for
 * them (iproute2 6.1's {@code PRINT_JSON} and {@code PRINT_ANY} fields, names and units), so
 * that a test can compare them with {@code tc}'s field by field. Values are the decoded ones,
 * not the text views': this checks the decoding.
 */
final class TcJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private TcJson() {
    }

    static ObjectNode qdisc(TcObject q, LinkNames links) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", q.kind());
        o.put("handle", Integer.toHexString(TcHandle.major(q.handle())) + ":");
        o.put("dev", links.name(q.ifindex()));
        if (q.parent() == TcHandle.ROOT) {
            o.put("root", true);
        } else if (q.parent() != 0) {
            o.put("parent", TcHandle.format(q.parent()));
        }
        if (q.header().info() != 1) {
            o.put("refcnt", Integer.toUnsignedLong(q.header().info()));
        }
        ObjectNode opts = o.putObject("options");
        if (q.options() instanceof HtbQdiscOptions h) {
            HtbGlob g = h.init();
            opts.put("r2q", g.rate2quantum());
            opts.put("default", "0x" + Integer.toHexString(g.defaultClass()));
            opts.put("direct_packets_stat", Integer.toUnsignedLong(g.directPackets()));
            opts.put("ver", (g.version() >>> 16) + "." + (g.version() & 0xffff));
            if (h.directQlen() != null) {
                opts.put("direct_qlen", Integer.toUnsignedLong(h.directQlen()));
            }
        } else if (q.options() instanceof TbfOptions t) {
            tbf(t, opts);
        } else if (q.options() instanceof FifoOptions f) {
            opts.put("limit", f.limit());
        } else if (q.options() instanceof PrioOptions p) {
            opts.put("bands", p.bands());
            ArrayNode map = opts.putArray("priomap");
            for (int i = 0; i < p.priomap().length(); i++) {
                map.add(p.priomap().get(i));
            }
            opts.put("multiqueue", false);
        } else if (q.options() instanceof NetemOptions n) {
            netem(n, opts);
        }
        stats(q.stats(), o);
        return o;
    }

    private static void tbf(TbfOptions t, ObjectNode opts) {
        TbfQopt q = t.parms();
        long rate = t.rate();
        opts.put("rate", rate);
        long buffer = TcPrinter.xmitSize(rate, q.buffer());
        opts.put("burst", TcPrinter.size(buffer, q.rate().cellLog()));
        opts.put("mpu", q.rate().mpu());
        double latency = 1e6 * (q.limit() / (double) rate) - TcPrinter.tickToTime(q.buffer());
        if (latency >= 0) {
            opts.put("lat", (long) latency);
        } else {
            opts.put("limit", q.limit());
        }
        if (q.rate().overhead() != 0) {
            opts.put("overhead", q.rate().overhead());
        }
        opts.put("linklayer", TcPrinter.linklayer(q.rate().linklayer() & 0xf));
    }

    private static void netem(NetemOptions n, ObjectNode opts) {
        NetemStructs.Qopt q = n.qopt();
        NetemStructs.Corr cor = n.corr();
        opts.put("limit", q.limit());
        if (q.latency() != 0) {
            ObjectNode d = opts.putObject("delay");
            d.put("delay", TcPrinter.tickToTime(q.latency()) / 1e6);
            d.put("jitter", TcPrinter.tickToTime(q.jitter()) / 1e6);
            d.put("correlation", fraction(cor == null ? 0 : cor.delay()));
        }
        if (q.loss() != 0) {
            ObjectNode l = opts.putObject("loss-random");
            l.put("loss", fraction(q.loss()));
            l.put("correlation", fraction(cor == null ? 0 : cor.loss()));
        }
        if (n.loss() != null && n.loss().ge() != null) {
            NetemStructs.GeModel ge = n.loss().ge();
            ObjectNode l = opts.putObject("loss-gemodel");
            l.put("p", fraction(ge.p()));
            l.put("r", fraction(ge.r()));
            l.put("1-h", fraction((int) (0xffffffffL - Integer.toUnsignedLong(ge.h()))));
            l.put("1-k", fraction(ge.k1()));
        }
        if (q.duplicate() != 0) {
            ObjectNode l = opts.putObject("duplicate");
            l.put("duplicate", fraction(q.duplicate()));
            l.put("correlation", fraction(cor == null ? 0 : cor.duplicate()));
        }
        if (n.reorder() != null && n.reorder().probability() != 0) {
            ObjectNode l = opts.putObject("reorder");
            l.put("reorder", fraction(n.reorder().probability()));
            l.put("correlation", fraction(n.reorder().correlation()));
        }
        if (n.corrupt() != null && n.corrupt().probability() != 0) {
            ObjectNode l = opts.putObject("corrupt");
            l.put("corrupt", fraction(n.corrupt().probability()));
            l.put("correlation", fraction(n.corrupt().correlation()));
        }
        if (n.rate() != null && n.rate().rate() != 0) {
            ObjectNode r = opts.putObject("rate");
            r.put("rate", n.rate64() != null && n.rate64() != 0 ? n.rate64() : n.rate().rate());
            r.put("packetoverhead", n.rate().packetOverhead());
            r.put("cellsize", n.rate().cellSize());
            r.put("celloverhead", n.rate().cellOverhead());
        }
        if (n.slot() != null) {
            ObjectNode s = opts.putObject("slot");
            s.put("min-delay", n.slot().minDelay() / 1e9);
            s.put("max-delay", n.slot().maxDelay() / 1e9);
            s.put("packets", n.slot().maxPackets());
            s.put("bytes", n.slot().maxBytes());
        }
        opts.put("ecn", n.ecn() != null);
        opts.put("gap", q.gap());
    }

    private static double fraction(int p) {
        return Integer.toUnsignedLong(p) / 4294967295.0;
    }

    static void stats(TcStats s, ObjectNode o) {
        if (s == null) {
            return;
        }
        if (s.basic() != null) {
            o.put("bytes", s.basic().bytes());
            o.put("packets", s.packets());
        }
        if (s.queue() != null) {
            o.put("drops", s.queue().drops());
            o.put("overlimits", s.queue().overlimits());
            o.put("requeues", s.queue().requeues());
        }
        TcStats.RateEst est = s.rateEst64() != null ? s.rateEst64() : s.rateEst();
        if (est != null) {
            o.put("rate", est.bytesPerSecond());
            o.put("pps", est.packetsPerSecond());
        }
        if (s.queue() != null) {
            o.put("backlog", s.queue().backlog());
            o.put("qlen", s.queue().qlen());
        }
    }

    /**
     * @param f a filter
     * @param links the namespace's links
     * @param parentAsked the parent the dump was for, 0 for none (then the parent is printed)
     * @return what {@code tc -j -s -d filter show dev DEV} prints for it
     */
    static ObjectNode filter(TcObject f, LinkNames links, int parentAsked) {
        ObjectNode o = JSON.createObjectNode();
        if (parentAsked == 0 || parentAsked != f.parent()) {
            o.put("parent", TcHandle.format(f.parent()));
        }
        o.put("protocol", TcFilterShow.protocolName(f.header().filterProtocol()));
        o.put("pref", f.header().filterPriority());
        o.put("kind", f.kind());
        o.put("chain", f.chain());
        if (f.options() instanceof U32Options u) {
            u32(f.handle(), u, links, o.putObject("options"));
        }
        stats(f.stats(), o);
        return o;
    }

    private static void u32(int handle, U32Options u, LinkNames links, ObjectNode opts) {
        if (handle != 0) {
            opts.put("fh", U32View.handle(handle));
        }
        if ((handle & 0xfff) != 0) {
            opts.put("order", handle & 0xfff);
        }
        if (u.divisor() != null) {
            opts.put("ht_divisor", u.divisor());
        } else if (u.hash() != null) {
            opts.put("key_ht", Integer.toHexString(u.hash() >>> 20));
            opts.put("bkt", Integer.toHexString((u.hash() >>> 12) & 0xff));
        }
        if (u.classId() != null) {
            opts.put("flowid", TcHandle.format(u.classId()));
        }
        if (u.link() != null) {
            opts.put("link", U32View.handle(u.link()));
        }
        if (u.flags() != null && (u.flags() & 8) != 0) {
            opts.put("not_in_hw", true);
        }
        U32Selector sel = u.sel();
        if (sel != null) {
            // tc writes one "match" per key into the same object: a JSON reader keeps the last
            if (!sel.keys().isEmpty()) {
                U32Selector.Key k = sel.keys().get(sel.keys().size() - 1);
                ObjectNode m = opts.putObject("match");
                m.put("value", Integer.toHexString(k.val()));
                m.put("mask", Integer.toHexString(k.mask()));
                m.put("offmask", k.offmask() != 0 ? "nexthdr+" : "");
                m.put("off", k.off());
            }
            if (sel.hmask() != 0) {
                opts.put("hash_mask", Integer.toHexString(sel.hmask()));
                opts.put("hash_off", sel.hoff());
            }
        }
        // tc -s prints a u32 key's counters (struct tc_u32_pcnt: rcnt, rhit) where the kernel
        // keeps them (CONFIG_CLS_U32_PERF: Debian's kernel does, this host's does not)
        if (sel != null && u.pcnt() != null && u.pcnt().length() >= 16) {
            opts.put("rule_hit", TcPrinter.u64(u.pcnt(), 0));
            opts.put("success", TcPrinter.u64(u.pcnt(), 8));
        }
        if (u.actions() != null) {
            ArrayNode actions = opts.putArray("actions");
            for (Action a : u.actions()) {
                actions.add(action(a, links));
            }
        }
    }

    private static ObjectNode action(Action a, LinkNames links) {
        ObjectNode o = JSON.createObjectNode();
        o.put("order", a.order());
        o.put("kind", a.kind());
        if (a.options() instanceof MirredOptions m) {
            MirredParms p = m.parms();
            boolean redirect = p.eaction() == MirredParms.EGRESS_REDIRECT || p.eaction() == MirredParms.INGRESS_REDIRECT;
            boolean egress = p.eaction() == MirredParms.EGRESS_REDIRECT || p.eaction() == MirredParms.EGRESS_MIRROR;
            o.put("mirred_action", redirect ? "redirect" : "mirror");
            o.put("direction", egress ? "egress" : "ingress");
            o.put("to_dev", links.name(p.ifindex()));
            o.putObject("control_action").put("type", TcPrinter.actionControl(p.action()));
            o.put("index", Integer.toUnsignedLong(p.index()));
            o.put("ref", p.refcnt());
            o.put("bind", p.bindcnt());
            if (m.tm() != null) {
                String[] names = {"installed", "last_used", "expires", "first_used"};
                for (int i = 0; i < 4; i++) {
                    long ticks = TcPrinter.u64(m.tm(), 8 * i);
                    if (ticks != 0) {
                        o.put(names[i], ticks / 100); // in USER_HZ
                    }
                }
            }
        }
        if (a.stats() != null) {
            stats(a.stats(), o.putObject("stats"));
        }
        return o;
    }

    /**
     * @param path where the nodes are, for the message
     * @param theirs what tc printed
     * @param ours what the library decoded
     * @param slack fields whose numbers may differ by one (seconds that tick between reads)
     * @return the differences, empty if none: a field of one that the other lacks, or a value
     *     that differs (numbers compared to tc's six significant digits)
     */
    static List<String> diff(String path, JsonNode theirs, JsonNode ours, Map<String, Long> slack) {
        List<String> out = new ArrayList<>();
        if (theirs.isObject() && ours.isObject()) {
            for (Iterator<String> it = theirs.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!ours.has(name)) {
                    out.add(path + "." + name + ": tc prints " + theirs.get(name) + ", the library has no value");
                } else {
                    out.addAll(diff(path + "." + name, theirs.get(name), ours.get(name), slack));
                }
            }
            for (Iterator<String> it = ours.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!theirs.has(name)) {
                    out.add(path + "." + name + ": the library has " + ours.get(name) + ", tc prints none");
                }
            }
        } else if (theirs.isArray() && ours.isArray()) {
            if (theirs.size() != ours.size()) {
                out.add(path + ": tc has " + theirs.size() + " entries, the library " + ours.size());
            } else {
                for (int i = 0; i < theirs.size(); i++) {
                    out.addAll(diff(path + "[" + i + "]", theirs.get(i), ours.get(i), slack));
                }
            }
        } else if (theirs.isNumber() && ours.isNumber()) {
            double t = theirs.asDouble();
            double o = ours.asDouble();
            String leaf = path.substring(path.lastIndexOf('.') + 1);
            double allowed = Math.max(Math.abs(t) * 1e-5, slack.getOrDefault(leaf, 0L));
            if (Math.abs(t - o) > allowed) {
                out.add(path + ": tc " + theirs + ", library " + ours);
            }
        } else if (!theirs.equals(ours)) {
            out.add(path + ": tc " + theirs + ", library " + ours);
        }
        return out;
    }
}

package dev.jnetlink.rtnl.view.tc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.kind.FlowerOptions;
import dev.jnetlink.codec.tc.kind.FqCodelOptions;
import dev.jnetlink.codec.tc.kind.FqOptions;
import dev.jnetlink.codec.tc.kind.GactOptions;
import dev.jnetlink.codec.tc.kind.MatchallOptions;
import dev.jnetlink.codec.tc.kind.PoliceOptions;
import dev.jnetlink.codec.tc.kind.PoliceParms;
import dev.jnetlink.codec.tc.kind.SfqOptions;
import dev.jnetlink.codec.tc.kind.SkbeditOptions;
import dev.jnetlink.codec.tc.kind.TcGen;
import dev.jnetlink.rtnl.view.LinkNames;
import java.net.InetAddress;
import java.util.List;

/**
 * As {@link TcJson}, for fq_codel, fq and sfq qdiscs, matchall and flower filters and the gact,
 * police and skbedit actions: the JSON {@code tc -j -s -d} (iproute2 6.1) prints for them,
 * written from the library's decoded values. fw and basic are left out: iproute2 6.1 writes
 * their options with {@code fprintf} into its JSON, which is then not JSON.
 */
final class TcKindJson {
    private TcKindJson() {
    }

    static ObjectNode qdisc(TcObject q, LinkNames links) {
        ObjectNode o = TcJson.qdisc(q, links);
        ObjectNode opts = (ObjectNode) o.get("options");
        Bytes xstats = q.stats() != null && q.stats().app() != null ? q.stats().app() : q.xstats();
        if (q.options() instanceof FqCodelOptions f) {
            fqCodel(f, opts);
            if (xstats != null) {
                fqCodelXstats(xstats, o);
            }
        } else if (q.options() instanceof FqOptions f) {
            fq(f, opts);
            if (xstats != null) {
                fqXstats(xstats, o);
            }
        } else if (q.options() instanceof SfqOptions s) {
            sfq(s, opts);
        }
        return o;
    }

    private static void fqCodel(FqCodelOptions f, ObjectNode opts) {
        putU32(opts, "limit", f.limit());
        putU32(opts, "flows", f.flows());
        putU32(opts, "quantum", f.quantum());
        putU32(opts, "target", f.target());
        putU32(opts, "ce_threshold", f.ceThreshold());
        int selector = f.ceThresholdSelector() == null ? 0 : f.ceThresholdSelector();
        int mask = f.ceThresholdMask() == null ? 0 : f.ceThresholdMask();
        if (selector != 0 || mask != 0) {
            opts.put("ce_threshold_selector", selector);
            opts.put("ce_threshold_mask", mask);
        }
        putU32(opts, "interval", f.interval());
        putU32(opts, "memory_limit", f.memoryLimit());
        if (f.ecn() != null && f.ecn() != 0) {
            opts.put("ecn", true);
        }
        if (f.dropBatchSize() != null && f.dropBatchSize() != 0) {
            putU32(opts, "drop_batch", f.dropBatchSize());
        }
    }

    private static void fqCodelXstats(Bytes x, ObjectNode o) {
        int[] v = TcPrinter.u32s(x, 0, 10);
        if (v[0] == 0) {
            String[] names = {null, "maxpacket", "drop_overlimit", "ecn_mark", "new_flow_count", "new_flows_len",
                    "old_flows_len", "ce_mark", "memory_used", "drop_overmemory"};
            for (int i = 1; i < names.length; i++) {
                if (i < 7 || v[i] != 0) {
                    o.put(names[i], Integer.toUnsignedLong(v[i]));
                }
            }
        }
    }

    private static void fq(FqOptions f, ObjectNode opts) {
        putU32(opts, "limit", f.plimit());
        putU32(opts, "flow_limit", f.flowPlimit());
        if (f.bucketsLog() != null) {
            opts.put("buckets", Integer.toUnsignedLong(1 << f.bucketsLog()));
        }
        putU32(opts, "orphan_mask", f.orphanMask());
        if (f.rateEnable() != null && f.rateEnable() == 0) {
            opts.put("pacing", false);
        }
        putU32(opts, "quantum", f.quantum());
        putU32(opts, "initial_quantum", f.initialQuantum());
        if (f.flowMaxRate() != null && f.flowMaxRate() != ~0) {
            putU32(opts, "maxrate", f.flowMaxRate());
        }
        if (f.flowDefaultRate() != null && f.flowDefaultRate() != 0) {
            putU32(opts, "defrate", f.flowDefaultRate());
        }
        if (f.lowRateThreshold() != null && f.lowRateThreshold() != 0) {
            putU32(opts, "low_rate_threshold", f.lowRateThreshold());
        }
        putU32(opts, "refill_delay", f.flowRefillDelay());
        if (f.ceThreshold() != null && f.ceThreshold() != ~0) {
            putU32(opts, "ce_threshold", f.ceThreshold());
        }
        putU32(opts, "timer_slack", f.timerSlack());
        putU32(opts, "horizon", f.horizon());
        if (f.horizonDrop() != null) {
            opts.putNull(f.horizonDrop() == 0 ? "horizon_cap" : "horizon_drop");
        }
    }

    // struct tc_fq_qd_stats; "throttled" is written twice, and a JSON reader keeps the second
    private static void fqXstats(Bytes x, ObjectNode o) {
        int[] u = TcPrinter.u32s(x, 64, 4);
        o.put("flows", Integer.toUnsignedLong(u[0]));
        o.put("inactive", Integer.toUnsignedLong(u[1]));
        long nextDelayed = u64(x, 56);
        if (nextDelayed > 0) {
            o.put("next_packet_delay", nextDelayed);
        }
        o.put("gc", u64(x, 0));
        o.put("highprio", u64(x, 8));
        putNonZero(o, "retrans", u64(x, 16));
        o.put("throttled", u64(x, 24));
        putNonZero(o, "latency", Integer.toUnsignedLong(u[3]));
        putNonZero(o, "ce_mark", u64(x, 80));
        putNonZero(o, "flows_plimit", u64(x, 32));
        putNonZero(o, "pkts_too_long", u64(x, 40));
        putNonZero(o, "alloc_errors", u64(x, 48));
        putNonZero(o, "horizon_drops", u64(x, 88));
        putNonZero(o, "horizon_caps", u64(x, 96));
    }

    private static void sfq(SfqOptions s, ObjectNode opts) {
        opts.put("limit", s.limit());
        opts.put("quantum", s.quantum());
        if (s.depth() != 0) {
            opts.put("depth", s.depth());
        }
        if (s.headdrop() != 0) {
            opts.put("headdrop", true);
        }
        opts.put("flows", s.flows());
        opts.put("divisor", s.divisor());
        if (s.perturbPeriod() != 0) {
            opts.put("perturb", s.perturbPeriod());
        }
        if (s.qthMin() != 0) {
            opts.put("ewma", s.wlog());
            opts.put("min", s.qthMin());
            opts.put("max", s.qthMax());
            opts.put("probability", s.maxP() / 4294967296.0);
            String[] flags = {"ecn", "harddrop", "adaptive", "nodrop"};
            for (int i = 0; i < flags.length; i++) {
                opts.put(flags[i], (s.flags() & (1 << i)) != 0);
            }
            int[] st = TcPrinter.u32s(s.stats(), 0, 6);
            String[] names = {"prob_drop", "forced_drop", "prob_mark", "forced_mark", "prob_mark_head",
                    "forced_mark_head"};
            for (int i = 0; i < names.length; i++) {
                opts.put(names[i], Integer.toUnsignedLong(st[i]));
            }
        }
    }

    static ObjectNode filter(TcObject f, LinkNames links, int parentAsked) {
        ObjectNode o = TcJson.filter(f, links, parentAsked);
        if (f.options() instanceof MatchallOptions m) {
            ObjectNode opts = o.putObject("options");
            if (f.handle() != 0) {
                opts.put("handle", Integer.toUnsignedLong(f.handle()));
            }
            if (m.classId() != null) {
                opts.put("flowid", TcPrinter.classid(m.classId()));
            }
            flags(m.flags(), opts);
            if (m.pcnt() != null) {
                opts.put("rule_hit", TcPrinter.u64(m.pcnt(), 0));
            }
            actions(m.actions(), opts);
        } else if (f.options() instanceof FlowerOptions fl) {
            flower(f.handle(), fl, o.putObject("options"));
        }
        return o;
    }

    private static void flower(int handle, FlowerOptions f, ObjectNode opts) {
        if (handle != 0) {
            opts.put("handle", Integer.toUnsignedLong(handle));
        }
        if (f.classId() != null) {
            opts.put("classid", TcPrinter.classid(f.classId()));
        }
        if (f.indev() != null) {
            opts.put("indev", f.indev());
        }
        ObjectNode keys = opts.putObject("keys");
        if (f.vlanId() != null) {
            keys.put("vlan_id", f.vlanId());
        }
        if (f.vlanPrio() != null) {
            keys.put("vlan_prio", f.vlanPrio());
        }
        if (f.vlanEthType() != null) {
            keys.put("vlan_ethtype", TcFilterShow.protocolName(f.vlanEthType()));
        }
        int ethType = f.ethType() == null ? 0 : f.ethType();
        if (f.ethType() != null) {
            keys.put("eth_type", ethType == 0x0800 ? "ipv4" : ethType == 0x86dd ? "ipv6"
                    : String.format("%04x", ethType));
        }
        int proto = f.ipProto() == null ? 0xff : f.ipProto();
        if (f.ipProto() != null) {
            keys.put("ip_proto", proto == 6 ? "tcp" : proto == 17 ? "udp" : proto == 1 ? "icmp"
                    : String.format("%02x", proto));
        }
        if (ethType == 0x0800) {
            address(keys, "dst_ip", f.ipv4Dst(), f.ipv4DstMask());
            address(keys, "src_ip", f.ipv4Src(), f.ipv4SrcMask());
        } else if (ethType == 0x86dd) {
            address(keys, "dst_ip", f.ipv6Dst(), f.ipv6DstMask());
            address(keys, "src_ip", f.ipv6Src(), f.ipv6SrcMask());
        }
        if (proto == 6) {
            port(keys, "dst_port", f.tcpDst(), f.tcpDstMask());
            port(keys, "src_port", f.tcpSrc(), f.tcpSrcMask());
        } else if (proto == 17) {
            port(keys, "dst_port", f.udpDst(), f.udpDstMask());
            port(keys, "src_port", f.udpSrc(), f.udpSrcMask());
        }
        flags(f.flags(), opts);
        if (f.flags() != null && (f.flags() & 4) != 0 && f.inHwCount() != null) {
            opts.put("in_hw_count", Integer.toUnsignedLong(f.inHwCount()));
        }
        actions(f.actions(), opts);
    }

    // as an address with its prefix length, the text tc prints (a prefix mask is all tc makes)
    private static void address(ObjectNode keys, String name, InetAddress addr, InetAddress mask) {
        if (addr == null || mask == null) {
            return;
        }
        int bits = 0;
        for (byte b : mask.getAddress()) {
            bits += Integer.bitCount(b & 0xff);
        }
        keys.put(name, IpAddresses.format(addr) + (bits < 8 * mask.getAddress().length ? "/" + bits : ""));
    }

    private static void port(ObjectNode keys, String name, Integer value, Integer mask) {
        if (value == null) {
            return;
        }
        keys.put(name, value);
        if (mask != null && mask != 0xffff) {
            keys.put(name + "_mask", Integer.toHexString(mask));
        }
    }

    private static void flags(Integer flags, ObjectNode opts) {
        if (flags == null) {
            return;
        }
        String[] names = {"skip_hw", "skip_sw"};
        for (int i = 0; i < names.length; i++) {
            if ((flags & (1 << i)) != 0) {
                opts.put(names[i], true);
            }
        }
        if ((flags & 4) != 0) {
            opts.put("in_hw", true);
        } else if ((flags & 8) != 0) {
            opts.put("not_in_hw", true);
        }
    }

    private static void actions(List<Action> actions, ObjectNode opts) {
        if (actions == null) {
            return;
        }
        ArrayNode out = opts.putArray("actions");
        for (Action a : actions) {
            ObjectNode o = out.addObject();
            o.put("order", a.order());
            o.put("kind", a.kind());
            Bytes tm = null;
            if (a.options() instanceof GactOptions g) {
                control(o, g.parms().action());
                GactOptions.Prob p = g.prob() != null ? g.prob() : new GactOptions.Prob(0, 0, 0);
                ObjectNode prob = o.putObject("prob");
                prob.put("random_type", p.ptype() == 1 ? "netrand" : p.ptype() == 2 ? "determ" : "none");
                control(prob, p.paction());
                prob.put("val", p.pval());
                index(o, g.parms());
                tm = g.tm();
            } else if (a.options() instanceof PoliceOptions p) {
                PoliceParms t = p.tbf();
                o.put("index", Integer.toUnsignedLong(t.index()));
                if (p.pktRate64() != null && p.pktBurst64() != null) {
                    o.put("pkts_rate", p.pktRate64());
                    o.put("pkts_burst", TcPrinter.xmitSize(p.pktRate64(), p.pktBurst64()));
                }
                // with a conform action tc writes "control_action" twice: a reader keeps the second
                control(o, p.result() != null ? p.result() : t.action());
                o.put("overhead", t.rate().overhead());
                o.put("linklayer", TcPrinter.linklayer(t.rate().linklayer() & 0xf));
                o.put("ref", t.refcnt());
                o.put("bind", t.bindcnt());
                tm = p.tm();
            } else if (a.options() instanceof SkbeditOptions s) {
                if (s.queueMapping() != null) {
                    o.put("queue_mapping", s.queueMapping());
                }
                if (s.priority() != null) {
                    o.put("priority", TcPrinter.classid(s.priority()));
                }
                if (s.mark() != null) {
                    o.put("mark", Integer.toUnsignedLong(s.mark()));
                }
                if (s.mask() != null) {
                    o.put("mask", Integer.toHexString(s.mask()));
                }
                if (s.ptype() != null) {
                    o.put("ptype", s.ptype() == 0 ? "host" : Integer.toString(s.ptype()));
                }
                if (s.flags() != null && (s.flags() & 0x20) != 0) {
                    o.putNull("inheritdsfield");
                }
                control(o, s.parms().action());
                index(o, s.parms());
                tm = s.tm();
            }
            if (tm != null) {
                String[] names = {"installed", "last_used", "expires", "first_used"};
                for (int i = 0; i < 4; i++) {
                    long ticks = TcPrinter.u64(tm, 8 * i);
                    if (ticks != 0) {
                        o.put(names[i], ticks / 100); // in USER_HZ
                    }
                }
            }
            if (a.stats() != null) {
                TcJson.stats(a.stats(), o.putObject("stats"));
            }
            if (a.cookie() != null) {
                o.put("cookie", a.cookie().toHex());
            }
        }
    }

    private static void control(ObjectNode o, int action) {
        o.putObject("control_action").put("type", TcPrinter.actionControl(action));
    }

    private static void index(ObjectNode o, TcGen p) {
        o.put("index", Integer.toUnsignedLong(p.index()));
        o.put("ref", p.refcnt());
        o.put("bind", p.bindcnt());
    }

    private static void putU32(ObjectNode o, String name, Integer value) {
        if (value != null) {
            o.put(name, Integer.toUnsignedLong(value));
        }
    }

    private static void putNonZero(ObjectNode o, String name, long value) {
        if (value != 0) {
            o.put(name, value);
        }
    }

    private static long u64(Bytes b, int offset) {
        return offset + 8 <= b.length() ? TcPrinter.u64(b, offset) : 0;
    }
}

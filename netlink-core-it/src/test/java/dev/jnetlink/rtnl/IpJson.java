package dev.jnetlink.rtnl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.AddressFlags;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Scope;
import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.codec.neigh.NeighbourFlags;
import dev.jnetlink.codec.nexthop.NextHopGroupMember;
import dev.jnetlink.codec.nexthop.NextHopObject;
import dev.jnetlink.codec.nexthop.ResilientGroup;
import dev.jnetlink.codec.route.NextHop;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteFlags;
import dev.jnetlink.codec.route.RouteMetrics;
import dev.jnetlink.codec.route.RouteProtocol;
import dev.jnetlink.codec.route.RouteTable;
import dev.jnetlink.codec.route.RouteType;
import dev.jnetlink.codec.route.RouteVia;
import dev.jnetlink.codec.rule.Rule;
import dev.jnetlink.codec.rule.RuleAction;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Our decoded records as the objects iproute2 6.1 prints with {@code -j}, key for key, so a
 * parity test compares them with {@code ip -j ... show} field by field. Each method follows
 * the matching print function of iproute2 ({@code print_addrinfo}, {@code print_route},
 * {@code print_neigh}, {@code print_rule}).
 */
final class IpJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private IpJson() {
    }

    /** Turns a map into a tree the way parsing ip's output does (ints stay ints). */
    static JsonNode tree(Object value) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static String host(InetAddress a) {
        return IpAddresses.format(a);
    }

    static Map<String, Object> address(Address a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("family", AddressFamily.name(a.family()));
        m.put("local", host(a.ip()));
        if (a.peer() != null) {
            m.put("address", host(a.peer()));
        }
        m.put("prefixlen", a.prefixLength());
        if (a.rtPriority() != null) {
            m.put("metric", Integer.toUnsignedLong(a.rtPriority()));
        }
        if (a.broadcast() != null) {
            m.put("broadcast", host(a.broadcast()));
        }
        m.put("scope", a.scope().name());
        for (String f : AddressFlags.names(a.allFlags(), a.family())) {
            m.put(f, true);
        }
        if (a.label() != null) {
            m.put("label", a.label());
        }
        if (a.cacheInfo() != null) {
            m.put("valid_life_time", a.cacheInfo().valid());
            m.put("preferred_life_time", a.cacheInfo().preferred());
        }
        return m;
    }

    static Map<String, Object> route(Route r, IntFunction<String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!r.type().equals(RouteType.UNICAST)) {
            m.put("type", r.type().name());
        }
        int host = AddressFamily.bits(r.family());
        if (r.dst() != null) {
            m.put("dst", r.header().dstLength() == host ? host(r.dst()) : r.destination().toString());
        } else {
            m.put("dst", r.header().dstLength() == 0 ? "default" : "0/" + r.header().dstLength());
        }
        if (r.src() != null) {
            m.put("from", r.header().srcLength() == host ? host(r.src()) : r.source().toString());
        }
        if (r.gateway() != null) {
            m.put("gateway", host(r.gateway()));
        }
        if (r.via() != null) {
            m.put("via", via(r.via()));
        }
        if (r.oif() != null) {
            m.put("dev", names.apply(r.oif()));
        }
        if (r.tableId() != RouteTable.MAIN) {
            m.put("table", RouteTable.name(r.tableId()));
        }
        if ((r.flags() & RouteFlags.CLONED) == 0) {
            if (!r.protocol().equals(RouteProtocol.BOOT)) {
                m.put("protocol", r.protocol().name());
            }
            if (r.header().scope() != 0) {
                m.put("scope", r.scope().name());
            }
        }
        if (r.prefsrc() != null) {
            m.put("prefsrc", host(r.prefsrc()));
        }
        if (r.priority() != null) {
            m.put("metric", Integer.toUnsignedLong(r.priority()));
        }
        m.put("flags", RouteFlags.names(r.flags()));
        if (r.metrics() != null) {
            RouteMetrics x = r.metrics();
            Map<String, Object> metrics = new LinkedHashMap<>();
            putIf(metrics, "mtu", x.mtu());
            putIf(metrics, "window", x.window());
            putIf(metrics, "advmss", x.advmss());
            putIf(metrics, "hoplimit", x.hoplimit());
            putIf(metrics, "initcwnd", x.initcwnd());
            m.put("metrics", List.of(metrics));
        }
        if (r.pref() != null) {
            m.put("pref", switch (r.pref()) {
                case 0 -> "medium";
                case 1 -> "high";
                case 3 -> "low";
                default -> Integer.toString(r.pref());
            });
        }
        if (r.multipath() != null) {
            List<Map<String, Object>> hops = new ArrayList<>();
            for (NextHop nh : r.multipath()) {
                Map<String, Object> h = new LinkedHashMap<>();
                if (nh.gateway() != null) {
                    h.put("gateway", host(nh.gateway()));
                }
                if (nh.via() != null) {
                    h.put("via", via(nh.via()));
                }
                h.put("dev", names.apply(nh.index()));
                h.put("weight", nh.weight());
                h.put("flags", RouteFlags.names(nh.flags()));
                hops.add(h);
            }
            m.put("nexthops", hops);
        }
        return m;
    }

    /** {@code ip -j -d nexthop show}: {@code __print_nexthop_entry}. */
    static Map<String, Object> nexthop(NextHopObject o, IntFunction<String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.idValue());
        if (o.group() != null) {
            List<Map<String, Object>> members = new ArrayList<>();
            for (NextHopGroupMember g : o.group()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("id", Integer.toUnsignedLong(g.id()));
                if (g.weight() != 1) {
                    e.put("weight", g.weight());
                }
                members.add(e);
            }
            m.put("group", members);
        }
        if (o.groupType() != null && o.groupType() != NextHopObject.MPATH) {
            m.put("type", o.groupType() == NextHopObject.RESILIENT ? "resilient" : "<unknown type>");
        }
        if (o.resilient() != null) {
            ResilientGroup r = o.resilient();
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("buckets", r.buckets());
            args.put("idle_timer", seconds(r.idleTimer() == null ? 0 : Integer.toUnsignedLong(r.idleTimer())));
            args.put("unbalanced_timer", seconds(r.unbalancedTimer() == null ? 0
                    : Integer.toUnsignedLong(r.unbalancedTimer())));
            args.put("unbalanced_time", seconds(r.unbalancedTime() == null ? 0 : r.unbalancedTime()));
            m.put("resilient_args", args);
        }
        if (o.gateway() != null) {
            m.put("gateway", host(o.gateway()));
        }
        if (o.oif() != null && o.oif() != 0) {
            m.put("dev", names.apply(o.oif()));
        }
        m.put("scope", Scope.of(o.header().scope()).name());
        if (o.isBlackhole()) {
            m.put("blackhole", null);
        }
        m.put("protocol", RouteProtocol.of(o.header().protocol()).name());
        m.put("flags", RouteFlags.names(o.header().flags()));
        if (o.isFdb()) {
            m.put("fdb", null);
        }
        return m;
    }

    // print_tv: clock ticks (USER_HZ 100) as seconds
    private static Object seconds(long ticks) {
        return ticks % 100 == 0 ? (Object) (ticks / 100) : (Object) (ticks / 100.0);
    }

    // print_rta_via: {"family": "inet6", "host": "fd00::2"}
    private static Map<String, Object> via(RouteVia via) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("family", AddressFamily.name(via.family()));
        v.put("host", host(via.inet()));
        return v;
    }

    private static void putIf(Map<String, Object> m, String key, Integer value) {
        if (value != null) {
            m.put(key, Integer.toUnsignedLong(value));
        }
    }

    static Map<String, Object> neighbour(Neighbour n, IntFunction<String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dst", host(n.dst()));
        m.put("dev", names.apply(n.index()));
        if (n.lladdr() != null) {
            m.put("lladdr", n.lladdr().toString());
        }
        if ((n.flags() & NeighbourFlags.ROUTER) != 0) {
            m.put("router", null);
        }
        if ((n.flags() & NeighbourFlags.PROXY) != 0) {
            m.put("proxy", null);
        }
        if (n.header().state() != 0) {
            m.put("state", n.state().names());
        }
        return m;
    }

    static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        int host = AddressFamily.bits(r.family());
        m.put("priority", Integer.toUnsignedLong(r.preference()));
        if (r.isInverted()) {
            m.put("not", null);
        }
        if (r.src() != null) {
            m.put("src", host(r.src()));
            if (r.header().srcLength() != host) {
                m.put("srclen", r.header().srcLength());
            }
        } else {
            m.put("src", "all");
        }
        if (r.dst() != null) {
            m.put("dst", host(r.dst()));
            if (r.header().dstLength() != host) {
                m.put("dstlen", r.header().dstLength());
            }
        }
        if (r.fwmark() != null || r.fwmask() != null) {
            m.put("fwmark", "0x" + Integer.toHexString(r.fwmark() == null ? 0 : r.fwmark()));
            if (r.fwmask() != null && r.fwmask() != -1) {
                m.put("fwmask", "0x" + Integer.toHexString(r.fwmask()));
            }
        }
        if (r.iifName() != null) {
            m.put("iif", r.iifName());
        }
        if (r.oifName() != null) {
            m.put("oif", r.oifName());
        }
        if (r.tableId() != 0) {
            m.put("table", RouteTable.name(r.tableId()));
        }
        if (r.header().action() != RuleAction.TO_TABLE.value()) {
            m.put("action", r.action().name());
        }
        if (r.protocol() != null && r.protocol() != 0 && r.protocol() != RouteProtocol.KERNEL.value()) {
            m.put("protocol", RouteProtocol.of(r.protocol()).name());
        }
        return m;
    }
}

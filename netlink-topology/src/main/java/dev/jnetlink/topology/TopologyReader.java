package dev.jnetlink.topology;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jnetlink.codec.addr.Prefix;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a topology from YAML or JSON (by the file's extension: {@code .json} is JSON, anything
 * else YAML, of which JSON is a subset). Every error names the file, line and column, and the
 * field as a path ({@code s1.yaml:12:9: namespaces.r1.links[0].master: no bridge "br9" in
 * namespace r1}). The schema, with every field:
 *
 * <pre>
 * name: s1                      # the owner's name; marks everything applied
 * prefix: ex-                   # optional, put before every namespace's name
 * namespaces:
 *   r1:
 *     lo: up                    # optional: up or down (default)
 *     sysctls: {net.ipv4.ip_forward: 1}
 *     links:
 *       - name: veth1.1
 *         kind: veth            # veth, bridge, macvlan, vxlan
 *         mtu: 1500             # optional, every kind
 *         up: true              # optional, every kind (default false)
 *         master: br0           # optional, a bridge of the same namespace
 *         addresses: [10.1.0.101/24]
 *         shaping: {delay: 10ms}  # optional, tc: delay, jitter, loss, rate (see below)
 *         peer: {namespace: r2, name: eth0, up: true, addresses: [10.1.0.102/24]}   # veth
 *         # bridge:  stp: false
 *         # macvlan: parent: {namespace: host, name: ens33} (or parent: ens33), mode: bridge
 *         # vxlan:   vni: 42, remote: 10.0.0.2, local: 10.0.0.1, dev: eth0, dstport: 4789, learning: false
 *     routes:
 *       - {to: default, via: 10.1.0.1, dev: veth1.1}
 *     neighbours:
 *       - {address: 10.1.0.102, lladdr: "02:00:00:00:00:02", dev: veth1.1}
 *     nat:                      # nftables, as dockerd sets up a bridge network
 *       - bridge: docker0       # a bridge of this namespace
 *         subnet: 172.17.0.0/16 # optional: masqueraded; default the bridge's address's subnet
 *         ports:                # docker run -p: [hostAddress:]hostPort:port[/tcp|udp] to a
 *           - {port: "8080:80", to: c1}            # namespace (its address in the subnet)
 *           - {port: "5353:53/udp", to: 172.17.0.3}  # or an address
 * </pre>
 * A link end's {@code shaping:} (tc, a root qdisc with handle {@code 4a4e:}): {@code delay} and
 * {@code jitter} (10ms, 1.5ms, 500us, 1s), {@code loss} (1%, 0.5%), {@code rate} (10mbit,
 * 500kbit, 1gbit); netem for delay, jitter or loss, tbf for a rate alone:
 * {@code shaping: {delay: 10ms, jitter: 2ms, loss: 1%, rate: 10mbit}}. Other keys are for a
 * {@link LinkShaper} on the class path.
 */
public final class TopologyReader {
    private static final Set<String> TOP = Set.of("name", "prefix", "namespaces");
    private static final Set<String> NAMESPACE = Set.of("lo", "sysctls", "links", "routes", "neighbours", "nat");
    private static final Set<String> NAT = Set.of("bridge", "subnet", "ports");
    private static final Set<String> PORT = Set.of("port", "to");
    private static final Set<String> IFACE = Set.of("name", "mtu", "up", "master", "addresses", "shaping");
    private static final Map<String, Set<String>> KIND = Map.of(
            "veth", Set.of("kind", "peer"),
            "bridge", Set.of("kind", "stp"),
            "macvlan", Set.of("kind", "parent", "mode"),
            "vxlan", Set.of("kind", "vni", "remote", "local", "dev", "dstport", "learning"));
    private static final Set<String> PEER = Set.of("namespace", "name", "mtu", "up", "master", "addresses", "shaping");
    private static final Set<String> ROUTE = Set.of("to", "via", "dev");
    private static final Set<String> NEIGHBOUR = Set.of("address", "lladdr", "dev");

    private final String file;
    private final Map<String, JsonLocation> where = new HashMap<>();

    private TopologyReader(String file) {
        this.file = file;
    }

    /**
     * @param path a {@code .yaml}, {@code .yml} or {@code .json} file
     * @return the topology
     * @throws TopologyException naming file, line, column and field
     * @throws IOException if the file cannot be read
     */
    public static Topology read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return read(path.toString(), text);
    }

    /**
     * @param name the file's name, for errors; {@code .json} selects JSON, else YAML
     * @param text its text
     * @return the topology
     * @throws TopologyException naming file, line, column and field
     */
    public static Topology read(String name, String text) {
        return new TopologyReader(name).parse(text);
    }

    // ------------------------------------------------------------------ a tree that knows where each node was

    private sealed interface Node permits MapNode, ListNode, Scalar {
        JsonLocation at();
    }

    private record MapNode(Map<String, Node> entries, JsonLocation at) implements Node {
    }

    private record ListNode(List<Node> items, JsonLocation at) implements Node {
    }

    private record Scalar(String text, JsonToken token, JsonLocation at) implements Node {
    }

    private Topology parse(String text) {
        JsonFactory factory = file.endsWith(".json") ? new JsonFactory() : new YAMLFactory();
        Node root;
        try (Reader r = new StringReader(text); JsonParser p = factory.createParser(r)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new TopologyException(file + ":1:1", "(document)", "empty file");
            }
            root = node(p, "");
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new TopologyException(l == null ? file : file + ":" + l.getLineNr() + ":" + l.getColumnNr(),
                    "(syntax)", e.getOriginalMessage());
        } catch (IOException e) {
            throw new TopologyException(file, "(document)", e.getMessage());
        }
        try {
            return topology(map(root, "(document)", TOP));
        } catch (TopologyException e) {
            if (e.getMessage().startsWith(file + ":")) {
                throw e;
            }
            throw new TopologyException(locate(e.field()), e.field(), e.problem());
        }
    }

    private Node node(JsonParser p, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        where.put(path, at);
        JsonToken tok = p.currentToken();
        if (tok == JsonToken.START_OBJECT) {
            Map<String, Node> entries = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                String sub = path.isEmpty() ? key : path + "." + key;
                JsonLocation keyAt = p.currentTokenLocation();
                p.nextToken();
                if (entries.containsKey(key)) {
                    throw new TopologyException(loc(keyAt), sub, "given twice");
                }
                entries.put(key, node(p, sub));
            }
            return new MapNode(entries, at);
        }
        if (tok == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(p, path + "[" + items.size() + "]"));
            }
            return new ListNode(items, at);
        }
        return new Scalar(tok == JsonToken.VALUE_NULL ? null : p.getText(), tok, at);
    }

    private String loc(JsonLocation l) {
        return file + ":" + l.getLineNr() + ":" + l.getColumnNr();
    }

    /** @return where the field is, or the nearest enclosing one that was in the file */
    private String locate(String field) {
        String f = field;
        while (!f.isEmpty()) {
            JsonLocation l = where.get(f);
            if (l != null) {
                return loc(l);
            }
            int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
            f = cut < 0 ? "" : f.substring(0, cut);
        }
        JsonLocation l = where.get("");
        return l == null ? file : loc(l);
    }

    private TopologyException error(Node n, String field, String message) {
        return new TopologyException(loc(n.at()), field, message);
    }

    // ------------------------------------------------------------------ typed access

    private MapNode map(Node n, String field, Set<String> allowed) {
        if (!(n instanceof MapNode m)) {
            throw error(n, field, "expected a mapping (key: value lines)");
        }
        for (String key : m.entries().keySet()) {
            if (!allowed.contains(key)) {
                String sub = field.equals("(document)") ? key : field + "." + key;
                throw error(m.entries().get(key), sub, "unknown field; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
        return m;
    }

    private static String path(String parent, String key) {
        return parent.equals("(document)") ? key : parent + "." + key;
    }

    private String string(MapNode m, String parent, String key, boolean required) {
        Node n = m.entries().get(key);
        if (n == null || (n instanceof Scalar s && s.text() == null)) {
            if (required) {
                throw error(m, path(parent, key), "missing");
            }
            return null;
        }
        if (!(n instanceof Scalar s)) {
            throw error(n, path(parent, key), "expected a single value");
        }
        return s.text();
    }

    private Integer integer(MapNode m, String parent, String key) {
        String s = string(m, parent, key, false);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw error(m.entries().get(key), path(parent, key), "expected a whole number; got \"" + s + "\"");
        }
    }

    private Boolean bool(MapNode m, String parent, String key) {
        String s = string(m, parent, key, false);
        if (s == null) {
            return null;
        }
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        throw error(m.entries().get(key), path(parent, key), "expected true or false; got \"" + s + "\"");
    }

    private List<Node> list(MapNode m, String parent, String key) {
        Node n = m.entries().get(key);
        if (n == null || (n instanceof Scalar s && s.text() == null)) {
            return List.of();
        }
        if (!(n instanceof ListNode l)) {
            throw error(n, path(parent, key), "expected a list");
        }
        return l.items();
    }

    // ------------------------------------------------------------------ the schema

    private Topology topology(MapNode root) {
        Topology.Builder b = Topology.named(string(root, "(document)", "name", true));
        String prefix = string(root, "(document)", "prefix", false);
        if (prefix != null) {
            b.prefix(prefix);
        }
        Node nss = root.entries().get("namespaces");
        if (nss == null) {
            throw error(root, "namespaces", "missing");
        }
        MapNode namespaces = map(nss, "namespaces", ((MapNode) (nss instanceof MapNode ? nss : root)).entries().keySet());
        for (Map.Entry<String, Node> e : namespaces.entries().entrySet()) {
            String at = "namespaces." + e.getKey();
            Node body = e.getValue();
            MapNode ns = body instanceof Scalar s && s.text() == null ? new MapNode(Map.of(), body.at())
                    : map(body, at, NAMESPACE);
            b.namespace(e.getKey(), nb -> namespace(nb, e.getKey(), ns, at));
        }
        return b.build();
    }

    private void namespace(Topology.NamespaceBuilder nb, String name, MapNode ns, String at) {
        String lo = string(ns, at, "lo", false);
        if (lo != null && !lo.equals("up") && !lo.equals("down")) {
            throw error(ns.entries().get("lo"), at + ".lo", "up or down; got \"" + lo + "\"");
        }
        if ("up".equals(lo)) {
            nb.loopbackUp();
        }
        Node sys = ns.entries().get("sysctls");
        if (sys != null) {
            MapNode m = map(sys, at + ".sysctls", ((MapNode) (sys instanceof MapNode ? sys : ns)).entries().keySet());
            for (String key : m.entries().keySet()) {
                nb.sysctl(key, string(m, at + ".sysctls", key, true));
            }
        }
        List<Node> links = list(ns, at, "links");
        for (int i = 0; i < links.size(); i++) {
            nb.link(link(name, links.get(i), at + ".links[" + i + "]"));
        }
        List<Node> routes = list(ns, at, "routes");
        for (int i = 0; i < routes.size(); i++) {
            String rat = at + ".routes[" + i + "]";
            MapNode r = map(routes.get(i), rat, ROUTE);
            String to = string(r, rat, "to", true);
            try {
                nb.route(to, string(r, rat, "via", false), string(r, rat, "dev", false));
            } catch (IllegalArgumentException e) {
                throw error(r.entries().get("to"), rat + ".to", "default or a prefix like 10.0.0.0/8; " + e.getMessage());
            }
        }
        List<Node> neighbours = list(ns, at, "neighbours");
        for (int i = 0; i < neighbours.size(); i++) {
            String nat = at + ".neighbours[" + i + "]";
            MapNode n = map(neighbours.get(i), nat, NEIGHBOUR);
            nb.neighbour(string(n, nat, "address", true), string(n, nat, "lladdr", true), string(n, nat, "dev", true));
        }
        List<Node> nats = list(ns, at, "nat");
        for (int i = 0; i < nats.size(); i++) {
            String nat = at + ".nat[" + i + "]";
            MapNode n = map(nats.get(i), nat, NAT);
            String subnet = string(n, nat, "subnet", false);
            if (subnet != null) {
                try {
                    Prefix.parse(subnet);
                } catch (IllegalArgumentException e) {
                    throw error(n.entries().get("subnet"), nat + ".subnet", "an IPv4 prefix, e.g. 172.17.0.0/16; got \""
                            + subnet + "\"");
                }
            }
            List<NatDef.Port> ports = new ArrayList<>();
            List<Node> pnodes = list(n, nat, "ports");
            for (int j = 0; j < pnodes.size(); j++) {
                String pat = nat + ".ports[" + j + "]";
                MapNode p = map(pnodes.get(j), pat, PORT);
                ports.add(new NatDef.Port(string(p, pat, "port", true), string(p, pat, "to", true)));
            }
            nb.nat(string(n, nat, "bridge", true), subnet, ports);
        }
    }

    private LinkDef link(String ns, Node node, String at) {
        if (!(node instanceof MapNode raw)) {
            throw error(node, at, "expected a mapping (name:, kind:, ...)");
        }
        String kind = string(raw, at, "kind", true);
        Set<String> own = KIND.get(kind);
        if (own == null) {
            throw error(raw.entries().get("kind"), at + ".kind", "one of " + new java.util.TreeSet<>(KIND.keySet())
                    + "; got \"" + kind + "\"");
        }
        Set<String> allowed = new java.util.HashSet<>(IFACE);
        allowed.addAll(own);
        MapNode m = map(raw, at, allowed);
        Iface self = iface(ns, m, at, true);
        switch (kind) {
            case "veth": {
                Node p = m.entries().get("peer");
                if (p == null) {
                    throw error(m, at + ".peer", "missing: a veth has a peer {namespace:, name:}");
                }
                MapNode peer = map(p, at + ".peer", PEER);
                String peerNs = string(peer, at + ".peer", "namespace", false);
                return new LinkDef.VethPair(self, iface(peerNs == null ? ns : peerNs, peer, at + ".peer", true));
            }
            case "bridge":
                return new LinkDef.BridgeLink(self, bool(m, at, "stp"));
            case "macvlan": {
                Node p = m.entries().get("parent");
                String parentNs = ns;
                String parent;
                if (p instanceof MapNode pm) {
                    map(pm, at + ".parent", Set.of("namespace", "name"));
                    parentNs = string(pm, at + ".parent", "namespace", true);
                    parent = string(pm, at + ".parent", "name", true);
                } else {
                    parent = string(m, at, "parent", true);
                }
                String mode = string(m, at, "mode", false);
                return new LinkDef.MacvlanLink(self, parentNs, parent, mode == null ? "bridge" : mode);
            }
            default: {
                Integer vni = integer(m, at, "vni");
                if (vni == null) {
                    throw error(m, at + ".vni", "missing");
                }
                return new LinkDef.VxlanLink(self, vni, string(m, at, "remote", false), string(m, at, "local", false),
                        string(m, at, "dev", false),
                        integer(m, at, "dstport"), bool(m, at, "learning"));
            }
        }
    }

    private Iface iface(String ns, MapNode m, String at, boolean nameRequired) {
        String name = string(m, at, "name", nameRequired);
        Boolean up = bool(m, at, "up");
        List<Prefix> addresses = new ArrayList<>();
        List<Node> addrs = list(m, at, "addresses");
        for (int i = 0; i < addrs.size(); i++) {
            String aat = at + ".addresses[" + i + "]";
            if (!(addrs.get(i) instanceof Scalar s) || s.text() == null) {
                throw error(addrs.get(i), aat, "expected an address with its length, like 10.0.0.1/24");
            }
            try {
                Prefix p = Prefix.parse(s.text());
                if (!s.text().contains("/")) {
                    throw new IllegalArgumentException("no prefix length");
                }
                addresses.add(p);
            } catch (IllegalArgumentException e) {
                throw error(s, aat, "expected an address with its length, like 10.0.0.1/24; got \"" + s.text() + "\"");
            }
        }
        Map<String, Object> shaping = new LinkedHashMap<>();
        Node sh = m.entries().get("shaping");
        if (sh instanceof MapNode sm) {
            sm.entries().forEach((k, v) -> shaping.put(k, v instanceof Scalar s ? s.text() : v.toString()));
        } else if (sh != null) {
            throw error(sh, at + ".shaping", "expected a mapping, e.g. {delay: 10ms}");
        }
        return new Iface(ns, name, integer(m, at, "mtu"), up != null && up, string(m, at, "master", false), addresses,
                shaping);
    }
}

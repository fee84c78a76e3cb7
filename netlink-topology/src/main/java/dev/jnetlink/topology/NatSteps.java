package dev.jnetlink.topology;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.nftables.Nft;
import dev.jnetlink.nftables.RuleHandle;
import dev.jnetlink.nftables.TableFamily;
import dev.jnetlink.nftables.TableSpec;
import dev.jnetlink.nftables.Transaction;
import dev.jnetlink.nftables.codec.Table;
import dev.jnetlink.nftables.publish.PortPublisher;
import dev.jnetlink.nftables.publish.PortSpec;
import dev.jnetlink.nftables.publish.Publication;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nftables part of a topology ({@link NatDef}): what each bridge network's table should hold,
 * checked when the topology is built, and the steps that make a namespace's tables so. A table
 * belongs to the topology by its name ({@link Ownership#natTable}); a publication within it is
 * found by the rule comment {@link PortPublisher} writes.
 */
final class NatSteps {
    private NatSteps() {
    }

    // ------------------------------------------------------------------ the model, checked before any change

    /**
     * @param namespaces every namespace of the topology
     * @param ns the namespace the NAT is declared in
     * @param at its field path, {@code namespaces.NS}
     * @throws TopologyException naming the field
     */
    static void validate(List<NamespaceDef> namespaces, NamespaceDef ns, String at) {
        Set<String> bridges = new TreeSet<>();
        ns.links().stream().filter(l -> l instanceof LinkDef.BridgeLink).forEach(l -> bridges.add(l.self().name()));
        Set<String> tables = new TreeSet<>();
        Map<String, String> hostPorts = new LinkedHashMap<>();
        for (int i = 0; i < ns.nat().size(); i++) {
            NatDef n = ns.nat().get(i);
            String nat = at + ".nat[" + i + "]";
            if (n.bridge() == null || !bridges.contains(n.bridge())) {
                throw new TopologyException(nat + ".bridge", "no bridge " + (n.bridge() == null ? "given"
                        : "\"" + n.bridge() + "\" in namespace " + ns.name()) + "; bridges here: " + bridges);
            }
            Prefix subnet;
            try {
                subnet = subnet(ns, n);
            } catch (IllegalArgumentException e) {
                throw new TopologyException(nat + ".subnet", e.getMessage());
            }
            if (!tables.add(n.bridge() + " " + subnet)) {
                throw new TopologyException(nat, "bridge " + n.bridge() + " and subnet " + subnet + " given twice");
            }
            for (int j = 0; j < n.ports().size(); j++) {
                NatDef.Port p = n.ports().get(j);
                String port = nat + ".ports[" + j + "]";
                PortSpec spec;
                try {
                    spec = spec(p);
                } catch (IllegalArgumentException e) {
                    throw new TopologyException(port + ".port", e.getMessage());
                }
                try {
                    target(namespaces, subnet, p.to());
                } catch (IllegalArgumentException e) {
                    throw new TopologyException(port + ".to", e.getMessage());
                }
                String key = spec.hostPort() + "/" + spec.protocol();
                String clash = hostPorts.get(key);
                if (clash != null && (spec.hostAddress() == null || clash.isEmpty() || clash.equals(
                        IpAddresses.format(spec.hostAddress())))) {
                    throw new TopologyException(port + ".port", "host port " + key + " is published twice");
                }
                hostPorts.put(key, spec.hostAddress() == null ? "" : IpAddresses.format(spec.hostAddress()));
            }
        }
    }

    /**
     * @param p a published port
     * @return its {@code docker run -p} spec
     * @throws IllegalArgumentException if it is not one, or has no host port
     */
    static PortSpec spec(NatDef.Port p) {
        if (p.port() == null) {
            throw new IllegalArgumentException("missing: HOSTPORT:PORT[/tcp|udp], e.g. 8080:80");
        }
        PortSpec spec = PortSpec.parse(p.port());
        if (spec.hostPort() == null) {
            throw new IllegalArgumentException("\"" + p.port() + "\" has no host port: a topology publishes fixed "
                    + "ports (HOSTPORT:PORT), so that applying it again changes nothing");
        }
        return spec;
    }

    /**
     * @param ns the namespace
     * @param n its NAT
     * @return the subnet given, or that of the bridge's first IPv4 address
     * @throws IllegalArgumentException if there is none, or it is not IPv4
     */
    static Prefix subnet(NamespaceDef ns, NatDef n) {
        if (n.subnet() != null) {
            if (!(n.subnet().address() instanceof Inet4Address)) {
                throw new IllegalArgumentException("an IPv4 prefix, e.g. 172.17.0.0/16; got " + n.subnet());
            }
            return n.subnet().network();
        }
        return ns.links().stream().filter(l -> l.self().name().equals(n.bridge())).flatMap(l -> l.self().addresses()
                .stream()).filter(p -> p.address() instanceof Inet4Address).findFirst().map(Prefix::network)
                .orElseThrow(() -> new IllegalArgumentException("missing, and bridge " + n.bridge()
                        + " has no IPv4 address to take it from"));
    }

    /**
     * @param namespaces every namespace of the topology
     * @param subnet the bridge's subnet
     * @param to a namespace's name or an IPv4 address
     * @return the address the port is DNATed to
     * @throws IllegalArgumentException if the namespace has not exactly one address in the subnet,
     *     or the address is not in it
     */
    static InetAddress target(List<NamespaceDef> namespaces, Prefix subnet, String to) {
        if (to == null) {
            throw new IllegalArgumentException("missing: a namespace of the topology, or an address in " + subnet);
        }
        if (namespaces.stream().anyMatch(n -> n.name().equals(to))) {
            List<InetAddress> in = new ArrayList<>();
            for (NamespaceDef n : namespaces) {
                for (LinkDef l : n.links()) {
                    List<Iface> ends = l instanceof LinkDef.VethPair v ? List.of(l.self(), v.peer()) : List.of(l.self());
                    ends.stream().filter(i -> i.namespace().equals(to)).flatMap(i -> i.addresses().stream())
                            .map(Prefix::address).filter(subnet::contains).forEach(in::add);
                }
            }
            if (in.size() != 1) {
                throw new IllegalArgumentException("namespace " + to + " has " + (in.isEmpty() ? "no address" : in.size()
                        + " addresses") + " in " + subnet + "; give the address instead");
            }
            return in.get(0);
        }
        InetAddress a;
        try {
            a = IpAddresses.parse(to);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + to + "\" is neither a namespace of the topology nor an address");
        }
        if (!(a instanceof Inet4Address) || !subnet.contains(a)) {
            throw new IllegalArgumentException(to + " is not in the bridge's subnet " + subnet);
        }
        return a;
    }

    // ------------------------------------------------------------------ planning

    /**
     * Adds the steps that make the namespace's NAT tables what the topology says: tables and
     * publications created ({@link Phase#NAT}, removals of publications first, so a host port can
     * move), owned tables no longer declared deleted ({@link Phase#REMOVALS}).
     *
     * @param t the topology
     * @param s the session
     * @param ns the namespace
     * @param exists whether it exists now (false: created by this plan, no table yet)
     * @param steps where the steps go
     */
    static void plan(Topology t, Session s, NamespaceDef ns, boolean exists, List<Step> steps) {
        List<String> owned = new ArrayList<>();
        if (exists) {
            String prefix = Ownership.natTablePrefix(t.name());
            for (Table table : s.nft(ns.name()).listTables()) {
                if (table.family() == TableFamily.IP.number() && table.name().startsWith(prefix)) {
                    owned.add(table.name());
                }
            }
        }
        List<Step> creates = new ArrayList<>();
        for (NatDef n : ns.nat()) {
            Prefix subnet = subnet(ns, n);
            String table = Ownership.natTable(t.name(), n.bridge(), subnet);
            Map<String, Publication> live = new LinkedHashMap<>();
            if (owned.remove(table)) {
                publisher(s, ns.name(), n.bridge(), subnet, table).publications().values()
                        .forEach(ps -> ps.forEach(p -> live.put(key(p), p)));
            } else {
                creates.add(createTable(t, ns.name(), n.bridge(), subnet, table));
            }
            for (NatDef.Port port : n.ports()) {
                PortSpec spec = spec(port);
                InetAddress to = target(t.namespaces(), subnet, port.to());
                Publication want = new Publication(port.to(), to, spec.containerPort(), spec.protocol(),
                        spec.hostAddress(), spec.hostPort(), List.of());
                if (live.remove(key(want)) == null) {
                    creates.add(publish(t, ns.name(), n.bridge(), subnet, table, want));
                }
            }
            for (Publication gone : live.values()) {
                steps.add(unpublish(t, ns.name(), n.bridge(), subnet, table, gone));
            }
        }
        steps.addAll(creates);
        for (String table : owned) {
            steps.add(deleteTable(t, ns.name(), table));
        }
    }

    /** @return what identifies a publication: its container, ports, protocol and addresses */
    private static String key(Publication p) {
        return p.container() + " " + p + " " + IpAddresses.format(p.containerAddress());
    }

    private static PortPublisher publisher(Session s, String ns, String bridge, Prefix subnet, String table) {
        return PortPublisher.open(s.nft(ns), bridge, subnet.toString(), table);
    }

    private static String nft(Topology t, String ns) {
        return "ip netns exec " + t.nsName(ns) + " nft ";
    }

    private static Step createTable(Topology t, String ns, String bridge, Prefix subnet, String table) {
        return new Step(Phase.NAT, Step.Change.CREATE, nft(t, ns) + "add table ip " + table,
                "chains prerouting, output, postrouting, docker; masquerade ip saddr " + subnet + " oifname != \""
                        + bridge + "\"",
                x -> {
                    publisher(x, ns, bridge, subnet, table);
                    return y -> deleteTable(y.nft(ns), table);
                });
    }

    private static Step deleteTable(Topology t, String ns, String table) {
        return new Step(Phase.REMOVALS, Step.Change.DELETE, nft(t, ns) + "delete table ip " + table,
                "owned, no longer declared", x -> {
                    // what it held, to make it again if a later step is refused
                    String rest = table.substring(Ownership.natTablePrefix(x.topology().name()).length());
                    int cut = rest.lastIndexOf('-');
                    String bridge = rest.substring(0, cut);
                    Prefix subnet = Prefix.parse(rest.substring(cut + 1));
                    List<Publication> had = new ArrayList<>();
                    publisher(x, ns, bridge, subnet, table).publications().values().forEach(had::addAll);
                    deleteTable(x.nft(ns), table);
                    return y -> {
                        PortPublisher p = publisher(y, ns, bridge, subnet, table);
                        had.forEach(h -> p.publish(h.container(), IpAddresses.format(h.containerAddress()), specOf(h)));
                    };
                });
    }

    private static void deleteTable(Nft nft, String table) {
        nft.transaction().delete(TableSpec.ip(table)).commit();
    }

    private static Step publish(Topology t, String ns, String bridge, Prefix subnet, String table, Publication p) {
        String match = "iifname != \"" + bridge + "\"" + (p.hostAddress() == null ? ""
                : " ip daddr " + IpAddresses.format(p.hostAddress())) + " " + p.protocol() + " dport " + p.hostPort();
        String cmd = nft(t, ns) + "add rule ip " + table + " docker " + match + " dnat to "
                + IpAddresses.format(p.containerAddress()) + ":" + p.containerPort();
        return new Step(Phase.NAT, Step.Change.CREATE, cmd, p.container() + " " + p + ", and its hairpin masquerade",
                x -> {
                    Publication made = publisher(x, ns, bridge, subnet, table).publish(p.container(),
                            IpAddresses.format(p.containerAddress()), specOf(p));
                    return y -> deleteRules(y.nft(ns), made.rules());
                });
    }

    private static Step unpublish(Topology t, String ns, String bridge, Prefix subnet, String table, Publication p) {
        String cmd = nft(t, ns) + "delete rule ip " + table + " docker handle " + p.rules().stream()
                .filter(h -> h.chain().equals("docker")).map(h -> String.valueOf(h.handle())).findFirst().orElse("?");
        return new Step(Phase.NAT, Step.Change.DELETE, cmd, p.container() + " " + p + " (and its hairpin masquerade), "
                + "no longer declared", x -> {
                    PortPublisher pub = publisher(x, ns, bridge, subnet, table);
                    Publication now = pub.publications().getOrDefault(p.container(), List.of()).stream()
                            .filter(q -> key(q).equals(key(p))).findFirst().orElse(null);
                    if (now == null) {
                        return y -> { }; // gone meanwhile
                    }
                    deleteRules(x.nft(ns), now.rules());
                    return y -> publisher(y, ns, bridge, subnet, table).publish(p.container(),
                            IpAddresses.format(p.containerAddress()), specOf(p));
                });
    }

    private static void deleteRules(Nft nft, List<RuleHandle> rules) {
        Transaction tx = nft.transaction();
        rules.forEach(tx::delete);
        tx.commit();
    }

    private static PortSpec specOf(Publication p) {
        return new PortSpec(p.hostAddress(), p.hostPort(), p.containerPort(), p.protocol());
    }
}

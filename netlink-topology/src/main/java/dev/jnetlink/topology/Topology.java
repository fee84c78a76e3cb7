package dev.jnetlink.topology;

import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.link.kind.MacvlanMode;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.InterfaceNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A network described once: named namespaces and what is in them, owned by the topology's
 * {@link #name()}. Built with {@link #named(String)} or read from a file ({@link TopologyReader});
 * validated when built, before anything touches the kernel.
 *
 * <pre>{@code
 * Topology s1 = Topology.named("s1")
 *         .namespace("r1", ns -> ns.veth("veth1.1", v -> v.address("10.1.0.101/24").up(),
 *                 "r2", "eth0", p -> p.address("10.1.0.102/24").up()))
 *         .namespace("r2", ns -> { })
 *         .build();
 * }</pre>
 *
 * @param name the owner's name: every object applied is marked with it, and {@code destroy}
 *     removes exactly what carries it
 * @param prefix put before every namespace's name ({@code ip netns add PREFIX+NAME}); may be empty
 * @param namespaces the namespaces, in the order they are created
 */
public record Topology(String name, String prefix, List<NamespaceDef> namespaces) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Copies the list and validates; see {@link #validate}. */
    public Topology {
        namespaces = List.copyOf(namespaces);
        validate(name, prefix, namespaces);
    }

    /**
     * @param name the topology's name (letters, digits, {@code . _ -}; at most 64)
     * @return a builder
     */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /**
     * @param topologyName a namespace's name in the topology
     * @return its real name ({@code ip netns list})
     */
    public String nsName(String topologyName) {
        return prefix + topologyName;
    }

    /**
     * @param nsName a namespace's name in the topology
     * @return it, or null
     */
    public NamespaceDef namespace(String nsName) {
        return namespaces.stream().filter(n -> n.name().equals(nsName)).findFirst().orElse(null);
    }

    /** @return this topology with another prefix (e.g. to apply it twice on one machine) */
    public Topology withPrefix(String newPrefix) {
        return new Topology(name, newPrefix, namespaces);
    }

    /** @return this topology under another owner's name */
    public Topology withName(String newName) {
        return new Topology(newName, prefix, namespaces);
    }

    /** @return every interface, links' own and veth peers, in declaration order */
    public List<Iface> interfaces() {
        List<Iface> all = new ArrayList<>();
        for (NamespaceDef ns : namespaces) {
            for (LinkDef l : ns.links()) {
                all.add(l.self());
                if (l instanceof LinkDef.VethPair v) {
                    all.add(v.peer());
                }
            }
        }
        return all;
    }

    // ------------------------------------------------------------------ validation

    private static void validate(String name, String prefix, List<NamespaceDef> namespaces) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new TopologyException("name", "must be 1 to 64 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit; got " + quote(name));
        }
        if (prefix == null) {
            throw new TopologyException("prefix", "must not be null (use \"\")");
        }
        Map<String, Map<String, Iface>> ifaces = new LinkedHashMap<>();
        Map<String, Set<String>> bridges = new LinkedHashMap<>();
        for (NamespaceDef ns : namespaces) {
            String at = "namespaces." + ns.name();
            try {
                NetNs.validateName(prefix + ns.name());
            } catch (IllegalArgumentException e) {
                throw new TopologyException(at, e.getMessage());
            }
            if (ifaces.put(ns.name(), new LinkedHashMap<>()) != null) {
                throw new TopologyException(at, "namespace declared twice");
            }
            bridges.put(ns.name(), new HashSet<>());
        }
        for (NamespaceDef ns : namespaces) {
            for (int i = 0; i < ns.links().size(); i++) {
                LinkDef l = ns.links().get(i);
                String at = "namespaces." + ns.name() + ".links[" + i + "]";
                declare(ifaces, at, l.self(), ns.name());
                if (l instanceof LinkDef.BridgeLink) {
                    bridges.get(ns.name()).add(l.self().name());
                }
                if (l instanceof LinkDef.VethPair v) {
                    if (!ifaces.containsKey(v.peer().namespace())) {
                        throw new TopologyException(at + ".peer.namespace", "no namespace "
                                + quote(v.peer().namespace()) + " in this topology");
                    }
                    declare(ifaces, at + ".peer", v.peer(), v.peer().namespace());
                }
            }
        }
        for (NamespaceDef ns : namespaces) {
            for (int i = 0; i < ns.links().size(); i++) {
                LinkDef l = ns.links().get(i);
                String at = "namespaces." + ns.name() + ".links[" + i + "]";
                checkMaster(bridges, at, l.self());
                if (l instanceof LinkDef.VethPair v) {
                    checkMaster(bridges, at + ".peer", v.peer());
                } else if (l instanceof LinkDef.MacvlanLink m) {
                    Map<String, Iface> there = ifaces.get(m.parentNamespace());
                    if (there == null) {
                        throw new TopologyException(at + ".parent", "no namespace " + quote(m.parentNamespace())
                                + " in this topology");
                    }
                    if (!there.containsKey(m.parent())) {
                        throw new TopologyException(at + ".parent", "no link " + quote(m.parent()) + " in namespace "
                                + m.parentNamespace());
                    }
                    if (macvlanMode(m.mode()) == null) {
                        throw new TopologyException(at + ".mode", "one of private, vepa, bridge, passthru, source; got "
                                + quote(m.mode()));
                    }
                } else if (l instanceof LinkDef.VxlanLink x) {
                    if (x.vni() < 0 || x.vni() > 0xffffff) {
                        throw new TopologyException(at + ".vni", "0 to 16777215; got " + x.vni());
                    }
                    if (x.dev() != null && !ifaces.get(ns.name()).containsKey(x.dev())) {
                        throw new TopologyException(at + ".dev", "no link " + quote(x.dev()) + " in namespace " + ns.name());
                    }
                    if (x.remote() != null) {
                        address(at + ".remote", x.remote());
                    }
                    if (x.local() != null) {
                        address(at + ".local", x.local());
                    }
                }
            }
            for (int i = 0; i < ns.routes().size(); i++) {
                RouteDef r = ns.routes().get(i);
                String at = "namespaces." + ns.name() + ".routes[" + i + "]";
                if (r.dev() != null) {
                    knownDevice(ifaces.get(ns.name()), at + ".dev", r.dev(), ns.name());
                }
                if (r.via() == null && r.dev() == null) {
                    throw new TopologyException(at, "needs via, dev or both");
                }
                if (r.via() != null) {
                    address(at + ".via", r.via());
                }
            }
            NatSteps.validate(namespaces, ns, "namespaces." + ns.name());
            for (int i = 0; i < ns.neighbours().size(); i++) {
                NeighbourDef n = ns.neighbours().get(i);
                String at = "namespaces." + ns.name() + ".neighbours[" + i + "]";
                knownDevice(ifaces.get(ns.name()), at + ".dev", n.dev(), ns.name());
                address(at + ".address", n.address());
                if (n.lladdr() == null || !n.lladdr().matches("(?i)[0-9a-f]{2}(:[0-9a-f]{2}){5}")) {
                    throw new TopologyException(at + ".lladdr", "a MAC address like 02:42:ac:11:00:02; got "
                            + quote(n.lladdr()));
                }
            }
        }
    }

    private static void declare(Map<String, Map<String, Iface>> ifaces, String at, Iface iface, String expectedNs) {
        if (!iface.namespace().equals(expectedNs)) {
            throw new TopologyException(at, "interface declared in " + expectedNs + " but names namespace "
                    + iface.namespace());
        }
        try {
            InterfaceNames.validate(iface.name());
        } catch (IllegalArgumentException e) {
            throw new TopologyException(at + ".name", e.getMessage());
        }
        if (iface.name().equals("lo")) {
            throw new TopologyException(at + ".name", "lo exists in every namespace; say `lo: up` on the namespace");
        }
        if (ifaces.get(expectedNs).put(iface.name(), iface) != null) {
            throw new TopologyException(at + ".name", "a link named " + iface.name() + " is already declared in "
                    + "namespace " + expectedNs);
        }
        if (iface.mtu() != null && (iface.mtu() < 68 || iface.mtu() > 65535)) {
            throw new TopologyException(at + ".mtu", "68 to 65535; got " + iface.mtu());
        }
        try {
            Shaping.of(iface.shaping());
        } catch (TopologyException e) {
            throw new TopologyException(at + "." + e.field(), e.problem());
        }
        Set<Prefix> seen = new HashSet<>();
        for (Prefix p : iface.addresses()) {
            if (!seen.add(p)) {
                throw new TopologyException(at + ".addresses", p + " listed twice");
            }
        }
    }

    private static void checkMaster(Map<String, Set<String>> bridges, String at, Iface iface) {
        if (iface.master() != null && !bridges.get(iface.namespace()).contains(iface.master())) {
            throw new TopologyException(at + ".master", "no bridge " + quote(iface.master()) + " in namespace "
                    + iface.namespace());
        }
    }

    private static void knownDevice(Map<String, Iface> ifaces, String at, String dev, String ns) {
        if (dev == null || !(dev.equals("lo") || ifaces.containsKey(dev))) {
            throw new TopologyException(at, "no link " + quote(dev) + " in namespace " + ns);
        }
    }

    private static void address(String at, String text) {
        try {
            Prefix p = Prefix.parse(text);
            if (!p.isHost()) {
                throw new TopologyException(at, "an address, not a prefix; got " + text);
            }
        } catch (TopologyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TopologyException(at, "not an IP address: " + quote(text));
        }
    }

    static MacvlanMode macvlanMode(String mode) {
        for (MacvlanMode m : MacvlanMode.values()) {
            if (m.ipName().equals(mode)) {
                return m;
            }
        }
        return null;
    }

    private static String quote(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }

    // ------------------------------------------------------------------ builders

    /** Builds a {@link Topology}; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private String prefix = "";
        private final List<NamespaceDef> namespaces = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * @param p put before every namespace's name
         * @return this
         */
        public Builder prefix(String p) {
            this.prefix = p;
            return this;
        }

        /**
         * Declares a namespace ({@code ip netns add PREFIX+NAME}) and what is in it.
         *
         * @param nsName its name in the topology
         * @param body fills it
         * @return this
         */
        public Builder namespace(String nsName, Consumer<NamespaceBuilder> body) {
            NamespaceBuilder b = new NamespaceBuilder(nsName);
            body.accept(b);
            namespaces.add(b.build());
            return this;
        }

        /** @return the topology, validated */
        public Topology build() {
            return new Topology(name, prefix, namespaces);
        }
    }

    /** Builds a {@link NamespaceDef}. */
    public static final class NamespaceBuilder {
        private final String name;
        private boolean loopbackUp;
        private final Map<String, String> sysctls = new TreeMap<>();
        private final List<LinkDef> links = new ArrayList<>();
        private final List<RouteDef> routes = new ArrayList<>();
        private final List<NeighbourDef> neighbours = new ArrayList<>();
        private final List<NatDef> nat = new ArrayList<>();

        private NamespaceBuilder(String name) {
            this.name = name;
        }

        /** @return this, with {@code lo} up ({@code ip -n NS link set lo up}) */
        public NamespaceBuilder loopbackUp() {
            loopbackUp = true;
            return this;
        }

        /**
         * @param key e.g. {@code net.ipv4.ip_forward} ({@code sysctl -w KEY=VALUE} inside)
         * @param value its value
         * @return this
         */
        public NamespaceBuilder sysctl(String key, String value) {
            sysctls.put(key, value);
            return this;
        }

        /**
         * A veth pair: {@code ip link add NAME type veth peer name PEER netns PEERNS}.
         *
         * @param linkName this end's name
         * @param self this end's settings
         * @param peerNs the peer's namespace (may be this one)
         * @param peerName the peer's name
         * @param peer the peer's settings
         * @return this
         */
        public NamespaceBuilder veth(String linkName, Consumer<IfaceBuilder> self, String peerNs, String peerName,
                Consumer<IfaceBuilder> peer) {
            links.add(new LinkDef.VethPair(iface(name, linkName, self), iface(peerNs, peerName, peer)));
            return this;
        }

        /**
         * A bridge: {@code ip link add NAME type bridge}.
         *
         * @param linkName its name
         * @param self its settings
         * @return this
         */
        public NamespaceBuilder bridge(String linkName, Consumer<IfaceBuilder> self) {
            links.add(new LinkDef.BridgeLink(iface(name, linkName, self), null));
            return this;
        }

        /**
         * A macvlan: {@code ip -n PARENTNS link add NAME link PARENT type macvlan mode MODE netns NS}.
         *
         * @param linkName its name
         * @param parentNs the parent's namespace
         * @param parent the parent
         * @param mode e.g. {@code bridge}
         * @param self its settings
         * @return this
         */
        public NamespaceBuilder macvlan(String linkName, String parentNs, String parent, String mode,
                Consumer<IfaceBuilder> self) {
            links.add(new LinkDef.MacvlanLink(iface(name, linkName, self), parentNs, parent, mode));
            return this;
        }

        /**
         * A VXLAN device: {@code ip link add NAME type vxlan id VNI remote IP local IP dev DEV dstport P}.
         *
         * @param linkName its name
         * @param vni its VNI
         * @param remote the remote end, or null
         * @param local this end's address, or null
         * @param dev the underlay device, or null
         * @param dstPort the UDP port, or null
         * @param self its settings
         * @return this
         */
        public NamespaceBuilder vxlan(String linkName, int vni, String remote, String local, String dev,
                Integer dstPort, Consumer<IfaceBuilder> self) {
            links.add(new LinkDef.VxlanLink(iface(name, linkName, self), vni, remote, local, dev, dstPort, null));
            return this;
        }

        /**
         * @param link a link made elsewhere (e.g. by a reader)
         * @return this
         */
        public NamespaceBuilder link(LinkDef link) {
            links.add(link);
            return this;
        }

        /**
         * A route: {@code ip route add TO [via VIA] [dev DEV]}.
         *
         * @param to {@code default} or a prefix
         * @param via the gateway, or null
         * @param dev the device, or null
         * @return this
         */
        public NamespaceBuilder route(String to, String via, String dev) {
            routes.add(new RouteDef(parseDestination(to), via, dev));
            return this;
        }

        /**
         * A permanent neighbour: {@code ip neigh add ADDRESS lladdr MAC dev DEV nud permanent}.
         *
         * @param address the IP address
         * @param lladdr the MAC
         * @param dev the device
         * @return this
         */
        public NamespaceBuilder neighbour(String address, String lladdr, String dev) {
            neighbours.add(new NeighbourDef(address, lladdr, dev));
            return this;
        }

        /**
         * NAT for a bridge network of this namespace, as {@code dockerd} sets it up: the
         * masquerade of the subnet ({@code nft add rule ip T postrouting ip saddr SUBNET oifname
         * != BRIDGE masquerade}) and published ports ({@code docker run -p}).
         *
         * @param bridge a bridge of this namespace
         * @param subnet the subnet, or null for that of the bridge's first IPv4 address
         * @param ports published ports, {@code 8080:80/tcp} to a namespace's name or an address
         * @return this
         */
        public NamespaceBuilder nat(String bridge, String subnet, List<NatDef.Port> ports) {
            nat.add(new NatDef(bridge, subnet == null ? null : Prefix.parse(subnet), ports));
            return this;
        }

        private static Iface iface(String ns, String name, Consumer<IfaceBuilder> body) {
            IfaceBuilder b = new IfaceBuilder(ns, name);
            body.accept(b);
            return b.build();
        }

        NamespaceDef build() {
            return new NamespaceDef(name, loopbackUp, sysctls, links, routes, neighbours, nat);
        }
    }

    /**
     * @param to {@code default} or a prefix
     * @return the destination
     */
    static Prefix parseDestination(String to) {
        if ("default".equals(to)) {
            return Prefix.parse("0.0.0.0/0");
        }
        Prefix p = Prefix.parse(to);
        return p.hasHostBits() ? p.network() : p;
    }

    /** Builds an {@link Iface}. */
    public static final class IfaceBuilder {
        private final String namespace;
        private final String name;
        private Integer mtu;
        private boolean up;
        private String master;
        private final List<Prefix> addresses = new ArrayList<>();
        private final Map<String, Object> shaping = new LinkedHashMap<>();

        IfaceBuilder(String namespace, String name) {
            this.namespace = namespace;
            this.name = name;
        }

        /**
         * @param bytes the MTU ({@code ip link set NAME mtu N})
         * @return this
         */
        public IfaceBuilder mtu(int bytes) {
            mtu = bytes;
            return this;
        }

        /** @return this, up ({@code ip link set NAME up}) */
        public IfaceBuilder up() {
            up = true;
            return this;
        }

        /**
         * @param isUp whether it is up
         * @return this
         */
        public IfaceBuilder up(boolean isUp) {
            up = isUp;
            return this;
        }

        /**
         * @param bridge the bridge it is a port of ({@code ip link set NAME master BRIDGE})
         * @return this
         */
        public IfaceBuilder master(String bridge) {
            master = bridge;
            return this;
        }

        /**
         * @param prefix an address with its length ({@code ip addr add PREFIX dev NAME})
         * @return this
         */
        public IfaceBuilder address(String prefix) {
            addresses.add(Prefix.parse(prefix));
            return this;
        }

        /**
         * Link shaping, handed to the {@link LinkShaper} that knows the key.
         *
         * @param key e.g. {@code delay}
         * @param value e.g. {@code 10ms}
         * @return this
         */
        public IfaceBuilder shaping(String key, Object value) {
            shaping.put(key, value);
            return this;
        }

        Iface build() {
            return new Iface(namespace, name, mtu, up, master, addresses, shaping);
        }
    }
}

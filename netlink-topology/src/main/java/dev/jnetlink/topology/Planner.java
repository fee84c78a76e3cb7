package dev.jnetlink.topology;

import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.codec.neigh.NeighbourState;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.NeighbourSpec;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NetlinkSocket;
import dev.jnetlink.socket.NotFoundException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Compares a topology with the live state and lists the steps that make the one the other, in
 * dependency order ({@link Phase}). Reads only; changes nothing.
 */
final class Planner {
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int MAIN_TABLE = 254;
    private static final int RTPROT_BOOT = 3;
    private static final int RTPROT_STATIC = 4;
    private static final int RTN_UNICAST = 1;

    private final Topology t;
    private final Session s;
    private final List<LinkShaper> shapers;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    /** Live links per existing owned namespace (absent: created by this plan, empty). */
    private final Map<String, Map<String, Link>> live = new HashMap<>();

    private Planner(Topology t, Session s, List<LinkShaper> shapers) {
        this.t = t;
        this.s = s;
        this.shapers = shapers;
    }

    static Plan plan(Topology t, Session s) throws Exception {
        List<LinkShaper> shapers = new ArrayList<>(List.of(new TcShaper()));
        ServiceLoader.load(LinkShaper.class, Planner.class.getClassLoader()).forEach(shapers::add);
        return new Planner(t, s, shapers).run();
    }

    private Plan run() throws Exception {
        for (Iface i : t.interfaces()) {
            String key = LinkShaper.unhandled(i.shaping(), shapers);
            if (key != null) {
                conflicts.add(i.qualified() + ": shaping key \"" + key + "\" is not one of " + new java.util.TreeSet<>(
                        Shaping.KEYS) + " and no LinkShaper on the class path handles it");
            }
        }
        for (NamespaceDef ns : t.namespaces()) {
            namespace(ns);
        }
        if (conflicts.isEmpty()) {
            for (LinkDef l : LinkSteps.creationOrder(t)) {
                link(l);
            }
            for (NamespaceDef ns : t.namespaces()) {
                contents(ns);
            }
            for (Iface i : t.interfaces()) {
                boolean exists = liveLink(i) != null;
                for (LinkShaper shaper : shapers) {
                    if (exists || i.shaping().keySet().stream().anyMatch(shaper::handles)) {
                        try {
                            steps.addAll(shaper.plan(s, i, exists));
                        } catch (IllegalStateException e) {
                            conflicts.add("link " + i.name() + " in " + t.nsName(i.namespace()) + ": " + e.getMessage());
                        }
                    }
                }
            }
            removals();
        }
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::phase)); // stable: keeps the order within a phase
        return new Plan(t, ordered, conflicts);
    }

    // ------------------------------------------------------------------ namespaces

    private void namespace(NamespaceDef def) {
        String real = t.nsName(def.name());
        String marker = Ownership.marker(t.name());
        boolean emptyEntry = Ownership.isEmptyEntry(real) && Ownership.halfMadeBy(t.name(), real);
        if (!NetNs.exists(real) || emptyEntry) {
            String cmd = "ip netns add " + real + "; ip -n " + real + " link set lo alias " + marker
                    + (def.loopbackUp() ? " up" : "");
            steps.add(new Step(Phase.NAMESPACES, Step.Change.CREATE, cmd,
                    emptyEntry ? "its empty entry, left by an apply that was killed, is removed first" : null, x -> {
                        if (emptyEntry) {
                            NetNs.deleteIfExists(real);
                        }
                        return createNamespace(x, def);
                    }));
            return;
        }
        // the session's client reads the owner and, for an owned namespace, the links: one
        // client (and one thread to open it) per namespace, not two
        Rtnl r;
        String owner;
        try {
            r = s.rtnl(def.name());
            owner = Ownership.ownerOf(r).orElse(null);
        } catch (NetlinkException | IllegalArgumentException e) {
            r = null; // deleted meanwhile, or not a namespace at all
            owner = null;
        }
        boolean halfMade = owner == null && Ownership.halfMadeBy(t.name(), real);
        if (!t.name().equals(owner) && !halfMade) {
            conflicts.add("namespace " + real + " exists and is not this topology's ("
                    + (owner == null ? "unmarked" : "owned by topology " + owner) + "); remove or rename it");
            return;
        }
        if (r == null) {
            r = s.rtnl(def.name());
        }
        Map<String, Link> links = new LinkedHashMap<>();
        for (Link l : r.links().list()) {
            links.put(l.name(), l);
        }
        live.put(def.name(), links);
        if (halfMade) {
            steps.add(new Step(Phase.NAMESPACES, Step.Change.CHANGE, "ip -n " + real + " link set lo alias " + marker,
                    "made by an apply that was interrupted", x -> {
                        x.rtnl(def.name()).links().setAlias("lo", x.marker());
                        return null;
                    }));
        }
        if (links.get("lo").isUp() != def.loopbackUp()) {
            steps.add(upDown(def.name(), "lo", def.loopbackUp()));
        }
    }

    private static Step.Undo createNamespace(Session x, NamespaceDef def) {
        String real = x.real(def.name());
        Ownership.pending(x.topology().name(), real);
        // the client is opened by the thread that makes the namespace: one thread, not two
        x.created(def.name(), NetNs.create(real, () -> Rtnl.over(NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE))));
        Step.Undo undo = y -> {
            y.forget(def.name());
            NetNs.deleteIfExists(real);
        };
        Rtnl r = x.rtnl(def.name());
        r.links().setAlias("lo", x.marker());
        if (def.loopbackUp()) {
            r.links().setUp("lo");
        }
        return undo;
    }

    // ------------------------------------------------------------------ links

    private Link liveLink(Iface i) {
        Map<String, Link> links = live.get(i.namespace());
        return links == null ? null : links.get(i.name());
    }

    private void link(LinkDef l) {
        Iface self = l.self();
        Link now = liveLink(self);
        if (now != null && !Ownership.owns(now, t.name())) {
            conflicts.add("link " + self.name() + " in " + t.nsName(self.namespace()) + " exists and is not this "
                    + "topology's (alias " + (now.alias() == null ? "unset" : "\"" + now.alias() + "\"") + ")");
            return;
        }
        if (now != null && !l.kind().equals(now.kind())) {
            steps.add(new Step(Phase.LINKS, Step.Change.DELETE, "ip -n " + t.nsName(self.namespace()) + " link del "
                    + self.name(), "replaced: it is a " + now.kind() + ", wanted a " + l.kind(), x -> {
                        x.rtnl(self.namespace()).links().delete(self.name());
                        return null;
                    }));
            forgetLive(l);
            now = null;
        }
        if (now == null) {
            steps.add(LinkSteps.create(t, l));
            if (!LinkSteps.setsMaster(l) && self.master() != null) {
                steps.add(master(self, null));
            }
            if (l instanceof LinkDef.VethPair v) {
                Link peerNow = liveLink(v.peer());
                if (peerNow != null) {
                    conflicts.add("link " + v.peer().name() + " in " + t.nsName(v.peer().namespace())
                            + " exists, but its veth peer " + self.name() + " does not; remove it");
                }
                settings(v.peer(), null);
            }
            return;
        }
        settings(self, now);
        if (l instanceof LinkDef.VethPair v) {
            Link peerNow = liveLink(v.peer());
            if (peerNow == null) {
                conflicts.add("veth " + self.name() + " in " + t.nsName(self.namespace()) + " exists but its peer "
                        + v.peer().qualified() + " does not; destroy and apply again");
            } else {
                settings(v.peer(), peerNow);
            }
        }
    }

    private void forgetLive(LinkDef l) {
        Map<String, Link> links = live.get(l.self().namespace());
        links.remove(l.self().name());
        if (l instanceof LinkDef.VethPair v && live.containsKey(v.peer().namespace())) {
            live.get(v.peer().namespace()).remove(v.peer().name());
        }
    }

    /** MTU, master and up/down of an interface; {@code now} null: made by this plan (peer end). */
    private void settings(Iface i, Link now) {
        if (now == null) {
            if (i.master() != null) {
                steps.add(master(i, null));
            }
            if (i.up()) { // its MTU is set in the creating request
                steps.add(upDown(i.namespace(), i.name(), true));
            }
            return;
        }
        if (i.mtu() != null && !i.mtu().equals(now.mtu())) {
            String was = String.valueOf(now.mtu());
            steps.add(new Step(Phase.MTU, Step.Change.CHANGE, in(i) + "link set " + i.name() + " mtu " + i.mtu(),
                    "was " + was, x -> {
                        int old = x.rtnl(i.namespace()).links().get(i.name()).mtu();
                        x.rtnl(i.namespace()).links().setMtu(i.name(), i.mtu());
                        return y -> y.rtnl(i.namespace()).links().setMtu(i.name(), old);
                    }));
        }
        String masterNow = now.master() == null || now.master() == 0 ? null : nameOf(i.namespace(), now.master());
        if (!Objects.equals(masterNow, i.master())) {
            steps.add(master(i, masterNow));
        }
        if (now.isUp() != i.up()) {
            steps.add(upDown(i.namespace(), i.name(), i.up()));
        }
    }

    private String nameOf(String ns, int index) {
        return live.get(ns).values().stream().filter(l -> l.index() == index).map(Link::name).findFirst()
                .orElse("if" + index);
    }

    private Step master(Iface i, String was) {
        String cmd = in(i) + "link set " + i.name() + (i.master() == null ? " nomaster" : " master " + i.master());
        return new Step(Phase.MASTERS, was == null ? Step.Change.CREATE : Step.Change.CHANGE, cmd,
                was == null ? null : "was a port of " + was, x -> {
                    var links = x.rtnl(i.namespace()).links();
                    Link before = links.get(i.name());
                    String old = before.master() == null || before.master() == 0 ? null
                            : links.get(before.master()).name();
                    if (i.master() == null) {
                        links.setNoMaster(i.name());
                    } else {
                        links.setMaster(i.name(), i.master());
                    }
                    return y -> {
                        if (old == null) {
                            y.rtnl(i.namespace()).links().setNoMaster(i.name());
                        } else {
                            y.rtnl(i.namespace()).links().setMaster(i.name(), old);
                        }
                    };
                });
    }

    private Step upDown(String ns, String name, boolean up) {
        return new Step(Phase.UP, Step.Change.CHANGE, "ip -n " + t.nsName(ns) + " link set " + name + (up ? " up" : " down"),
                null, x -> {
                    var links = x.rtnl(ns).links();
                    boolean wasUp = links.get(name).isUp();
                    if (up) {
                        links.setUp(name);
                    } else {
                        links.setDown(name);
                    }
                    return y -> {
                        if (wasUp) {
                            y.rtnl(ns).links().setUp(name);
                        } else {
                            y.rtnl(ns).links().setDown(name);
                        }
                    };
                });
    }

    private String in(Iface i) {
        return "ip -n " + t.nsName(i.namespace()) + " ";
    }

    // ------------------------------------------------------------------ addresses, routes, neighbours, sysctls

    private void contents(NamespaceDef ns) throws Exception {
        boolean exists = live.containsKey(ns.name());
        Rtnl r = exists ? s.rtnl(ns.name()) : null;
        sysctls(ns, r);
        List<Address> addrs = exists ? r.addresses().list() : List.of();
        boolean removed = false;
        for (Iface i : ifacesIn(ns.name())) {
            Link now = liveLink(i);
            Set<Prefix> have = new HashSet<>();
            if (now != null) {
                for (Address a : addrs) {
                    Prefix p = prefixOf(a);
                    if (a.header().index() == now.index() && p != null) {
                        have.add(p);
                    }
                }
            }
            for (Prefix p : have) {
                if (!i.addresses().contains(p)) {
                    steps.add(address(i, p, false));
                    removed = true;
                }
            }
            for (Prefix p : i.addresses()) {
                if (!have.contains(p)) {
                    steps.add(address(i, p, true));
                }
            }
        }
        routes(ns, r, removed);
        neighbours(ns, r);
        NatSteps.plan(t, s, ns, exists, steps);
    }

    private List<Iface> ifacesIn(String ns) {
        return t.interfaces().stream().filter(i -> i.namespace().equals(ns)).toList();
    }

    /** @return the address as {@code ip addr} lists it, or null for what the kernel makes (IPv6 link-local) */
    private static Prefix prefixOf(Address a) {
        int family = a.header().family();
        InetAddress ip = a.local() != null ? a.local() : a.address();
        if (ip == null || (family != AF_INET && family != AF_INET6) || ip.isLinkLocalAddress()) {
            return null;
        }
        return new Prefix(ip, a.header().prefixLength());
    }

    private Step address(Iface i, Prefix p, boolean add) {
        String cmd = in(i) + "addr " + (add ? "add " : "del ") + p + " dev " + i.name();
        return new Step(Phase.ADDRESSES, add ? Step.Change.CREATE : Step.Change.DELETE, cmd, null, x -> {
            var addresses = x.rtnl(i.namespace()).addresses();
            if (add) {
                addresses.add(i.name(), p.toString());
                return y -> y.rtnl(i.namespace()).addresses().delete(i.name(), p.toString());
            }
            Rtnl r = x.rtnl(i.namespace());
            List<RouteDef> routesBefore = ourRoutes(r, names(r));
            addresses.delete(i.name(), p.toString());
            return y -> {
                Rtnl ry = y.rtnl(i.namespace());
                ry.addresses().add(i.name(), p.toString());
                List<RouteDef> now = ourRoutes(ry, names(ry)); // the kernel flushed those via the address's subnet
                for (RouteDef gone : routesBefore) {
                    if (now.stream().noneMatch(k -> matches(gone, k))) {
                        ry.routes().add(spec(gone));
                    }
                }
            };
        });
    }

    /** @return the routes of the main table that a user or program made (not the kernel), as route definitions */
    private static List<RouteDef> ourRoutes(Rtnl r, Map<Integer, String> names) {
        List<RouteDef> have = new ArrayList<>();
        for (Route rt : r.routes().list()) {
            var h = rt.header();
            boolean ours = (h.protocol() == RTPROT_BOOT || h.protocol() == RTPROT_STATIC) && h.type() == RTN_UNICAST
                    && (rt.table() == null ? h.table() : rt.table()) == MAIN_TABLE
                    && (h.family() == AF_INET || h.family() == AF_INET6);
            if (ours) {
                InetAddress dst = rt.dst() != null ? rt.dst() : Prefix.any(h.family()).address();
                have.add(new RouteDef(new Prefix(dst, h.dstLength()),
                        rt.gateway() == null ? null : IpAddresses.format(rt.gateway()),
                        rt.oif() == null ? null : names.get(rt.oif())));
            }
        }
        return have;
    }

    private static Map<Integer, String> names(Rtnl r) {
        Map<Integer, String> names = new HashMap<>();
        r.links().list().forEach(l -> names.put(l.index(), l.name()));
        return names;
    }

    private void routes(NamespaceDef ns, Rtnl r, boolean addressesRemoved) {
        List<RouteDef> have = new ArrayList<>();
        if (r != null) {
            Map<Integer, String> names = new HashMap<>();
            live.get(ns.name()).values().forEach(l -> names.put(l.index(), l.name()));
            have = ourRoutes(r, names);
        }
        for (RouteDef k : have) {
            if (ns.routes().stream().noneMatch(d -> matches(d, k))) {
                steps.add(route(ns.name(), k, false));
            }
        }
        for (RouteDef d : ns.routes()) {
            if (have.stream().noneMatch(k -> matches(d, k))) {
                steps.add(route(ns.name(), d, true));
            } else if (addressesRemoved) {
                steps.add(routeAgain(ns.name(), d));
            }
        }
    }

    /**
     * A route that exists now but goes when an address it depends on is removed (the kernel
     * flushes routes via a gateway no address reaches any more): added again if it went.
     */
    private Step routeAgain(String ns, RouteDef d) {
        String cmd = "ip -n " + t.nsName(ns) + " route add " + d.describe();
        return new Step(Phase.ROUTES, Step.Change.CHANGE, cmd, "again, if removing an address took it along", x -> {
            Rtnl r = x.rtnl(ns);
            if (ourRoutes(r, names(r)).stream().anyMatch(k -> matches(d, k))) {
                return y -> { };
            }
            r.routes().add(spec(d));
            return y -> y.rtnl(ns).routes().delete(spec(d));
        });
    }

    private static boolean matches(RouteDef d, RouteDef live) {
        return d.to().equals(live.to()) && Objects.equals(d.via(), live.via())
                && (d.dev() == null || d.dev().equals(live.dev()));
    }

    private Step route(String ns, RouteDef d, boolean add) {
        String cmd = "ip -n " + t.nsName(ns) + " route " + (add ? "add " : "del ") + d.describe();
        return new Step(Phase.ROUTES, add ? Step.Change.CREATE : Step.Change.DELETE, cmd, null, x -> {
            var routes = x.rtnl(ns).routes();
            if (add) {
                routes.add(spec(d));
                return y -> y.rtnl(ns).routes().delete(spec(d));
            }
            routes.delete(spec(d));
            return y -> y.rtnl(ns).routes().add(spec(d));
        });
    }

    private static RouteSpec.Builder spec(RouteDef d) {
        RouteSpec.Builder b = RouteSpec.to(d.to());
        if (d.via() != null) {
            b.via(d.via());
        }
        if (d.dev() != null) {
            b.dev(d.dev());
        }
        return b;
    }

    private void neighbours(NamespaceDef ns, Rtnl r) {
        List<NeighbourDef> have = new ArrayList<>();
        if (r != null) {
            Map<Integer, String> names = new HashMap<>();
            live.get(ns.name()).values().forEach(l -> names.put(l.index(), l.name()));
            for (Neighbour n : r.neighbours().list()) {
                if ((n.header().state() & NeighbourState.PERMANENT.bits()) != 0 && n.dst() != null && n.lladdr() != null) {
                    have.add(new NeighbourDef(IpAddresses.format(n.dst()), n.lladdr().toString(),
                            names.get(n.header().index())));
                }
            }
        }
        for (NeighbourDef n : have) {
            if (ns.neighbours().stream().noneMatch(d -> same(d, n))) {
                steps.add(neighbour(ns.name(), n, false));
            }
        }
        for (NeighbourDef d : ns.neighbours()) {
            if (have.stream().noneMatch(n -> same(d, n))) {
                steps.add(neighbour(ns.name(), d, true));
            }
        }
    }

    private static boolean same(NeighbourDef a, NeighbourDef b) {
        return a.address().equals(b.address()) && a.lladdr().equalsIgnoreCase(b.lladdr()) && a.dev().equals(b.dev());
    }

    private Step neighbour(String ns, NeighbourDef n, boolean add) {
        String cmd = "ip -n " + t.nsName(ns) + " neigh " + (add ? "add " : "del ") + n.address()
                + (add ? " lladdr " + n.lladdr() : "") + " dev " + n.dev() + (add ? " nud permanent" : "");
        return new Step(Phase.NEIGHBOURS, add ? Step.Change.CREATE : Step.Change.DELETE, cmd, null, x -> {
            var neigh = x.rtnl(ns).neighbours();
            NeighbourSpec spec = NeighbourSpec.of(n.address(), n.dev()).lladdr(n.lladdr())
                    .state(NeighbourState.PERMANENT).build();
            if (add) {
                neigh.add(spec);
                return y -> y.rtnl(ns).neighbours().delete(spec);
            }
            neigh.delete(spec);
            return y -> y.rtnl(ns).neighbours().add(spec);
        });
    }

    private void sysctls(NamespaceDef ns, Rtnl r) {
        for (Map.Entry<String, String> e : ns.sysctls().entrySet()) {
            String now = r == null ? null : r.sysctls().get(e.getKey()).trim();
            if (e.getValue().equals(now)) {
                continue;
            }
            steps.add(new Step(Phase.SYSCTLS, Step.Change.CHANGE, "ip netns exec " + t.nsName(ns.name()) + " sysctl -w "
                    + e.getKey() + "=" + e.getValue(), now == null ? null : "was " + now, x -> {
                        var sysctls = x.rtnl(ns.name()).sysctls();
                        String old = sysctls.get(e.getKey()).trim();
                        sysctls.set(e.getKey(), e.getValue());
                        return y -> y.rtnl(ns.name()).sysctls().set(e.getKey(), old);
                    }));
        }
    }

    // ------------------------------------------------------------------ what is owned and no longer declared

    private void removals() {
        for (Map.Entry<String, Map<String, Link>> e : live.entrySet()) {
            String ns = e.getKey();
            Set<String> declared = new HashSet<>();
            ifacesIn(ns).forEach(i -> declared.add(i.name()));
            for (Link l : e.getValue().values()) {
                if (!l.name().equals("lo") && !declared.contains(l.name()) && Ownership.owns(l, t.name())) {
                    steps.add(new Step(Phase.REMOVALS, Step.Change.DELETE, "ip -n " + t.nsName(ns) + " link del " + l.name(),
                            "owned, no longer declared", x -> {
                                try {
                                    x.rtnl(ns).links().delete(l.name());
                                } catch (NotFoundException gone) {
                                    // its veth peer's removal took it along
                                }
                                return null;
                            }));
                }
            }
        }
        Set<String> declared = new HashSet<>();
        t.namespaces().forEach(n -> declared.add(t.nsName(n.name())));
        for (String owned : Ownership.ownedNamespaces(t.name())) {
            if (!declared.contains(owned)) {
                steps.add(new Step(Phase.REMOVALS, Step.Change.DELETE, "ip netns del " + owned, "owned, no longer declared",
                        x -> {
                            NetNs.deleteIfExists(owned);
                            return null;
                        }));
            }
        }
    }
}

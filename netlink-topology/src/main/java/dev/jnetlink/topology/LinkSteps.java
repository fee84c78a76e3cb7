package dev.jnetlink.topology;

import dev.jnetlink.bridge.Bridge;
import dev.jnetlink.bridge.BridgeOptions;
import dev.jnetlink.bridge.Bridges;
import dev.jnetlink.rtnl.link.LinkSpec;
import dev.jnetlink.rtnl.link.Macvlan;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.link.Vxlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code ip link add} of each kind a topology makes, marked with the topology's alias as it
 * is created (see {@link Ownership}), and its undo.
 */
final class LinkSteps {
    private LinkSteps() {
    }

    /**
     * @param t the topology
     * @param l the link
     * @return the step that creates it, with its own MTU and state (its master too, when it is
     *     created in its own namespace)
     */
    static Step create(Topology t, LinkDef l) {
        Iface self = l.self();
        String ns = self.namespace();
        String in = "ip -n " + t.nsName(ns) + " ";
        String opts = (self.mtu() == null ? "" : " mtu " + self.mtu())
                + (self.master() == null || l instanceof LinkDef.MacvlanLink ? "" : " master " + self.master())
                + (self.up() ? " up" : "");
        String alias = " alias " + Ownership.marker(t.name());
        Step.Undo delete = s -> s.rtnl(ns).links().delete(self.name());
        if (l instanceof LinkDef.VethPair v) {
            Iface peer = v.peer();
            String cmd = in + "link add " + self.name() + opts + alias + " type veth peer name " + peer.name()
                    + (peer.mtu() == null ? "" : " mtu " + peer.mtu()) + " netns " + t.nsName(peer.namespace());
            return new Step(Phase.LINKS, Step.Change.CREATE, cmd, null, s -> {
                // The peer goes unmarked, as in the ip command: deleting the marked end deletes
                // it, and an alias would make core create it here and move it (an RCU grace
                // period, about 18 ms, for every pair).
                Veth.Builder b = own(Veth.pair(self.name(), peer.name()), self, true, s)
                        .peerNetns(s.netns(peer.namespace()));
                if (peer.mtu() != null) {
                    b.peerMtu(peer.mtu());
                }
                s.rtnl(ns).links().add(b);
                return delete;
            });
        }
        if (l instanceof LinkDef.BridgeLink b) {
            String cmd = in + "link add " + self.name() + opts + alias + " type bridge"
                    + (b.stp() == null ? "" : " stp_state " + (b.stp() ? 1 : 0));
            return new Step(Phase.LINKS, Step.Change.CREATE, cmd, null, s -> {
                Bridge.Builder spec = own(Bridge.named(self.name()), self, true, s);
                if (b.stp() != null) {
                    spec.options(BridgeOptions.builder().stp(b.stp()).build());
                }
                Bridges.of(s.rtnl(ns)).create(spec);
                return delete;
            });
        }
        if (l instanceof LinkDef.MacvlanLink m) {
            String cmd = "ip -n " + t.nsName(m.parentNamespace()) + " link add " + self.name() + opts + alias
                    + " link " + m.parent() + " type macvlan mode " + m.mode()
                    + (m.parentNamespace().equals(ns) ? "" : " netns " + t.nsName(ns));
            return new Step(Phase.LINKS, Step.Change.CREATE, cmd, null, s -> {
                Macvlan.Builder spec = own(Macvlan.on(m.parent(), self.name()), self, false, s)
                        .mode(Topology.macvlanMode(m.mode()));
                if (!m.parentNamespace().equals(ns)) {
                    spec.netns(s.netns(ns));
                }
                s.rtnl(m.parentNamespace()).links().add(spec);
                return delete;
            });
        }
        LinkDef.VxlanLink x = (LinkDef.VxlanLink) l;
        String cmd = in + "link add " + self.name() + opts + alias + " type vxlan id " + x.vni()
                + (x.remote() == null ? "" : " remote " + x.remote()) + (x.local() == null ? "" : " local " + x.local())
                + (x.dev() == null ? "" : " dev " + x.dev())
                + (x.dstPort() == null ? "" : " dstport " + x.dstPort())
                + (x.learning() == null ? "" : x.learning() ? " learning" : " nolearning");
        return new Step(Phase.LINKS, Step.Change.CREATE, cmd, null, s -> {
            Vxlan.Builder spec = own(Vxlan.withVni(self.name(), x.vni()), self, true, s);
            if (x.remote() != null) {
                spec.remote(x.remote());
            }
            if (x.local() != null) {
                spec.local(x.local());
            }
            if (x.dev() != null) {
                spec.dev(x.dev());
            }
            if (x.dstPort() != null) {
                spec.dstPort(x.dstPort());
            }
            if (x.learning() != null) {
                spec.learning(x.learning());
            }
            s.rtnl(ns).links().add(spec);
            return delete;
        });
    }

    /** Sets what every kind takes in its creating request: the marker, MTU, up, master. */
    private static <B extends LinkSpec.Builder<B>> B own(B spec, Iface self, boolean masterToo, Session s) {
        spec.alias(s.marker());
        if (self.mtu() != null) {
            spec.mtu(self.mtu());
        }
        if (masterToo && self.master() != null) {
            spec.master(self.master());
        }
        if (self.up()) {
            spec.up();
        }
        return spec;
    }

    /**
     * @param l a link
     * @return whether its creating request sets its master (the master exists in the same namespace)
     */
    static boolean setsMaster(LinkDef l) {
        return !(l instanceof LinkDef.MacvlanLink);
    }

    /**
     * The order links are created in: bridges first (others name them as master), then the rest
     * as declared (so bridge port numbers follow the declaration), except that a macvlan or VXLAN
     * device comes after the link it names as parent or underlay, wherever that is declared.
     *
     * @param t the topology
     * @return its links in creation order
     */
    static List<LinkDef> creationOrder(Topology t) {
        List<LinkDef> all = t.namespaces().stream().flatMap(ns -> ns.links().stream()).toList();
        List<LinkDef> order = new ArrayList<>(all.stream().filter(l -> l instanceof LinkDef.BridgeLink).toList());
        List<LinkDef> waiting = new ArrayList<>(all.stream().filter(l -> !(l instanceof LinkDef.BridgeLink)).toList());
        Set<String> made = new HashSet<>();
        order.forEach(l -> made.add(l.self().qualified()));
        while (!waiting.isEmpty()) {
            LinkDef next = waiting.stream().filter(l -> dependency(l) == null || made.contains(dependency(l)))
                    .findFirst().orElse(waiting.get(0)); // validation leaves no cycle; keep going regardless
            waiting.remove(next);
            order.add(next);
            made.add(next.self().qualified());
            if (next instanceof LinkDef.VethPair v) {
                made.add(v.peer().qualified());
            }
        }
        return order;
    }

    /** @return {@code NS/NAME} of the link this one is made on, or null */
    private static String dependency(LinkDef l) {
        if (l instanceof LinkDef.MacvlanLink m) {
            return m.parentNamespace() + "/" + m.parent();
        }
        if (l instanceof LinkDef.VxlanLink x && x.dev() != null) {
            return x.self().namespace() + "/" + x.dev();
        }
        return null;
    }
}

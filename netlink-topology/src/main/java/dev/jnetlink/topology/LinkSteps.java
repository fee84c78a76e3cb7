package dev.jnetlink.topology;

import dev.jnetlink.bridge.Bridge;
import dev.jnetlink.bridge.BridgeOptions;
import dev.jnetlink.bridge.Bridges;
import dev.jnetlink.rtnl.link.LinkSpec;
import dev.jnetlink.rtnl.link.Macvlan;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.link.Vxlan;

/**
 * The {@code ip link add} of each kind a topology makes, marked with the topology's alias in the
 * creating request itself (see {@link Ownership}), and its undo.
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
                Veth.Builder b = own(Veth.pair(self.name(), peer.name()), self, true, s)
                        .peerAlias(s.marker()).peerNetns(s.netns(peer.namespace()));
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
                + (x.remote() == null ? "" : " remote " + x.remote()) + (x.dev() == null ? "" : " dev " + x.dev())
                + (x.dstPort() == null ? "" : " dstport " + x.dstPort())
                + (x.learning() == null ? "" : x.learning() ? " learning" : " nolearning");
        return new Step(Phase.LINKS, Step.Change.CREATE, cmd, null, s -> {
            Vxlan.Builder spec = own(Vxlan.withVni(self.name(), x.vni()), self, true, s);
            if (x.remote() != null) {
                spec.remote(x.remote());
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
     * Orders creation: bridges first (others name them as master), veth pairs next, macvlan and
     * VXLAN last (they name a parent or underlay device, which may be a veth).
     *
     * @param l a link
     * @return its rank
     */
    static int rank(LinkDef l) {
        if (l instanceof LinkDef.BridgeLink) {
            return 0;
        }
        return l instanceof LinkDef.VethPair ? 1 : 2;
    }
}

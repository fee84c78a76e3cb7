package dev.jnetlink.examples.scenario;

import dev.jnetlink.bridge.view.BrctlShow;
import dev.jnetlink.bridge.view.BridgeFdbShow;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.examples.AddressPool;
import dev.jnetlink.examples.BridgeNetwork;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.link.Vxlan;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.IpLinkShow;
import java.util.List;

/**
 * S10: an overlay network across two hosts (seed 002, section 6, which stops at "needs several
 * hosts"): two host namespaces joined by a veth underlay, each with a bridge and a VXLAN device
 * (same VNI, the other host as remote) enslaved to it, and a container behind each bridge. The
 * containers share one subnet and reach each other across the underlay.
 */
public final class Overlay implements Scenario {
    /** What Docker gives overlay containers: 1500 less the 50 bytes of VXLAN encapsulation. */
    private static final int OVERLAY_MTU = 1450;
    private static final String UNDERLAY = "eth0";
    private static final String BRIDGE = "br0";
    private static final String VXLAN = "vxlan0";

    @Override
    public String name() {
        return "overlay";
    }

    @Override
    public String summary() {
        return "an overlay across two hosts: a bridge and a VXLAN device on each, containers ping across";
    }

    @Override
    public String source() {
        return "seeds/002, section 6: overlay, \"for several hosts\" (the walkthrough stops there)";
    }

    @Override
    public void declare(Options o) {
        o.option("host1", "host1", "namespace that plays the first Docker host");
        o.option("host2", "host2", "namespace that plays the second Docker host");
        o.option("underlay1", "192.168.241.138/24", "the first host's address on the network between them");
        o.option("underlay2", "192.168.241.139/24", "the second host's address");
        o.option("network", "ov-net", "the overlay network's name");
        o.option("subnet", "10.0.0.0/24", "the overlay's subnet (Docker's first)");
        o.option("vni", "256", "the VXLAN network identifier (Docker's first)");
        o.option("port", "4789", "the VXLAN UDP port");
        o.option("c1", "c1", "the container on the first host");
        o.option("c2", "c2", "the container on the second host");
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        Prefix u1 = o.prefix("underlay1");
        Prefix u2 = o.prefix("underlay2");
        Prefix subnet = o.prefix("subnet");
        int vni = o.number("vni", 1, Vxlan.MAX_VNI);
        int port = o.number("port", 1, 65535);
        String network = o.get("network");

        w.section("two Docker hosts on one network (the underlay)");
        NetNs host1 = w.namespace(o.get("host1"), "plays the first Docker host");
        NetNs host2 = w.namespace(o.get("host2"), "plays the second Docker host");
        Rtnl in1 = w.rtnl(host1);
        Rtnl in2 = w.rtnl(host2);
        w.run("ip netns exec " + host1.name() + " ip link add " + UNDERLAY + " type veth peer name " + UNDERLAY
                + " netns " + host2.name()
                + "   # the cable between the hosts",
                () -> in1.links().add(Veth.pair(UNDERLAY, UNDERLAY).peerNetns(host2)));
        underlay(w, host1, in1, u1);
        underlay(w, host2, in2, u2);
        w.ping(o.get("host1"), host1, o.get("host2"), u2.address(), true);

        w.section("docker network create -d overlay --subnet " + subnet + " " + network
                + "   # on each host: a bridge and a VXLAN device in it");
        AddressPool pool = new AddressPool(subnet, new AddressPool(subnet).next().address());
        BridgeNetwork br1 = side(w, host1, in1, network, pool, vni, u1, u2, port);
        BridgeNetwork br2 = side(w, host2, in2, network, pool, vni, u2, u1, port);
        w.show("ip netns exec " + host1.name() + " ip link show " + VXLAN, IpLinkShow.of(in1).dev(VXLAN).text());

        Container c1 = br1.run(o.get("c1"));
        Container c2 = br2.run(o.get("c2"));
        w.show("ip netns exec " + host1.name() + " brctl show", br1.brctlShow());
        w.verify("on " + o.get("host1") + ", " + BRIDGE + " holds " + VXLAN + " and " + c1.role() + "'s veth",
                BrctlShow.of(in1).entry(BRIDGE).ports()
                        .equals(List.of(BridgeNetwork.hostEnd(c1.role()), VXLAN).stream().sorted().toList()));
        c1.show("ip addr show eth0", IpAddrShow.of(c1.rtnl()).dev(Container.ETH0).text());

        w.section("ping across the overlay: the frames travel in VXLAN (UDP " + port + ") between the hosts");
        c1.ping(c2, true);
        c2.ping(c1, true);
        String fdb = BridgeFdbShow.of(in1).dev(VXLAN).text();
        w.show("ip netns exec " + host1.name() + " bridge fdb show dev " + VXLAN, fdb);
        String mac = c2.mac(Container.ETH0);
        w.verify(o.get("host1") + "'s bridge learned " + c2.role() + "'s MAC " + mac + " behind " + VXLAN,
                fdb.lines().anyMatch(l -> l.startsWith(mac + " ") && l.contains("master " + BRIDGE)));
    }

    private static void underlay(Walkthrough w, NetNs host, Rtnl rtnl, Prefix address) throws Exception {
        String in = "ip netns exec " + host.name() + " ";
        w.run(in + "ip link set lo up", () -> rtnl.links().setUp("lo"));
        w.run(in + "ip addr add " + address + " dev " + UNDERLAY,
                () -> rtnl.addresses().add(UNDERLAY, address.toString()));
        w.run(in + "ip link set " + UNDERLAY + " up", () -> rtnl.links().setUp(UNDERLAY));
    }

    private static BridgeNetwork side(Walkthrough w, NetNs host, Rtnl rtnl, String network, AddressPool pool, int vni,
            Prefix self, Prefix peer, int port) throws Exception {
        BridgeNetwork br = BridgeNetwork.withoutAddress(w, rtnl, network, BRIDGE, pool, OVERLAY_MTU, host.name());
        String in = "ip netns exec " + host.name() + " ";
        String local = IpAddresses.format(self.address());
        String remote = IpAddresses.format(peer.address());
        w.run(in + "ip link add " + VXLAN + " type vxlan id " + vni + " remote " + remote + " local " + local + " dev "
                + UNDERLAY + " dstport " + port, () -> rtnl.links().add(Vxlan.withVni(VXLAN, vni).remote(remote)
                        .local(local).dev(UNDERLAY).dstPort(port)));
        br.addPort(VXLAN);
        w.run(in + "ip link set " + VXLAN + " up", () -> rtnl.links().setUp(VXLAN));
        return br;
    }
}

package dev.jnetlink.examples.scenario;

import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.link.kind.MacvlanMode;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.Lan;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.ParentNetwork;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Macvlan;
import dev.jnetlink.rtnl.link.Vlan;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.IpLinkShow;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S7: macvlan networks on 802.1q sub-interfaces of the host's NIC (seed 002, section 3+):
 * {@code ens33.20} and {@code ens33.30}, network {@code macvlan20} on the first and
 * {@code macvlan30} on the second. Containers on VLAN 20 reach each other and their gateway;
 * {@code tea} on VLAN 30 reaches its gateway but not them. The physical network is a trunk
 * with a router holding both gateways that does not route between the VLANs (the walkthrough
 * leaves layer-3 routing between them as future work).
 */
public final class MacvlanVlan implements Scenario {
    /** One VLAN of the scenario: its id, subnet, gateway and containers, from the options. */
    private record Segment(String suffix, int id, Prefix subnet, InetAddress gateway,
            Map<String, InetAddress> containers) {
        static Segment of(Options o, String suffix) {
            int id = o.number("vlan-" + suffix, Vlan.MIN_ID, Vlan.MAX_ID);
            return new Segment(suffix, id, o.prefix("subnet-" + suffix), o.address("gateway-" + suffix),
                    o.named("containers-" + suffix));
        }

        String hostDev(String parent) {
            return parent + "." + id;
        }
    }

    @Override
    public String name() {
        return "macvlan-vlan";
    }

    @Override
    public String summary() {
        return "macvlan on 802.1q sub-interfaces ens33.20 and ens33.30: VLAN 30 cannot reach VLAN 20";
    }

    @Override
    public String source() {
        return "seeds/002, section 3+: -o parent=ens33.20 macvlan20, -o parent=ens33.30 macvlan30";
    }

    @Override
    public void declare(Options o) {
        Lan.declare(o, "192.168.241.138/24");
        o.option("vlan-a", "20", "the first VLAN's id");
        o.option("subnet-a", "192.168.20.0/24", "the first VLAN's subnet");
        o.option("gateway-a", "192.168.20.1", "the first VLAN's gateway, on the router in the lan namespace");
        o.option("containers-a", "milk=192.168.20.92,bread=192.168.20.95", "containers on the first VLAN");
        o.option("vlan-b", "30", "the second VLAN's id");
        o.option("subnet-b", "192.168.30.0/24", "the second VLAN's subnet");
        o.option("gateway-b", "192.168.30.1", "the second VLAN's gateway");
        o.option("containers-b", "tea=192.168.30.96", "containers on the second VLAN");
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        List<Segment> segments = List.of(Segment.of(o, "a"), Segment.of(o, "b"));
        if (segments.get(0).id() == segments.get(1).id()) {
            throw new Options.UsageException("--vlan-a and --vlan-b are both " + segments.get(0).id());
        }
        String parent = o.get("parent");
        List<ParentNetwork> nets = new ArrayList<>();
        for (Segment s : segments) {
            ParentNetwork net = new ParentNetwork("macvlan", "macvlan" + s.id(), s.hostDev(parent), List.of(s.subnet()),
                    s.gateway(), "", "macvlan mode bridge", (p, n) -> Macvlan.on(p, n).mode(MacvlanMode.BRIDGE));
            net.checkAddresses(s.containers());
            nets.add(net);
        }

        Lan lan = Lan.create(w, o, o.prefix("host-address"), null);
        w.section("802.1q sub-interfaces of " + parent + " (the walkthrough declares them in /etc/network/interfaces)");
        for (Segment s : segments) {
            addVlan(w, lan.hostRtnl(), "", parent, s.hostDev(parent), s.id(), null);
        }
        w.section("the switch's trunk port and a router with each VLAN's gateway, in " + lan.lan().name());
        for (Segment s : segments) {
            addVlan(w, lan.lanRtnl(), "ip netns exec " + lan.lan().name() + " ", lan.lanNic(),
                    lan.lanNic() + "." + s.id(), s.id(), new Prefix(s.gateway(), s.subnet().length()));
        }
        lan.inLan(w, "sysctl -w net.ipv4.ip_forward=0   # the router does not route between the VLANs",
                () -> lan.lan().sysctls().set("net.ipv4.ip_forward", "0"));
        w.show("ip -d link show   # on the host", IpLinkShow.of(lan.hostRtnl()).details().text());

        List<List<Container>> byVlan = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            byVlan.add(nets.get(i).createAndRun(w, lan.hostRtnl(), segments.get(i).containers()));
        }
        Container first = byVlan.get(0).get(0);
        first.show("ip address show", IpAddrShow.of(first.rtnl()).text());
        nets.get(0).verifySubInterface(w, lan.hostRtnl(), first);

        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            w.section("ping on VLAN " + s.id() + ": each container -> its gateway and the others on its VLAN");
            Container.pingEachOther(byVlan.get(i), "gateway " + s.id(), s.gateway());
        }
        Segment a = segments.get(0);
        Segment b = segments.get(1);
        w.section("ping across: VLAN " + b.id() + " -> VLAN " + a.id() + " (the walkthrough: it cannot)");
        for (Container c : byVlan.get(1)) {
            for (Container target : byVlan.get(0)) {
                c.ping(target, false);
            }
        }
    }

    private static void addVlan(Walkthrough w, Rtnl rtnl, String in, String parent, String dev, int id, Prefix address)
            throws Exception {
        w.run(in + "ip link add link " + parent + " name " + dev + " type vlan id " + id,
                () -> rtnl.links().add(Vlan.on(parent, dev, id)));
        if (address != null) {
            w.run(in + "ip addr add " + address + " dev " + dev, () -> rtnl.addresses().add(dev, address.toString()));
        }
        w.run(in + "ip link set " + dev + " up", () -> rtnl.links().setUp(dev));
    }
}

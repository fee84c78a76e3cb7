package dev.jnetlink.examples.scenario;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.codec.link.kind.IpvlanMode;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.Lan;
import dev.jnetlink.examples.Listings;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.ParentNetwork;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.link.Ipvlan;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.IpNeighShow;
import dev.jnetlink.rtnl.view.RouteN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * S9: an ipvlan network in L3 mode with two subnets on one parent (seed 002, section 5): the
 * containers have no gateway (default route {@code dev eth0}), do no ARP, and every one reaches
 * every other across the subnets. Nobody outside reaches them until the physical machine gets
 * a static route to a subnet via the host's address, and then only that subnet.
 */
public final class IpvlanL3 implements Scenario {
    @Override
    public String name() {
        return "ipvlan-l3";
    }

    @Override
    public String summary() {
        return "ipvlan L3, two subnets on one parent: routed with no ARP; reachable from outside by a static route";
    }

    @Override
    public String source() {
        return "seeds/002, section 5: docker network create -d ipvlan -o ipvlan_mode=l3";
    }

    @Override
    public void declare(Options o) {
        Lan.declare(o, "192.168.241.138/24");
        o.option("outside-address", "192.168.241.1/24", "the physical machine's address, in the lan namespace");
        o.option("network", "ipvlanl3", "the Docker network's name");
        o.option("subnets", "192.168.94.0/24,192.168.95.0/24", "the network's subnets (not the parent's)");
        o.option("containers", "milk=192.168.94.7,bread=192.168.94.8,beijing=192.168.95.7,shenzhen=192.168.95.8",
                "the containers and their --ip, NAME=ADDRESS,...");
        o.option("route", "192.168.94.0/24", "the subnet the physical machine gets a static route to");
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        Prefix hostIp = o.prefix("host-address");
        Prefix outsideIp = o.prefix("outside-address");
        Prefix route = o.prefix("route").network();
        Map<String, InetAddress> addresses = o.named("containers");
        ParentNetwork net = new ParentNetwork("ipvlan", o.get("network"), o.get("parent"), o.prefixes("subnets"),
                null, "-o ipvlan_mode=l3", "ipvlan mode l3",
                (parent, name) -> Ipvlan.on(parent, name).mode(IpvlanMode.L3));
        net.checkAddresses(addresses);

        Lan lan = Lan.create(w, o, hostIp, outsideIp);
        List<Container> all = net.createAndRun(w, lan.hostRtnl(), addresses);
        Container first = all.get(0);
        first.show("ip address show", IpAddrShow.of(first.rtnl()).text());
        String routes = RouteN.of(first.rtnl()).text();
        first.show("route -n", routes);
        w.verify(first.role() + "'s default route has no gateway: it is the device",
                Listings.hasRoute(routes, "0.0.0.0", "0.0.0.0", "0.0.0.0", "U", Container.ETH0));
        net.verifySubInterface(w, lan.hostRtnl(), first);
        w.verify(first.role() + "'s eth0 is NOARP: L3 mode does no ARP",
                (first.rtnl().links().get(Container.ETH0).flags() & LinkFlags.NOARP) != 0);

        w.section("ping: every container -> every other, in its subnet and across");
        Container.pingEachOther(all, null, null);
        first.show("ip neigh show", IpNeighShow.of(first.rtnl()).text());
        w.verify(first.role() + " resolved no address by ARP", Listings.resolvedNeighbours(first.rtnl()).isEmpty());

        String outside = o.get("lan");
        w.section("from the physical machine (" + outside + "): no route to the containers' subnets yet");
        for (Container c : all) {
            w.ping(outside, lan.lan(), c.role(), c.address(), false);
        }
        String via = IpAddresses.format(hostIp.address());
        String windows = route.address() instanceof Inet4Address ? "   # route add " + IpAddresses.format(
                route.address()) + " mask " + mask(route.length()) + " " + via + " -p" : "";
        lan.inLan(w, "ip route add " + route + " via " + via + windows,
                () -> lan.lanRtnl().routes().add(RouteSpec.to(route).via(via)));
        w.section("from the physical machine: " + route + " is reachable now, and only it");
        for (Container c : all) {
            w.ping(outside, lan.lan(), c.role(), c.address(), route.contains(c.address()));
        }
    }

    private static String mask(int length) {
        long m = length == 0 ? 0 : (0xffffffffL << (32 - length)) & 0xffffffffL;
        return (m >> 24) + "." + ((m >> 16) & 0xff) + "." + ((m >> 8) & 0xff) + "." + (m & 0xff);
    }
}

package dev.jnetlink.examples.scenario;

import dev.jnetlink.bridge.view.BrctlShow;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.examples.BridgeNetwork;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.Listings;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.RouteN;
import java.util.ArrayList;
import java.util.List;

/**
 * S2: Docker's default bridge network (seeds 000, 001, 003, 004): {@code docker0} with the
 * {@code bip} address, each container a namespace with a veth pair, its host end a port of
 * docker0 ({@code brctl show}), the other end its {@code eth0} with the next free address and a
 * default route via docker0 ({@code route -n}). Containers reach each other and the gateway,
 * and the host reaches them.
 */
public final class DefaultBridge implements Scenario {
    @Override
    public String name() {
        return "bridge";
    }

    @Override
    public String summary() {
        return "docker0 and containers on it: brctl show, route -n in a container, pings across the bridge";
    }

    @Override
    public String source() {
        return "seeds/003 sections 七 and 九, seeds/000, seeds/004: the default bridge network, docker0 and bip";
    }

    @Override
    public void declare(Options o) {
        o.option("host", "host", "namespace that plays the Docker host");
        o.option("bridge", "docker0", "the bridge's name");
        o.option("bip", "172.17.0.1/16",
                "docker0's address (the walkthrough later sets \"bip\":\"192.168.100.254/24\")");
        o.option("containers", "c1,c2", "the containers, each on docker0 with the next free address");
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        Prefix bip = o.prefix("bip");
        List<String> names = o.list("containers");
        String bridge = o.get("bridge");

        NetNs host = w.namespace(o.get("host"), "plays the Docker host");
        Rtnl hostRtnl = w.rtnl(host);
        w.run("ip link set lo up   # on the host", () -> hostRtnl.links().setUp("lo"));
        w.section("dockerd starts: it creates " + bridge + " with the bip " + bip);
        BridgeNetwork net = BridgeNetwork.create(w, hostRtnl, "bridge", bridge, bip);
        w.show("ifconfig " + bridge + "   (ip addr show " + bridge + ")", IpAddrShow.of(hostRtnl).dev(bridge).text());
        w.show("brctl show   # no interfaces yet", net.brctlShow());

        List<Container> all = new ArrayList<>();
        for (String n : names) {
            all.add(net.run(n));
        }
        w.show("brctl show   # a port per container", net.brctlShow());
        BrctlShow.Entry entry = BrctlShow.of(hostRtnl).entry(bridge);
        w.verify("brctl show lists every container's veth under " + bridge,
                entry.ports().equals(all.stream().map(c -> BridgeNetwork.hostEnd(c.role())).sorted().toList()));
        Container first = all.get(0);
        first.show("ip addr show", IpAddrShow.of(first.rtnl()).text());
        String routes = RouteN.of(first.rtnl()).text();
        first.show("route -n", routes);
        String gw = IpAddresses.format(bip.address());
        w.verify(first.role() + "'s default route is via " + gw + " on eth0",
                Listings.hasRoute(routes, "0.0.0.0", gw, "0.0.0.0", "UG", Container.ETH0));

        w.section("ping: each container -> the gateway and every other container; the host -> each");
        Container.pingEachOther(all, "gateway", bip.address());
        for (Container c : all) {
            w.ping("host", host, c.role(), c.address(), true);
        }
    }
}

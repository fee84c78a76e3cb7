package dev.jnetlink.examples.scenario;

import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.link.kind.MacvlanMode;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.Lan;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.ParentNetwork;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.rtnl.link.Macvlan;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * S6: a macvlan network in bridge mode on the host's NIC (seed 002, section 3): containers
 * {@code milk}, {@code bread} and {@code tea}, each with a macvlan of {@code ens33} as its
 * {@code eth0} ({@code eth0@if2}: the parent's index) and a MAC of its own, reach each other,
 * the gateway, and the physical network reaches them.
 */
public final class MacvlanBridge extends OnParentScenario {
    /** The walkthrough's values. */
    public MacvlanBridge() {
        super("subway", "milk=192.168.241.92,bread=192.168.241.95,tea=192.168.241.96");
    }

    @Override
    public String name() {
        return "macvlan";
    }

    @Override
    public String summary() {
        return "macvlan (bridge mode) on the host's NIC: containers with their own MACs on the physical network";
    }

    @Override
    public String source() {
        return "seeds/002, section 3: docker network create -d macvlan -o parent=ens33 subway";
    }

    @Override
    ParentNetwork network(Options o, Prefix subnet, InetAddress gateway) {
        return new ParentNetwork("macvlan", o.get("network"), o.get("parent"), List.of(subnet), gateway, "",
                "macvlan mode bridge", (parent, name) -> Macvlan.on(parent, name).mode(MacvlanMode.BRIDGE));
    }

    @Override
    void inspect(Walkthrough w, Lan lan, ParentNetwork net, List<Container> all) {
        net.verifySubInterface(w, lan.hostRtnl(), all.get(0));
        Set<String> macs = new HashSet<>();
        macs.add(String.valueOf(lan.hostRtnl().links().get(lan.parent()).address()));
        for (Container c : all) {
            macs.add(c.mac(Container.ETH0));
        }
        w.verify("every container has a MAC of its own, none is " + lan.parent() + "'s", macs.size() == all.size() + 1);
    }
}

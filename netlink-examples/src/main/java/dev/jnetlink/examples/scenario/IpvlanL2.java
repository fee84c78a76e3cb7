package dev.jnetlink.examples.scenario;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.link.kind.IpvlanMode;
import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.Lan;
import dev.jnetlink.examples.Listings;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.ParentNetwork;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.rtnl.link.Ipvlan;
import dev.jnetlink.rtnl.view.IpNeighShow;
import java.net.InetAddress;
import java.util.List;

/**
 * S8: an ipvlan network in L2 mode on the host's NIC (seed 002, section 4): as S6, but the
 * sub-interfaces share the parent's MAC, which the containers' ARP entries for each other show
 * too.
 */
public final class IpvlanL2 extends OnParentScenario {
    /** The walkthrough's values. */
    public IpvlanL2() {
        super("subway", "milk=192.168.241.92,bread=192.168.241.95");
    }

    @Override
    public String name() {
        return "ipvlan-l2";
    }

    @Override
    public String summary() {
        return "ipvlan L2 on the host's NIC: containers share the parent's MAC and reach each other";
    }

    @Override
    public String source() {
        return "seeds/002, section 4: docker network create -d ipvlan -o parent=ens33 subway";
    }

    @Override
    ParentNetwork network(Options o, Prefix subnet, InetAddress gateway) {
        return new ParentNetwork("ipvlan", o.get("network"), o.get("parent"), List.of(subnet), gateway, "",
                "ipvlan mode l2", (parent, name) -> Ipvlan.on(parent, name).mode(IpvlanMode.L2));
    }

    @Override
    void inspect(Walkthrough w, Lan lan, ParentNetwork net, List<Container> all) {
        net.verifySubInterface(w, lan.hostRtnl(), all.get(0));
        String parentMac = String.valueOf(lan.hostRtnl().links().get(lan.parent()).address());
        StringBuilder table = new StringBuilder(String.format("%-16s %s", lan.parent() + " (host)", parentMac));
        boolean same = true;
        for (Container c : all) {
            table.append('\n').append(String.format("%-16s %s", c.role() + " eth0", c.mac(Container.ETH0)));
            same &= c.mac(Container.ETH0).equals(parentMac);
        }
        w.show("the MACs", table.toString());
        w.verify("every container's eth0 has " + lan.parent() + "'s MAC " + parentMac, same);
    }

    @Override
    void afterPings(Walkthrough w, Lan lan, List<Container> all) {
        Container first = all.get(0);
        Container second = all.get(1);
        String parentMac = String.valueOf(lan.hostRtnl().links().get(lan.parent()).address());
        first.show("ip neigh show", IpNeighShow.of(first.rtnl()).text());
        InetAddress peer = second.address();
        List<Neighbour> entries = Listings.resolvedNeighbours(first.rtnl()).stream()
                .filter(n -> peer.equals(n.dst())).toList();
        w.verify(first.role() + " resolved " + second.role() + "'s " + IpAddresses.format(peer) + " to " + parentMac
                + ", the shared MAC", !entries.isEmpty()
                        && entries.stream().allMatch(n -> parentMac.equals(String.valueOf(n.lladdr()))));
    }
}

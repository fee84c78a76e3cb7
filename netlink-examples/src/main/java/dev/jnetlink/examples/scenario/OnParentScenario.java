package dev.jnetlink.examples.scenario;

import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.Lan;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.ParentNetwork;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.rtnl.view.IpAddrShow;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * What S6 (macvlan) and S8 (ipvlan L2) share: a host whose NIC is plugged into a physical
 * network holding the gateway, one Docker network on that NIC, containers on it; each container
 * pings the gateway and every other container, and the physical network pings each container.
 */
abstract class OnParentScenario implements Scenario {
    private final String network;
    private final String containers;

    /**
     * @param network the walkthrough's network name
     * @param containers the walkthrough's containers, {@code NAME=ADDRESS,...}
     */
    OnParentScenario(String network, String containers) {
        this.network = network;
        this.containers = containers;
    }

    @Override
    public void declare(Options o) {
        Lan.declare(o, "192.168.241.138/24");
        o.option("network", network, "the Docker network's name");
        o.option("subnet", "192.168.241.0/24", "the network's subnet: the physical network's");
        o.option("gateway", "192.168.241.2", "the gateway, an address of the physical network namespace");
        o.option("containers", containers, "the containers and their --ip, NAME=ADDRESS,...");
    }

    /**
     * @param o the options
     * @param subnet the subnet
     * @param gateway the gateway
     * @return the Docker network of this scenario's driver
     */
    abstract ParentNetwork network(Options o, Prefix subnet, InetAddress gateway);

    /**
     * Shows and verifies what the walkthrough points out about the containers, once all are up.
     *
     * @param w the walkthrough
     * @param lan the host and the physical network
     * @param net the network
     * @param all the containers, in order
     * @throws Exception if a listing cannot be read
     */
    abstract void inspect(Walkthrough w, Lan lan, ParentNetwork net, List<Container> all) throws Exception;

    /**
     * Shows and verifies what the walkthrough points out after the pings (ARP entries).
     *
     * @param w the walkthrough
     * @param lan the host and the physical network
     * @param all the containers, in order
     */
    void afterPings(Walkthrough w, Lan lan, List<Container> all) {
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        Prefix subnet = o.prefix("subnet");
        InetAddress gateway = o.address("gateway");
        Prefix hostIp = o.prefix("host-address");
        Map<String, InetAddress> addresses = o.named("containers");
        ParentNetwork net = network(o, subnet, gateway);
        net.checkAddresses(addresses);
        net.subnetOf("host", hostIp.address());

        Lan lan = Lan.create(w, o, hostIp, new Prefix(gateway, subnet.length()));
        List<Container> all = net.createAndRun(w, lan.hostRtnl(), addresses);
        Container first = all.get(0);
        first.show("ip address show", IpAddrShow.of(first.rtnl()).text());
        inspect(w, lan, net, all);

        w.section("ping: each container -> the gateway and every other container; the physical network -> each");
        Container.pingEachOther(all, "gateway", gateway);
        for (Container c : all) {
            w.ping(o.get("lan"), lan.lan(), c.role(), c.address(), true);
        }
        afterPings(w, lan, all);
    }
}

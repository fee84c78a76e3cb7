package dev.jnetlink.examples.scenario;

import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.IpLinkShow;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * S1: two namespaces joined by a veth pair (seed 003, section 三). The "host" of the walkthrough
 * is a namespace of its own, so the machine's own interfaces are never touched.
 */
public final class R1R2 implements Scenario {
    @Override
    public String name() {
        return "r1r2";
    }

    @Override
    public String summary() {
        return "two namespaces r1 and r2 joined by a veth pair; host -> r2 and r1 -> r2 ping";
    }

    @Override
    public String source() {
        return "seeds/003, section 三: ip netns and a veth pair";
    }

    @Override
    public void declare(Options o) {
        o.option("host", "r1r2-host", "namespace that plays the walkthrough's host");
        o.option("r1", "r1", "first namespace");
        o.option("r2", "r2", "second namespace");
        o.option("veth", "veth1.1", "the veth end that goes to r1");
        o.option("peer", "veth1.2", "the veth end that goes to r2");
        o.option("peer-rename", "eth0", "what the end in r2 is renamed to");
        o.option("host-address", "10.1.0.1/24", "address of the host's end");
        o.option("r1-address", "10.1.0.101/24", "address of the end in r1");
        o.option("r2-address", "10.1.0.102/24", "address of the end in r2");
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        String r1Role = o.get("r1");
        String r2Role = o.get("r2");
        String veth = o.get("veth");
        String peer = o.get("peer");
        String eth0 = o.get("peer-rename");
        Prefix hostIp = o.prefix("host-address");
        Prefix r1Ip = o.prefix("r1-address");
        Prefix r2Ip = o.prefix("r2-address");

        NetNs host = w.namespace(o.get("host"), "stands in for the walkthrough's host");
        NetNs r1 = w.namespace(r1Role, null);
        NetNs r2 = w.namespace(r2Role, null);
        Set<String> made = Set.of(host.name(), r1.name(), r2.name());
        w.show("ip netns list   # the ones this run made",
                NetNs.list().stream().filter(made::contains).collect(Collectors.joining("\n")));

        Rtnl inHost = w.rtnl(host);
        Rtnl in1 = w.rtnl(r1);
        Rtnl in2 = w.rtnl(r2);
        w.show("ip netns exec " + r1.name() + " ip link show   # only lo, down", IpLinkShow.of(in1).text());

        w.run("ip link add name " + veth + " type veth peer name " + peer,
                () -> inHost.links().add(Veth.pair(veth, peer)));
        w.show("ip link show   # " + veth + "@" + peer + ", both DOWN", IpLinkShow.of(inHost).text());

        w.run("ip link set dev " + peer + " netns " + r2.name(), () -> inHost.links().moveTo(peer, r2));
        w.show("ip link show   # the host now sees its peer as @ifN, in another namespace", IpLinkShow.of(inHost).text());

        w.run("ip netns exec " + r2.name() + " ip link set dev " + peer + " name " + eth0,
                () -> in2.links().rename(peer, eth0));
        w.run("ifconfig " + veth + " " + hostIp + " up", () -> {
            inHost.addresses().add(veth, hostIp.toString());
            inHost.links().setUp(veth);
        });
        w.run("ip netns exec " + r2.name() + " ifconfig " + eth0 + " " + r2Ip + " up", () -> {
            in2.addresses().add(eth0, r2Ip.toString());
            in2.links().setUp(eth0);
        });
        w.show("ip netns exec " + r2.name() + " ip addr show " + eth0, IpAddrShow.of(in2).dev(eth0).text());
        w.ping("host", host, r2Role, r2Ip.address(), true);

        w.run("ip link set dev " + veth + " netns " + r1.name(), () -> inHost.links().moveTo(veth, r1));
        w.run("ip netns exec " + r1.name() + " ifconfig " + veth + " " + r1Ip + " up", () -> {
            in1.addresses().add(veth, r1Ip.toString());
            in1.links().setUp(veth);
        });
        w.show("ip netns exec " + r1.name() + " ip link show", IpLinkShow.of(in1).text());
        w.ping(r1Role, r1, r2Role, r2Ip.address(), true);
    }
}

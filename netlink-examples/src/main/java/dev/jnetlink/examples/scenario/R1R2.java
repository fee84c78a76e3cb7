package dev.jnetlink.examples.scenario;

import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import java.net.InetAddress;
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
        String hostName = w.name(o.get("host"));
        String r1Name = w.name(o.get("r1"));
        String r2Name = w.name(o.get("r2"));
        String veth = o.get("veth");
        String peer = o.get("peer");
        String eth0 = o.get("peer-rename");
        String r2Ip = o.get("r2-address");
        InetAddress r2Addr = InetAddress.getByName(r2Ip.substring(0, r2Ip.indexOf('/')));

        NetNs host = w.step("ip netns add " + hostName + "   # stands in for the walkthrough's host",
                () -> NetNs.create(hostName));
        w.onCleanup("ip netns del " + hostName, () -> {
            host.close();
            NetNs.delete(hostName);
        });
        NetNs r1 = w.step("ip netns add " + r1Name, () -> NetNs.create(r1Name));
        w.onCleanup("ip netns del " + r1Name, () -> {
            r1.close();
            NetNs.delete(r1Name);
        });
        NetNs r2 = w.step("ip netns add " + r2Name, () -> NetNs.create(r2Name));
        w.onCleanup("ip netns del " + r2Name, () -> {
            r2.close();
            NetNs.delete(r2Name);
        });
        w.show("ip netns list   # the ones this run made", NetNs.list().stream()
                .filter(n -> n.equals(hostName) || n.equals(r1Name) || n.equals(r2Name))
                .collect(Collectors.joining("\n")));

        try (Rtnl inHost = Rtnl.openIn(host); Rtnl in1 = Rtnl.openIn(r1); Rtnl in2 = Rtnl.openIn(r2)) {
            w.show("ip netns exec " + r1Name + " ip link show   # only lo, down", listing(in1));

            w.run("ip link add name " + veth + " type veth peer name " + peer,
                    () -> inHost.links().add(Veth.pair(veth, peer)));
            w.show("ip link show   # " + veth + "@" + peer + ", both DOWN", listing(inHost));

            w.run("ip link set dev " + peer + " netns " + r2Name, () -> inHost.links().moveTo(peer, r2));
            w.show("ip link show   # the host now sees its peer as @ifN, in another namespace", listing(inHost));

            w.run("ip netns exec " + r2Name + " ip link set dev " + peer + " name " + eth0,
                    () -> in2.links().rename(peer, eth0));
            w.run("ifconfig " + veth + " " + o.get("host-address") + " up", () -> {
                inHost.addresses().add(veth, o.get("host-address"));
                inHost.links().setUp(veth);
            });
            w.run("ip netns exec " + r2Name + " ifconfig " + eth0 + " " + r2Ip + " up", () -> {
                in2.addresses().add(eth0, r2Ip);
                in2.links().setUp(eth0);
            });
            w.show("ip netns exec " + r2Name + " ip addr show " + eth0, in2.addresses().list(eth0).stream()
                    .map(Object::toString).collect(Collectors.joining("\n")));
            w.ping("host", host, r2Name, r2Addr, true);

            w.run("ip link set dev " + veth + " netns " + r1Name, () -> inHost.links().moveTo(veth, r1));
            w.run("ip netns exec " + r1Name + " ifconfig " + veth + " " + o.get("r1-address") + " up", () -> {
                in1.addresses().add(veth, o.get("r1-address"));
                in1.links().setUp(veth);
            });
            w.show("ip netns exec " + r1Name + " ip link show", listing(in1));
            w.ping(r1Name, r1, r2Name, r2Addr, true);
        }
    }

    private static String listing(Rtnl rtnl) {
        return rtnl.links().list().stream().map(rtnl.links()::format).collect(Collectors.joining("\n"));
    }
}

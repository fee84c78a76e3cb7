package dev.jnetlink.examples.scenario;

import dev.jnetlink.bridge.view.BrctlShow;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.examples.BridgeNetwork;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.IpLinkShow;
import java.net.InetAddress;

/**
 * S3: a user-defined bridge network next to the default one (seed 003, section 九; seed 002,
 * section 2): {@code docker network create -d bridge --subnet 192.168.200.0/24 --gateway
 * 192.168.200.254 mybr0} makes a second bridge {@code br-ID}, which the walkthrough takes down
 * and renames {@code docker1}. A container on mybr0 and one on the default bridge each reach
 * their gateway, not each other.
 */
public final class UserBridge implements Scenario {
    @Override
    public String name() {
        return "user-bridge";
    }

    @Override
    public String summary() {
        return "a user-defined bridge network mybr0 next to docker0, renamed docker1: no reach between the two";
    }

    @Override
    public String source() {
        return "seeds/003, section 九; seeds/002, section 2: docker network create -d bridge mybr0";
    }

    @Override
    public void declare(Options o) {
        o.option("host", "host", "namespace that plays the Docker host");
        o.option("bip", "192.168.100.254/24", "docker0's address (the walkthrough's \"bip\")");
        o.option("network", "mybr0", "the user-defined network's name");
        o.option("network-id", "3d42817e3691", "its id: the bridge is br-ID");
        o.option("subnet", "192.168.200.0/24", "its subnet");
        o.option("gateway", "192.168.200.254", "its gateway, the bridge's address");
        o.option("rename", "docker1", "what the walkthrough renames the bridge to");
        o.option("c1", "c1", "the container on the user-defined network");
        o.option("c2", "c2", "the container on the default bridge");
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        Prefix bip = o.prefix("bip");
        Prefix subnet = o.prefix("subnet");
        InetAddress gw = o.address("gateway");
        if (!subnet.contains(gw)) {
            throw new Options.UsageException("--gateway " + gw.getHostAddress() + " is not in --subnet " + subnet);
        }
        String network = o.get("network");
        String userBridge = "br-" + o.get("network-id");

        NetNs host = w.namespace(o.get("host"), "plays the Docker host");
        Rtnl hostRtnl = w.rtnl(host);
        w.run("ip link set lo up   # on the host", () -> hostRtnl.links().setUp("lo"));
        w.section("dockerd starts with \"bip\":\"" + bip + "\"");
        BridgeNetwork docker0 = BridgeNetwork.create(w, hostRtnl, "bridge", "docker0", bip);
        w.run("sysctl -w net.ipv4.ip_forward=0   # see below", () -> host.sysctls().set("net.ipv4.ip_forward", "0"));
        w.note("Docker keeps forwarding on and isolates its networks with iptables rules; iptables is not");
        w.note("rtnetlink, so here the host does not route at all: what isolates the two networks is the same.");

        w.section("docker network create -d bridge --subnet " + subnet + " --gateway " + gw.getHostAddress() + " "
                + network);
        BridgeNetwork mybr0 = BridgeNetwork.create(w, hostRtnl, network, userBridge, new Prefix(gw, subnet.length()));
        w.show("ifconfig   (ip addr show " + userBridge + ")", IpAddrShow.of(hostRtnl).dev(userBridge).text());
        String renamed = o.get("rename");
        mybr0.rename(renamed);
        w.show("ifconfig -a   (ip link show " + renamed + ": down, renamed)", IpLinkShow.of(hostRtnl).dev(renamed).text());
        w.verify(userBridge + " is now " + renamed + ", with " + gw.getHostAddress(),
                !hostRtnl.links().exists(userBridge) && hostRtnl.addresses().list(renamed).stream()
                        .anyMatch(a -> gw.equals(a.ip())));
        w.run("ip link set " + renamed + " up   # up again for " + network + "'s containers",
                () -> hostRtnl.links().setUp(renamed));

        Container c1 = mybr0.run(o.get("c1"));
        Container c2 = docker0.run(o.get("c2"));
        w.show("brctl show", BrctlShow.of(hostRtnl).text());
        c1.show("ip addr show eth0", IpAddrShow.of(c1.rtnl()).dev(Container.ETH0).text());

        w.section("ping: each container -> its gateway; across the two networks (the walkthrough: it cannot)");
        c1.ping("gateway " + network, gw, true);
        c2.ping("gateway bridge", bip.address(), true);
        c2.ping(c1, false);
        c1.ping(c2, false);
    }
}

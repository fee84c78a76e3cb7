package dev.jnetlink.examples.scenario;

import dev.jnetlink.bridge.view.BrctlShow;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.examples.BridgeNetwork;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.ContainerProcess;
import dev.jnetlink.examples.Lan;
import dev.jnetlink.examples.Listings;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.RouteN;
import dev.jnetlink.socket.NetlinkException;
import java.net.InetAddress;

/**
 * S5: pipework (seeds 000 and 004), which attaches an existing container to a bridge after the
 * fact. {@code pipework docker0 -i eth0 vm2 192.168.101.128/24@172.17.0.1} puts a
 * {@code --net=none} container (found by its process's pid) on docker0 with an address of the
 * physical network, which docker0 is not part of: it cannot reach that network.
 * {@code pipework br0 -i eth0 vm6 192.168.101.88/24@192.168.101.1}, with the host's NIC
 * enslaved to br0, puts a container (found by name) on the physical network itself.
 */
public final class Pipework implements Scenario {
    /** {@code IP/LEN@GATEWAY}, as pipework takes it. */
    private record Target(Prefix address, InetAddress gateway) {
        static Target of(Options o, String name) {
            String text = o.get(name);
            int at = text.indexOf('@');
            if (at < 0) {
                throw new Options.UsageException("--" + name + ": \"" + text + "\" is not IP/LEN@GATEWAY");
            }
            try {
                return new Target(Prefix.parse(text.substring(0, at)), IpAddresses.parse(text.substring(at + 1)));
            } catch (IllegalArgumentException e) {
                throw new Options.UsageException("--" + name + ": " + e.getMessage());
            }
        }

        @Override
        public String toString() {
            return address + "@" + IpAddresses.format(gateway);
        }
    }

    @Override
    public String name() {
        return "pipework";
    }

    @Override
    public String summary() {
        return "pipework: a --net=none container put on docker0, then one on br0 that bridges the host's NIC";
    }

    @Override
    public String source() {
        return "seeds/004 and seeds/000: pipework docker0 -i eth0 vm2 ..., pipework br0 -i eth0 vm6 ...";
    }

    @Override
    public void declare(Options o) {
        Lan.declare(o, null);
        o.option("lan-address", "192.168.101.1/24", "the physical network's machine (vm6's gateway)");
        o.option("bip", "172.17.0.1/16", "docker0's address");
        o.option("vm2", "vm2", "the container pipework puts on docker0");
        o.option("vm2-address", "192.168.101.128/24@172.17.0.1", "its address and gateway, IP/LEN@GATEWAY");
        o.option("br0", "br0", "the bridge the host's NIC is enslaved to");
        o.option("vm6", "vm6", "the container pipework puts on br0");
        o.option("vm6-address", "192.168.101.88/24@192.168.101.1", "its address and gateway, IP/LEN@GATEWAY");
        o.option("interface", "eth0", "the interface's name in the containers (pipework -i)");
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        Prefix lanIp = o.prefix("lan-address");
        Prefix bip = o.prefix("bip");
        Target vm2Ip = Target.of(o, "vm2-address");
        Target vm6Ip = Target.of(o, "vm6-address");
        String ifname = o.get("interface");

        Lan lan = Lan.create(w, o, null, lanIp);
        w.section("dockerd starts: docker0 with " + bip);
        BridgeNetwork docker0 = BridgeNetwork.create(w, lan.hostRtnl(), "bridge", "docker0", bip);

        w.section("docker run -itd --name=" + o.get("vm2") + " --net=none rockylinux-ssh");
        Container vm2 = Container.create(w, o.get("vm2"));
        ContainerProcess process = w.step(vm2.role() + "'s process, a thread born in " + vm2.name(),
                () -> w.closeLater(ContainerProcess.idle(vm2.ns(), vm2.role())));
        w.note("its pid (the thread's id): " + process.pid() + "; pipework finds a container's namespace by it");
        w.section("pipework docker0 -i " + ifname + " " + vm2.role() + " " + vm2Ip);
        NetNs byPid = w.step("ln -s /proc/" + process.pid() + "/ns/net /var/run/netns/" + process.pid()
                + "   # pipework's way in: the namespace of the pid", () -> w.closeLater(NetNs.openPid(process.pid())));
        String pid = Long.toString(process.pid());
        pipework(w, lan.hostRtnl(), docker0, ifname, pid, pid, byPid, vm2Ip,
                name -> lan.hostRtnl().links().moveToPid(name, (int) process.pid()));
        vm2.address(vm2Ip.address().address());
        w.show("brctl show", BrctlShow.of(lan.hostRtnl()).text());
        vm2.show("ip addr show " + ifname, IpAddrShow.of(vm2.rtnl()).dev(ifname).text());
        String routes = RouteN.of(vm2.rtnl()).text();
        vm2.show("route -n", routes);
        String gw = IpAddresses.format(vm2Ip.gateway());
        w.verify(vm2.role() + " routes to " + gw + " on " + ifname + ", then by default via it",
                Listings.hasRoute(routes, gw, "0.0.0.0", "255.255.255.255", "UH", ifname)
                        && Listings.hasRoute(routes, "0.0.0.0", gw, "0.0.0.0", "UG", ifname));
        InetAddress lanMachine = lanIp.address();
        w.note(vm2.role() + "'s address is one of the physical network's, but docker0 is not part of that network:");
        vm2.ping(o.get("lan"), lanMachine, false);

        w.section("the walkthrough bridges the NIC: ifcfg-" + lan.parent() + " BRIDGE=" + o.get("br0")
                + ", ifcfg-" + o.get("br0") + " TYPE=Bridge");
        BridgeNetwork br0 = BridgeNetwork.withoutAddress(w, lan.hostRtnl(), o.get("br0"), o.get("br0"),
                null, null, null);
        br0.addPort(lan.parent());
        w.section("docker run -itd --name=" + o.get("vm6") + " --net=none rockylinux-ssh");
        Container vm6 = Container.create(w, o.get("vm6"));
        w.section("pipework " + o.get("br0") + " -i " + ifname + " " + vm6.role() + " " + vm6Ip);
        pipework(w, lan.hostRtnl(), br0, ifname, vm6.role(), vm6.name(), vm6.ns(), vm6Ip,
                name -> lan.hostRtnl().links().moveTo(name, vm6.ns()));
        vm6.address(vm6Ip.address().address());
        w.show("brctl show", BrctlShow.of(lan.hostRtnl()).text());
        vm6.show("route -n", RouteN.of(vm6.rtnl()).text());
        w.verify("brctl show lists " + lan.parent() + " under " + o.get("br0"),
                BrctlShow.of(lan.hostRtnl()).entry(o.get("br0")).ports().contains(lan.parent()));

        w.section("ping: " + vm6.role() + " is on the physical network");
        vm6.ping(o.get("lan") + " (gateway)", vm6Ip.gateway(), true);
        w.ping(o.get("lan"), lan.lan(), vm6.role(), vm6.address(), true);
    }

    /** Moves the container's end into its namespace. */
    @FunctionalInterface
    private interface Move {
        void to(String name) throws Exception;
    }

    // What pipework does for a bridge: veth pair named after the interface and the container,
    // host end enslaved and up, the other end moved in, renamed, addressed, up, and the route
    // to the gateway (a host route first when the gateway is outside the subnet).
    // id names the veth ends (pipework uses the pid); netns is how ip names the namespace.
    private static void pipework(Walkthrough w, Rtnl host, BridgeNetwork bridge, String ifname, String id,
            String netns, NetNs ns, Target target, Move move) throws Exception {
        String local = "v" + ifname + "pl" + id;
        String guest = "v" + ifname + "pg" + id;
        w.run("ip link add name " + local + " mtu 1500 type veth peer name " + guest + " mtu 1500",
                () -> host.links().add(Veth.pair(local, guest).mtu(1500).peerMtu(1500)));
        bridge.addPort(local);
        w.run("ip link set " + local + " up", () -> host.links().setUp(local));
        w.run("ip link set " + guest + " netns " + netns, () -> move.to(guest));
        Rtnl in = w.rtnl(ns);
        String exec = "ip netns exec " + netns + " ";
        w.run(exec + "ip link set " + guest + " name " + ifname, () -> in.links().rename(guest, ifname));
        w.run(exec + "ip addr add " + target.address() + " dev " + ifname,
                () -> in.addresses().add(ifname, target.address().toString()));
        w.run(exec + "ip link set " + ifname + " up", () -> in.links().setUp(ifname));
        String gw = IpAddresses.format(target.gateway());
        boolean routed = w.step(exec + "ip route get " + gw, () -> {
            try {
                in.routes().get(gw);
                return true;
            } catch (NetlinkException e) {
                return false;
            }
        });
        if (!routed) {
            w.note("no route to " + gw + " (outside " + target.address().network() + "): pipework adds one");
            w.run(exec + "ip route add " + gw + "/" + (target.gateway().getAddress().length * 8) + " dev " + ifname,
                    () -> in.routes().add(RouteSpec.to(Prefix.host(target.gateway())).dev(ifname)));
        }
        w.run(exec + "ip route replace default via " + gw,
                () -> in.routes().replace(RouteSpec.defaultVia(gw).build()));
    }
}

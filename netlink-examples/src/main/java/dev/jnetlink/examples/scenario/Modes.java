package dev.jnetlink.examples.scenario;

import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.ContainerProcess;
import dev.jnetlink.examples.Lan;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.IpLinkShow;
import dev.jnetlink.rtnl.view.RouteN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * S4: Docker's none, host and container network modes (seeds 001, 003 sections 六, 004): a
 * container with only {@code lo}; a container whose code runs in the host's namespace and
 * serves on the host's address; a second container that joins the first one's namespace (by
 * name, by its process's pid, by path) and serves it on 127.0.0.1.
 */
public final class Modes implements Scenario {
    private static final Set<String> MODES = Set.of("all", "none", "host", "container");

    @Override
    public String name() {
        return "modes";
    }

    @Override
    public String summary() {
        return "none, host and container modes: only lo; the host's interfaces; a shared namespace";
    }

    @Override
    public String source() {
        return "seeds/001, seeds/003 section 六, seeds/004: --net=none, --net=host, --net=container:NAME";
    }

    @Override
    public void declare(Options o) {
        o.option("mode", "all", "which mode to show: none, host, container or all");
        o.option("none", "vm2", "the --net=none container");
        Lan.declare(o, "10.10.101.105/24");
        o.option("lan-address", "10.10.101.1/24", "address of the machine on the physical network");
        o.option("host-container", "coffee", "the --net=host container");
        o.option("c1", "c1", "the container whose namespace is shared");
        o.option("c2", "c2", "the --net=container:c1 container");
        o.option("c1-address", "172.17.0.2/16", "c1's address on its eth0");
        o.option("c1-gateway", "172.17.0.1/16", "the host's end of c1's veth (docker0's address)");
        o.option("port", "80", "the port the containers' httpd listens on");
        o.option("page", "hello world", "what the httpd answers (the walkthrough's index.html)");
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        String mode = o.get("mode");
        if (!MODES.contains(mode)) {
            throw new Options.UsageException("--mode: \"" + mode + "\" is not none, host, container or all");
        }
        int port = o.number("port", 1, 65535);
        Prefix hostIp = o.prefix("host-address");
        Prefix lanIp = o.prefix("lan-address");
        Prefix c1Ip = o.prefix("c1-address");
        Prefix c1Gw = o.prefix("c1-gateway");
        if (mode.equals("all") || mode.equals("none")) {
            none(w, o);
        }
        if (mode.equals("none")) {
            return;
        }
        Lan lan = Lan.create(w, o, hostIp, lanIp);
        if (mode.equals("all") || mode.equals("host")) {
            host(w, o, lan, hostIp, port);
        }
        if (mode.equals("all") || mode.equals("container")) {
            container(w, o, lan, c1Ip, c1Gw, port);
        }
    }

    private static void none(Walkthrough w, Options o) throws Exception {
        w.section("docker run -itd --name " + o.get("none") + " --net=none busybox");
        Container vm = Container.bare(w, o.get("none"), "a namespace of its own; Docker configures nothing");
        vm.show("ip link show", IpLinkShow.of(vm.rtnl()).text());
        List<Link> links = vm.rtnl().links().list();
        w.verify(vm.role() + " has only lo, and it is down",
                links.size() == 1 && links.get(0).name().equals("lo") && !links.get(0).isUp());
        vm.show("route -n", RouteN.of(vm.rtnl()).text());
        vm.exec("ip link set lo up", () -> vm.rtnl().links().setUp("lo"));
        vm.ping("itself", InetAddress.getLoopbackAddress(), true);
    }

    private static void host(Walkthrough w, Options o, Lan lan, Prefix hostIp, int port) throws Exception {
        String coffee = o.get("host-container");
        w.section("docker run -itd --name " + coffee + " --net=host nginx");
        w.note("--net=host: no namespace of its own; " + coffee + "'s code runs in the host's, where it reads");
        w.note("the links with a client opened on its own thread (NetNs.run(host, ...), then Rtnl.open()):");
        List<String> seen = lan.host().call(() -> {
            try (Rtnl own = Rtnl.open(); NetNs current = NetNs.current()) {
                w.show("ip link show   # as " + coffee + " sees it", IpLinkShow.of(own).text());
                w.verify(coffee + " runs in the host's namespace", current.sameAs(lan.host()));
                return names(own);
            }
        });
        w.verify(coffee + " sees the host's interfaces " + seen, seen.equals(names(lan.hostRtnl())));

        InetSocketAddress any = new InetSocketAddress(InetAddress.getByAddress(new byte[4]), port);
        w.step("nginx in " + coffee + " listens on 0.0.0.0:" + port + "   # a port of the host itself",
                () -> w.closeLater(ContainerProcess.serve(lan.host(), coffee, any, o.get("page"))));
        w.tcp("host", lan.host(), coffee, new InetSocketAddress(InetAddress.getLoopbackAddress(), port), true,
                o.get("page"));
        w.tcp(o.get("lan"), lan.lan(), coffee, new InetSocketAddress(hostIp.address(), port), true, o.get("page"));
    }

    private static void container(Walkthrough w, Options o, Lan lan, Prefix c1Ip, Prefix c1Gw, int port)
            throws Exception {
        w.section("docker run --name " + o.get("c1") + " -it busybox");
        Container c1 = Container.create(w, o.get("c1"));
        String hostEnd = "veth" + o.get("c1");
        w.run("ip link add " + hostEnd + " type veth peer name eth0 netns " + c1.name()
                + "   # the bridge of S2 is not what this shows", () -> lan.hostRtnl().links()
                        .add(Veth.pair(hostEnd, "eth0").peerNetns(c1.ns())));
        w.run("ip addr add " + c1Gw + " dev " + hostEnd + " && ip link set " + hostEnd + " up", () -> {
            lan.hostRtnl().addresses().add(hostEnd, c1Gw.toString());
            lan.hostRtnl().links().setUp(hostEnd);
        });
        c1.configure(Container.ETH0, c1Ip);
        c1.defaultVia(c1Gw.address());
        ContainerProcess sh = w.step(c1.role() + "'s process: busybox sh, a thread born in " + c1.name(),
                () -> w.closeLater(ContainerProcess.idle(c1.ns(), c1.role())));
        w.note("its pid (the thread's id): " + sh.pid());

        String c2 = o.get("c2");
        w.section("docker run --name " + c2 + " -it --network container:" + c1.role() + " busybox");
        NetNs byName = w.step("ip netns exec " + c1.name() + "   # join by name",
                () -> w.closeLater(NetNs.open(c1.name())));
        NetNs byPid = w.step("nsenter --net --target " + sh.pid() + "   # join by the pid of " + c1.role()
                + "'s process", () -> w.closeLater(NetNs.openPid(sh.pid())));
        Path path = Path.of("/proc", Long.toString(sh.pid()), "ns", "net");
        NetNs byPath = w.step("nsenter --net=" + path + "   # join by path",
                () -> w.closeLater(NetNs.openPath(path)));
        w.verify("by name, by pid and by path: all " + c1.role() + "'s namespace",
                byName.sameAs(c1.ns()) && byPid.sameAs(c1.ns()) && byPath.sameAs(c1.ns()));
        Rtnl asC2 = w.rtnl(byPid);
        w.show("ip addr show   # as " + c2 + " sees it", IpAddrShow.of(asC2).text());
        w.verify(c2 + " sees " + c1.role() + "'s eth0 with " + c1Ip, asC2.addresses().list("eth0").stream()
                .anyMatch(a -> c1Ip.address().equals(a.ip()) && a.prefixLength() == c1Ip.length()));

        InetSocketAddress any = new InetSocketAddress(InetAddress.getByAddress(new byte[4]), port);
        w.step("httpd -h /tmp/ in " + c2 + "   # listens on :" + port + " in the shared namespace",
                () -> w.closeLater(ContainerProcess.serve(byPid, c2, any, o.get("page"))));
        w.tcp(c1.role(), c1.ns(), c2 + "'s httpd", new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                true, o.get("page"));
        w.tcp("host", lan.host(), c2 + "'s httpd", new InetSocketAddress(c1Ip.address(), port), true, o.get("page"));
    }

    private static List<String> names(Rtnl rtnl) {
        return rtnl.links().list().stream().map(l -> l.index() + ": " + l.name()).toList();
    }
}

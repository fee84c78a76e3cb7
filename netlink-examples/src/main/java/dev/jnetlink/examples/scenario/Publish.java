package dev.jnetlink.examples.scenario;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.examples.BridgeNetwork;
import dev.jnetlink.examples.Check;
import dev.jnetlink.examples.Container;
import dev.jnetlink.examples.ContainerProcess;
import dev.jnetlink.examples.Lan;
import dev.jnetlink.examples.Options;
import dev.jnetlink.examples.Scenario;
import dev.jnetlink.examples.Walkthrough;
import dev.jnetlink.nftables.Nft;
import dev.jnetlink.nftables.RuleSpec;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.expr.Counter;
import dev.jnetlink.nftables.publish.PortPublisher;
import dev.jnetlink.nftables.publish.PortSpec;
import dev.jnetlink.nftables.publish.Publication;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * S11: published ports and masquerade (seeds 003 section 五, 000, 002 {@code -p 80:80}) with
 * nftables over netlink: docker0 and a container serving on port 80 (a Java server socket
 * opened in its namespace); {@code -p 8080:80} and a dynamic {@code -p 80} (host port 32768),
 * each reached from an "outside" machine on ens33's network through the host's address and
 * answered by the container; the NAT rules with their counters rising; the container reaching
 * the outside, which sees the host's address (masquerade); the container killed, its rules
 * gone, another container's publication still working.
 */
public final class Publish implements Scenario {
    @Override
    public String name() {
        return "publish";
    }

    @Override
    public String summary() {
        return "docker run -p: DNAT of published ports and masquerade, with nftables; counters; docker port; docker kill";
    }

    @Override
    public String source() {
        return "seeds/003 section 五, seeds/000, seeds/002: -p, -P, docker port, iptables -t nat -vnL";
    }

    @Override
    public void declare(Options o) {
        Lan.declare(o, "172.30.1.101/24");
        o.option("outside-address", "172.30.1.200/24", "the address of the machine outside, on ens33's network");
        o.option("bridge", "docker0", "the bridge's name");
        o.option("bip", "172.17.0.1/16", "docker0's address and the containers' subnet");
        o.option("container", "myweb", "the container whose port 80 is published");
        o.option("other", "web2", "a second container, published on --other-port");
        o.option("port", "8080", "the host port of -p PORT:80");
        o.option("other-port", "8081", "the host port of the second container's -p PORT:80");
        o.option("table", "docker", "the nftables table the NAT rules go into");
    }

    @Override
    public void run(Walkthrough w, Options o) throws Exception {
        Prefix hostIp = o.prefix("host-address");
        Prefix outsideIp = o.prefix("outside-address");
        Prefix bip = o.prefix("bip");
        int port = o.number("port", 1, 65535);
        int otherPort = o.number("other-port", 1, 65535);
        String bridge = o.get("bridge");
        String outside = o.get("lan");
        InetAddress host = hostIp.address();

        Lan lan = Lan.create(w, o, hostIp, outsideIp);
        w.run("sysctl -w net.ipv4.ip_forward=1   # on the host, as dockerd does",
                () -> lan.host().sysctls().set("net.ipv4.ip_forward", "1"));
        w.section("dockerd starts: docker0, and the nat table (iptables -t nat; here an nftables table)");
        BridgeNetwork net = BridgeNetwork.create(w, lan.hostRtnl(), "bridge", bridge, bip);
        Nft nft = w.closeLater(Nft.openIn(lan.host()));
        byte[] network = bip.address().getAddress();
        for (int i = bip.length(); i < 32; i++) {
            network[i / 8] &= (byte) ~(0x80 >>> (i % 8));
        }
        String subnet = IpAddresses.format(IpAddresses.of(network)) + "/" + bip.length();
        PortPublisher pub = w.step("nft add table ip " + o.get("table") + " ...   # MASQUERADE " + subnet
                + " out of !" + bridge + ", chain DOCKER from PREROUTING and OUTPUT",
                () -> PortPublisher.open(nft, bridge, subnet, o.get("table")));
        w.onCleanup("nft delete table ip " + o.get("table"), () -> {
            if (nft.listTables().stream().anyMatch(t -> t.name().equals(o.get("table")))) {
                pub.remove();
            }
        });
        w.show("nft list table ip " + o.get("table") + "   (iptables -t nat -vnL)", nft.ruleset().toString());

        String page = "<h1>Busybox httpd server.</h1>";
        Container web = net.run(o.get("container"));
        serve(w, web, page);
        w.show("docker inspect " + web.role() + " | grep IPAddress",
                "\"IPAddress\": \"" + IpAddresses.format(web.address()) + "\",");
        w.tcp("host", lan.host(), web.role(), new InetSocketAddress(web.address(), 80), true, page);

        w.section("docker run --name " + web.role() + " -p " + port + ":80 -p 80 ...   # a fixed and a dynamic host port");
        List<Publication> published = w.step("nft add rule ip " + o.get("table") + " docker iifname != \"" + bridge
                + "\" tcp dport {" + port + ",32768} counter dnat to " + IpAddresses.format(web.address()) + ":80",
                () -> pub.publishAll(web.role(), IpAddresses.format(web.address()),
                        List.of(PortSpec.parse(port + ":80"), PortSpec.parse("80"))));
        w.show("docker port " + web.role(), String.join("\n", pub.ports(web.role()).stream()
                .map(Publication::toString).toList()));
        int dynamic = published.get(1).hostPort();
        w.verify("the dynamic port is the first from " + PortPublisher.FIRST_DYNAMIC_PORT,
                dynamic == PortPublisher.FIRST_DYNAMIC_PORT);
        long before = dnatPackets(nft, pub, web.role());
        w.show("nft list table ip " + o.get("table") + "   # before any connection", nft.ruleset().toString());

        w.section("from " + outside + " (another machine on " + lan.parent() + "'s network): curl " + host + ":PORT");
        Check fixed = w.tcp(outside, lan.lan(), web.role() + " via " + port, new InetSocketAddress(host, port), true, page);
        Check dyn = w.tcp(outside, lan.lan(), web.role() + " via " + dynamic, new InetSocketAddress(host, dynamic),
                true, page);
        long after = dnatPackets(nft, pub, web.role());
        w.show("nft list table ip " + o.get("table") + "   # the counters after the connections",
                nft.ruleset().toString());
        w.verify("the DNAT rules counted the connections (" + before + " packets before, " + after + " after)",
                fixed.passed() && dyn.passed() && after >= before + 2);

        w.section("the container reaches the outside: the outside sees the host's address (MASQUERADE)");
        String seen = "from " + IpAddresses.format(host);
        w.step("a server in " + outside + " on :9000 that answers with the address it sees",
                () -> w.closeLater(ContainerProcess.serve(lan.lan(), "whoami",
                        new InetSocketAddress(outsideIp.address(), 9000),
                        peer -> "from " + IpAddresses.format(peer.getAddress()))));
        w.tcp(web.role(), web.ns(), outside, new InetSocketAddress(outsideIp.address(), 9000), true, seen);

        Container other = net.run(o.get("other"));
        serve(w, other, page);
        w.step("docker run --name " + other.role() + " -p " + otherPort + ":80 ...",
                () -> pub.publish(other.role(), IpAddresses.format(other.address()), PortSpec.parse(otherPort + ":80")));
        w.tcp(outside, lan.lan(), other.role() + " via " + otherPort, new InetSocketAddress(host, otherPort), true, page);

        w.section("docker kill " + web.role() + "   # its rules go, " + other.role() + "'s stay");
        List<Publication> gone = w.step("nft delete rule ip " + o.get("table") + " ... handle N   # each of "
                + web.role() + "'s rules, by the handle the kernel gave it", () -> pub.unpublish(web.role()));
        String hostEnd = BridgeNetwork.hostEnd(web.role());
        w.run("ip link del " + hostEnd + "   # its veth", () -> lan.hostRtnl().links().delete(hostEnd));
        String after2 = nft.ruleset().toString();
        w.show("nft list table ip " + o.get("table") + "   # after docker kill " + web.role(), after2);
        w.verify(web.role() + "'s " + gone.size() * 2 + " rules are gone, " + other.role() + "'s are there",
                !after2.contains(web.role() + " ") && after2.contains(other.role() + " "));
        w.tcp(outside, lan.lan(), web.role() + " via " + port, new InetSocketAddress(host, port), false, page);
        w.tcp(outside, lan.lan(), other.role() + " via " + otherPort, new InetSocketAddress(host, otherPort), true, page);
    }

    private static void serve(Walkthrough w, Container c, String page) throws Exception {
        w.step("httpd -f -h /data/html in " + c.role() + "   # a Java server socket on 0.0.0.0:80 in its namespace",
                () -> w.closeLater(ContainerProcess.serve(c.ns(), c.role(),
                        new InetSocketAddress(InetAddress.getByAddress(new byte[4]), 80), page)));
    }

    // The packets the container's DNAT rules counted: nat rules see the first packet of each
    // connection.
    private static long dnatPackets(Nft nft, PortPublisher pub, String container) {
        long n = 0;
        for (Rule r : nft.listRules(pub.table(), "docker")) {
            String comment = RuleSpec.commentOf(r);
            if (comment != null && comment.startsWith(container + " ")) {
                for (var e : r.expressions()) {
                    if (e instanceof Counter c && c.packets() != null) {
                        n += c.packets();
                    }
                }
            }
        }
        return n;
    }
}

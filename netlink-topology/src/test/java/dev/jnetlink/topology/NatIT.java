package dev.jnetlink.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.netns.NetNs;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NAT and published ports (nftables) in a topology: applied, reached from outside, converged,
 * edited (only the publication that changed), owned (a table of someone else's stays), and
 * removed; checked with {@code nft list} from outside.
 */
@NetlinkTest
class NatIT {
    /**
     * A host namespace with docker0 and one container, and an outside namespace on an uplink:
     * {@code ext 10.99.0.2 -- 10.99.0.1 host docker0 172.17.0.1 -- 172.17.0.2 c1}.
     */
    private static Topology topology(String name, List<NatDef.Port> ports) {
        return Topology.named(name).prefix(name + "-")
                .namespace("host", ns -> ns.loopbackUp().sysctl("net.ipv4.ip_forward", "1")
                        .bridge("docker0", br -> br.up().address("172.17.0.1/16"))
                        .veth("veth1", v -> v.master("docker0").up(), "c1", "eth0", p -> p.up().address("172.17.0.2/16"))
                        .veth("uplink", v -> v.up().address("10.99.0.1/24"), "ext", "eth0",
                                p -> p.up().address("10.99.0.2/24"))
                        .nat("docker0", null, ports))
                .namespace("c1", ns -> ns.loopbackUp().route("default", "172.17.0.1", null))
                .namespace("ext", ns -> ns.loopbackUp())
                .build();
    }

    private static String nft(Topology t, String... args) {
        String[] cmd = new String[args.length + 4];
        cmd[0] = "ip";
        cmd[1] = "netns";
        cmd[2] = "exec";
        cmd[3] = t.nsName("host");
        System.arraycopy(args, 0, cmd, 4, args.length);
        return ReferenceTools.run(cmd);
    }

    @Test
    void publishesConvergesEditsOnlyTheChangeAndRemovesOnlyItsTable() throws Exception {
        ReferenceTools.require("nft");
        String name = Fixtures.unique("tnat");
        Topology t = topology(name, List.of(new NatDef.Port("8080:80", "c1"), new NatDef.Port("5353:53/udp", "c1")));
        String table = Ownership.natTable(name, "docker0", Prefix.parse("172.17.0.0/16"));
        try {
            Plan plan = Topologies.plan(t);
            assertThat(plan.steps()).filteredOn(s -> s.phase() == Phase.NAT).extracting(Step::line).containsExactly(
                    "+ ip netns exec " + t.nsName("host") + " nft add table ip " + table + "   # chains prerouting, "
                            + "output, postrouting, docker; masquerade ip saddr 172.17.0.0/16 oifname != \"docker0\"",
                    "+ ip netns exec " + t.nsName("host") + " nft add rule ip " + table + " docker iifname != \"docker0\" "
                            + "tcp dport 8080 dnat to 172.17.0.2:80   # c1 80/tcp -> 0.0.0.0:8080, and its hairpin masquerade",
                    "+ ip netns exec " + t.nsName("host") + " nft add rule ip " + table + " docker iifname != \"docker0\" "
                            + "udp dport 5353 dnat to 172.17.0.2:53   # c1 53/udp -> 0.0.0.0:5353, and its hairpin masquerade");
            Topologies.apply(t, Progress.NONE);

            String listed = nft(t, "nft", "list", "table", "ip", table);
            assertThat(listed).contains("ip saddr 172.17.0.0/16 oifname != \"docker0\" counter packets")
                    .contains("tcp dport 8080 counter packets").contains("dnat to 172.17.0.2:80")
                    .contains("udp dport 5353").contains("dnat to 172.17.0.2:53");
            assertPublishedAndMasqueraded(t);

            assertThat(Topologies.plan(t).isEmpty()).as("applied once, the plan is empty").isTrue();
            assertThat(Topologies.apply(t, Progress.NONE).plan().steps()).isEmpty();

            // someone else's table in the same namespace: no plan touches it
            nft(t, "nft", "add", "table", "ip", "theirs");
            assertThat(Topologies.plan(t).isEmpty()).isTrue();

            // the edit: the TCP port moves to 8081; the UDP publication stays as it is
            Topology edited = topology(name, List.of(new NatDef.Port("8081:80", "c1"), new NatDef.Port("5353:53/udp", "c1")));
            Plan edit = Topologies.plan(edited);
            assertThat(edit.steps()).extracting(Step::change, Step::phase).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Step.Change.DELETE, Phase.NAT),
                    org.assertj.core.groups.Tuple.tuple(Step.Change.CREATE, Phase.NAT));
            assertThat(edit.steps().get(0).line()).contains("nft delete rule ip " + table + " docker handle ")
                    .endsWith("# c1 80/tcp -> 0.0.0.0:8080 (and its hairpin masquerade), no longer declared");
            assertThat(edit.steps().get(1).line()).contains("tcp dport 8081 dnat to 172.17.0.2:80");
            String udpBefore = ruleLine(nft(t, "nft", "-a", "list", "table", "ip", table), "udp dport 5353");
            Topologies.apply(edited, Progress.NONE);
            String after = nft(t, "nft", "-a", "list", "table", "ip", table);
            assertThat(after).contains("tcp dport 8081").doesNotContain("tcp dport 8080");
            assertThat(ruleLine(after, "udp dport 5353")).as("the UDP rule, handle and all, is untouched")
                    .isEqualTo(udpBefore);
            assertThat(Topologies.plan(edited).isEmpty()).isTrue();

            // NAT no longer declared: its table goes, the other stays
            Topology none = topology(name, List.of());
            Topology without = new Topology(name, t.prefix(), none.namespaces().stream().map(ns -> new NamespaceDef(
                    ns.name(), ns.loopbackUp(), ns.sysctls(), ns.links(), ns.routes(), ns.neighbours())).toList());
            assertThat(Topologies.plan(without).steps()).extracting(Step::line).containsExactly(
                    "- ip netns exec " + t.nsName("host") + " nft delete table ip " + table + "   # owned, no longer declared");
            Topologies.apply(without, Progress.NONE);
            assertThat(nft(t, "nft", "list", "tables")).contains("table ip theirs").doesNotContain(table);
        } finally {
            Topologies.destroy(name, Progress.NONE);
        }
        assertThat(Fixtures.namespacesOf(t)).isEmpty();
    }

    private static String ruleLine(String listing, String containing) {
        return listing.lines().filter(l -> l.contains(containing) && l.contains("dnat")).findFirst().orElseThrow()
                .replaceAll("counter packets \\d+ bytes \\d+", "counter");
    }

    /** ext reaches c1's port 80 on host's 8080 (DNAT); c1 reaches ext as host's uplink address (masquerade). */
    private static void assertPublishedAndMasqueraded(Topology t) throws Exception {
        try (NetNs c1 = NetNs.open(t.nsName("c1")); NetNs ext = NetNs.open(t.nsName("ext"))) {
            try (ServerSocket server = c1.call(() -> new ServerSocket(80, 1, InetAddress.getByName("172.17.0.2")))) {
                server.setSoTimeout(5000);
                try (Socket client = ext.call(() -> connect("10.99.0.1", 8080)); Socket accepted = server.accept()) {
                    assertThat(((InetSocketAddress) accepted.getRemoteSocketAddress()).getAddress().getHostAddress())
                            .as("DNAT keeps the client's address").isEqualTo("10.99.0.2");
                }
            }
            try (ServerSocket server = ext.call(() -> new ServerSocket(9000, 1, InetAddress.getByName("10.99.0.2")))) {
                server.setSoTimeout(5000);
                try (Socket client = c1.call(() -> connect("10.99.0.2", 9000)); Socket accepted = server.accept()) {
                    assertThat(((InetSocketAddress) accepted.getRemoteSocketAddress()).getAddress().getHostAddress())
                            .as("the bridge's subnet is masqueraded out of the uplink").isEqualTo("10.99.0.1");
                }
            }
        }
    }

    private static Socket connect(String host, int port) throws java.io.IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(host, port), 5000);
        return s;
    }
}

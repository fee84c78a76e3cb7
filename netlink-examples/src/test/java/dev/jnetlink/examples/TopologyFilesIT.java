package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jnetlink.diag.Ping;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.testing.Ip;
import dev.jnetlink.topology.Main;
import dev.jnetlink.topology.Topology;
import dev.jnetlink.topology.TopologyReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The scenarios' topology files ({@code netlink-examples/topologies}) applied with the topology
 * command line: each yields the state its program ends in ({@code ip -j} of every namespace:
 * links with their details, IPv4 addresses and routes; MACs, indexes, namespace ids and the
 * ownership alias aside), the reachability checks pass, applying again changes nothing, and
 * {@code destroy} leaves nothing.
 */
@NetlinkTest
class TopologyFilesIT {
    @Test
    void s1R1R2() throws Exception {
        Map<String, InetAddress[]> pings = Map.of(
                "r1", new InetAddress[] {ip("10.1.0.102")},
                "r2", new InetAddress[] {ip("10.1.0.101")});
        compare("r1r2", "s1-r1r2.yaml", pings);
    }

    @Test
    void s2DefaultBridge() throws Exception {
        Map<String, InetAddress[]> pings = Map.of(
                "c1", new InetAddress[] {ip("172.17.0.1"), ip("172.17.0.3")},
                "c2", new InetAddress[] {ip("172.17.0.1"), ip("172.17.0.2")},
                "host", new InetAddress[] {ip("172.17.0.2"), ip("172.17.0.3")});
        compare("bridge", "s2-bridge.yaml", pings);
    }

    @Test
    void s6Macvlan() throws Exception {
        InetAddress gw = ip("192.168.241.2");
        Map<String, InetAddress[]> pings = Map.of(
                "milk", new InetAddress[] {gw, ip("192.168.241.95"), ip("192.168.241.96")},
                "bread", new InetAddress[] {gw, ip("192.168.241.92"), ip("192.168.241.96")},
                "tea", new InetAddress[] {gw, ip("192.168.241.92"), ip("192.168.241.95")},
                "lan", new InetAddress[] {ip("192.168.241.92"), ip("192.168.241.95"), ip("192.168.241.96")});
        compare("macvlan", "s6-macvlan.yaml", pings);
    }

    @Test
    void s10Overlay() throws Exception {
        Map<String, InetAddress[]> pings = Map.of(
                "c1", new InetAddress[] {ip("10.0.0.3")},
                "c2", new InetAddress[] {ip("10.0.0.2")});
        compare("overlay", "s10-overlay.yaml", pings);
    }

    /**
     * @param scenario the program's subcommand
     * @param file the topology file
     * @param pings per namespace of the topology, what it must reach
     */
    private static void compare(String scenario, String file, Map<String, InetAddress[]> pings) throws Exception {
        Path path = file(file);
        Topology t = TopologyReader.read(path);
        String prefix = ScratchNamespaces.uniqueName("tf") + "-";
        ScenarioRun program = ScenarioRun.runKeeping(scenario, "--keep");
        try {
            assertThat(program.result().exitCode()).isEqualTo(dev.jnetlink.examples.Main.PASSED);
            assertThat(cli("apply", "--quiet", "--prefix", prefix, path.toString())).startsWith("Apply complete: ");
            for (var ns : t.namespaces()) {
                String made = program.prefix() + ns.name();
                String applied = prefix + ns.name();
                assertThat(NetNs.exists(made)).as("the program made " + made).isTrue();
                assertThat(state(applied)).as("%s as the topology makes it, against the program's %s", applied, made)
                        .isEqualTo(state(made));
            }
            assertThat(NetNs.list().stream().filter(n -> n.startsWith(prefix)).count()).isEqualTo(t.namespaces().size());
            for (Map.Entry<String, InetAddress[]> e : pings.entrySet()) {
                try (NetNs from = NetNs.open(prefix + e.getKey())) {
                    for (InetAddress to : e.getValue()) {
                        try (Ping ping = Ping.from(from, to)) {
                            assertThat(ping.echo(Duration.ofSeconds(3)).replied()).as(e.getKey() + " -> " + to).isTrue();
                        }
                    }
                }
            }
            assertThat(cli("plan", "--prefix", prefix, path.toString()))
                    .contains("No changes. The live state matches the topology.");
        } finally {
            program.removeLeftovers();
            String destroyed = cli("destroy", "--quiet", "--prefix", prefix, path.toString());
            assertThat(destroyed).startsWith("Destroy complete: " + t.namespaces().size() + " namespaces");
        }
        assertThat(NetNs.list().stream().filter(n -> n.startsWith(prefix))).isEmpty();
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(o, e, args);
        }
        assertThat(code).as("exit code of %s; it said: %s", List.of(args), err.toString(StandardCharsets.UTF_8))
                .isEqualTo(Main.OK);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** @return the file, from the module (Maven) or the repository's root (the VM pass) */
    static Path file(String name) {
        Path here = Path.of("topologies", name);
        return Files.exists(here) ? here : Path.of("netlink-examples", "topologies", name);
    }

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    /** What is compared: per listing, its entries sorted by name, without what names the instance. */
    private static Map<String, String> state(String ns) {
        Map<String, String> s = new TreeMap<>();
        s.put("ip -d link", sorted(clean(Ip.json(ns, "-d", "link", "show")), "ifname"));
        s.put("ip -4 addr", sorted(clean(Ip.json(ns, "-4", "addr", "show")), "ifname"));
        s.put("ip -4 route", sorted(clean(Ip.json(ns, "-4", "route", "show", "table", "all")), "dst", "dev", "table"));
        return s;
    }

    /** MACs, indexes, namespace ids, bridge ids (from the MAC), the ownership alias, counters and timers. */
    private static final List<String> INSTANCE = List.of("ifindex", "link_index", "link_netnsid", "address", "ifalias",
            "bridge_id", "root_id", "designated_root", "designated_bridge", "stats", "stats64", "valid_life_time",
            "preferred_life_time", "operstate");

    private static JsonNode clean(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (INSTANCE.contains(f) || f.endsWith("_timer")) {
                    it.remove();
                } else if (f.equals("flags") && o.get(f) instanceof ArrayNode flags) {
                    // Like operstate, the carrier of a veth just set up comes on a moment later
                    // (NO-CARRIER on the link, linkdown on its routes): when is not the state.
                    for (int i = flags.size() - 1; i >= 0; i--) {
                        String v = flags.get(i).asText();
                        if (v.equals("NO-CARRIER") || v.equals("linkdown")) {
                            flags.remove(i);
                        }
                    }
                } else {
                    clean(o.get(f));
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(TopologyFilesIT::clean);
        }
        return node;
    }

    private static String sorted(JsonNode array, String... keys) {
        List<JsonNode> items = new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
        Comparator<JsonNode> by = Comparator.comparing(n -> n.path(keys[0]).asText());
        for (int i = 1; i < keys.length; i++) {
            String k = keys[i];
            by = by.thenComparing(n -> n.path(k).asText());
        }
        items.sort(by);
        StringBuilder b = new StringBuilder();
        items.forEach(n -> b.append(n).append('\n'));
        return b.toString();
    }

}

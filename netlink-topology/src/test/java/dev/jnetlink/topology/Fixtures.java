package dev.jnetlink.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.testing.Ip;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Topologies the tests apply, with names no other test uses, and what `ip -j` sees of them. */
final class Fixtures {
    private Fixtures() {
    }

    /** @return a topology name and namespace prefix of its own: {@code jnl-LABEL-xxxxxx} */
    static String unique(String label) {
        return ScratchNamespaces.uniqueName(label);
    }

    /**
     * Docker's default bridge with containers: a host namespace with docker0 (172.17.0.1/16), and
     * per container a namespace with lo up, a veth pair whose host end is a port of docker0 and
     * whose other end is eth0 with 172.17.x.y/16 and a default route via docker0.
     *
     * @param name the topology's name, also the namespaces' prefix (with a dash)
     * @param containers how many
     * @return the topology
     */
    static Topology bridge(String name, int containers) {
        Topology.Builder b = Topology.named(name).prefix(name + "-");
        b.namespace("host", ns -> {
            ns.loopbackUp().sysctl("net.ipv4.ip_forward", "1");
            ns.bridge("docker0", br -> br.up().address("172.17.0.1/16"));
            for (int i = 1; i <= containers; i++) {
                int n = i;
                ns.veth("veth" + n, v -> v.master("docker0").up(), "c" + n, "eth0",
                        p -> p.up().address("172.17." + (n / 250) + "." + (n % 250 + 2) + "/16"));
            }
        });
        for (int i = 1; i <= containers; i++) {
            b.namespace("c" + i, ns -> ns.loopbackUp().route("default", "172.17.0.1", null));
        }
        return b.build();
    }

    /** @return the namespaces whose name starts with the topology's prefix ({@code ip netns list}) */
    static List<String> namespacesOf(Topology t) {
        return NetNs.list().stream().filter(n -> n.startsWith(t.prefix())).sorted().toList();
    }

    /** @return whether the topology's pending list is gone (nothing half-made is remembered) */
    static boolean noPending(Topology t) {
        return !Files.exists(Ownership.pendingFile(t.name()));
    }

    /**
     * What {@code ip -j} shows of each namespace with the prefix: {@code ip -d link},
     * {@code ip -4 addr}, {@code ip -4 route show table all}, {@code ip neigh} (permanent), with
     * what changes by itself (counters, lifetimes, timers) removed; IPv6 is left out because the
     * kernel adds link-local addresses and routes on its own, a moment after a link comes up.
     *
     * @param prefix the namespaces' prefix
     * @return per namespace, its listings
     */
    static Map<String, String> snapshot(String prefix) {
        Map<String, String> all = new TreeMap<>();
        for (String ns : NetNs.list()) {
            if (ns.startsWith(prefix)) {
                all.put(ns, String.join("\n",
                        clean(Ip.json(ns, "-d", "link", "show")).toString(),
                        clean(Ip.json(ns, "-4", "addr", "show")).toString(),
                        clean(Ip.json(ns, "-4", "route", "show", "table", "all")).toString(),
                        clean(Ip.json(ns, "neigh", "show", "nud", "permanent")).toString()));
            }
        }
        return all;
    }

    private static final List<String> VOLATILE = List.of("stats", "stats64", "valid_life_time", "preferred_life_time",
            "operstate", "linkinfo_timers");

    /**
     * @param node {@code ip -j} output
     * @return it without what changes by itself; operstate too, which follows the carrier a moment after a change
     */
    static JsonNode clean(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (VOLATILE.contains(f) || f.endsWith("_timer")) {
                    it.remove();
                } else {
                    clean(o.get(f));
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(Fixtures::clean);
        }
        return node;
    }
}

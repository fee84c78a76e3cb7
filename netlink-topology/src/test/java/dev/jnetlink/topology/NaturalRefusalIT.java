package dev.jnetlink.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.netns.NetNs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Failure injection with the kernel's own refusals: between plan and apply, just before step k,
 * something made from outside with {@code ip}/{@code tc} takes the name or the place the step
 * needs (a namespace, a link, an address, a route, a neighbour, a root qdisc), so the kernel
 * refuses the step itself (EEXIST). For every k where such a clash can be made, the apply fails
 * at k, and once the clash is removed again the machine is exactly as before, seen from outside
 * ({@code ip -j}, {@code tc}, {@code nft list tables}). Steps no clash can refuse ({@code link set
 * up}, sysctls, nftables rules, which the kernel takes twice) are covered by {@link RollbackIT}.
 */
@NetlinkTest
class NaturalRefusalIT {
    private static final Pattern NETNS_ADD = Pattern.compile("ip netns add (\\S+);.*");
    private static final Pattern LINK_ADD = Pattern.compile("ip -n (\\S+) link add (\\S+) .*");
    private static final Pattern SAME_AGAIN = Pattern.compile("ip -n (\\S+) (addr|route|neigh) add (.*)");
    private static final Pattern QDISC_ADD = Pattern.compile("tc -n (\\S+) qdisc add dev (\\S+) root .*");

    /** Docker's bridge with containers, NAT with a published port, and c1's eth0 shaped (tbf, which every kernel has). */
    private static Topology topology(String name, int containers) {
        Topology bridge = Fixtures.bridge(name, containers);
        List<NamespaceDef> nss = bridge.namespaces().stream().map(ns -> !ns.name().equals("host") ? ns
                : new NamespaceDef(ns.name(), ns.loopbackUp(), ns.sysctls(), ns.links().stream().map(l ->
                        l instanceof LinkDef.VethPair v && v.peer().namespace().equals("c1")
                                ? new LinkDef.VethPair(v.self(), new Iface("c1", "eth0", null, true, null,
                                        v.peer().addresses(), Map.of("rate", "10mbit")))
                                : l).toList(), ns.routes(),
                        List.of(new NeighbourDef("172.17.0.50", "02:00:00:00:00:50", "docker0")),
                        List.of(new NatDef("docker0", null, List.of(new NatDef.Port("8080:80", "c1"))))))
                .toList();
        return new Topology(name, bridge.prefix(), nss);
    }

    /**
     * Makes, from outside, what makes the kernel refuse the step.
     *
     * @return the commands that remove it again
     */
    private static List<String[]> clash(Step step) {
        String c = step.command();
        Matcher m;
        if ((m = NETNS_ADD.matcher(c)).matches()) {
            ReferenceTools.run("ip", "netns", "add", m.group(1));
            return List.<String[]>of(new String[] {"ip", "netns", "del", m.group(1)});
        }
        if ((m = LINK_ADD.matcher(c)).matches()) {
            ReferenceTools.run("ip", "-n", m.group(1), "link", "add", m.group(2), "type", "bridge");
            return List.<String[]>of(new String[] {"ip", "-n", m.group(1), "link", "del", m.group(2)});
        }
        if ((m = SAME_AGAIN.matcher(c)).matches()) {
            List<String> add = new ArrayList<>(List.of("ip", "-n", m.group(1), m.group(2), "add"));
            add.addAll(List.of(m.group(3).split(" ")));
            ReferenceTools.run(add.toArray(String[]::new));
            List<String> del = new ArrayList<>(add);
            del.set(4, "del");
            return List.<String[]>of(del.toArray(String[]::new));
        }
        if ((m = QDISC_ADD.matcher(c)).matches()) {
            ReferenceTools.run("tc", "-n", m.group(1), "qdisc", "add", "dev", m.group(2), "root", "handle", "1:", "tbf",
                    "rate", "1mbit", "burst", "10k", "latency", "50ms");
            return List.<String[]>of(new String[] {"tc", "-n", m.group(1), "qdisc", "del", "dev", m.group(2), "root"});
        }
        throw new AssertionError("no clash refuses " + c);
    }

    /** @return what {@code ip -j}, {@code tc} and {@code nft} show of the topology's namespaces */
    private static Map<String, String> state(Topology t) {
        Map<String, String> all = new TreeMap<>(Fixtures.snapshot(t.prefix()));
        for (String ns : Fixtures.namespacesOf(t)) {
            all.put(ns + " tc", ReferenceTools.run("tc", "-n", ns, "qdisc", "show"));
            all.put(ns + " nft", ReferenceTools.run("ip", "netns", "exec", ns, "nft", "list", "tables"));
        }
        return all;
    }

    private static boolean clashable(Step step) {
        return List.of(NETNS_ADD, LINK_ADD, SAME_AGAIN, QDISC_ADD).stream().anyMatch(p -> p.matcher(step.command()).matches());
    }

    /**
     * Applies {@code t} once per step k a clash can refuse, with the clash made before step k.
     *
     * @return how many steps were refused
     */
    private static int refuseEachStep(Topology t, Map<String, String> before) throws Exception {
        List<Step> steps = Topologies.plan(t).steps();
        int refused = 0;
        for (int k = 1; k <= steps.size(); k++) {
            if (!clashable(steps.get(k - 1))) {
                continue;
            }
            int step = k;
            List<String[]> cleanup = new ArrayList<>();
            ApplyFailedException e = catchThrowableOfType(ApplyFailedException.class,
                    () -> Topologies.apply(t, Progress.NONE, (index, s) -> {
                        if (index == step) {
                            cleanup.addAll(clash(s));
                        }
                    }));
            refused++;
            assertThat(e).as("a clash before step %d: %s", k, steps.get(k - 1).command()).isNotNull();
            assertThat(e.index()).as("refused: %s", e.getMessage()).isEqualTo(k);
            assertThat(e.getMessage()).endsWith("the machine is as it was before this apply");
            for (String[] cmd : cleanup) {
                try {
                    ReferenceTools.run(cmd);
                } catch (AssertionError gone) {
                    // it went with a namespace the rollback removed
                }
            }
            assertThat(state(t)).as("after a refusal at step %d: %s", k, e.getMessage()).isEqualTo(before);
            assertThat(Fixtures.noPending(t)).isTrue();
        }
        return refused;
    }

    @Test
    void aFreshApplyRefusedByTheKernelAtAnyStepLeavesNothing() throws Exception {
        ReferenceTools.require("nft");
        Topology t = topology(Fixtures.unique("tnr"), 2);
        try {
            int refused = refuseEachStep(t, Map.of());
            assertThat(refused).as("steps the kernel refused").isGreaterThanOrEqualTo(10);
        } finally {
            Topologies.destroy(t.name(), Progress.NONE);
        }
        assertThat(Fixtures.namespacesOf(t)).isEmpty();
    }

    @Test
    void anEditRefusedByTheKernelAtAnyStepLeavesTheAppliedStateAsItWas() throws Exception {
        ReferenceTools.require("nft");
        String name = Fixtures.unique("tne");
        Topology t = Fixtures.bridge(name, 2);
        Topology edited = topology(name, 3);
        try {
            Topologies.apply(t, Progress.NONE);
            Map<String, String> before = state(t);
            int refused = refuseEachStep(edited, before);
            assertThat(refused).as("steps the kernel refused").isGreaterThanOrEqualTo(5);
            Topologies.apply(edited, Progress.NONE);
            assertThat(Topologies.plan(edited).isEmpty()).isTrue();
        } finally {
            Topologies.destroy(name, Progress.NONE);
        }
        assertThat(Fixtures.namespacesOf(t)).isEmpty();
    }
}

package dev.jnetlink.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.NetlinkException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Failure injection: for every k, the kernel refuses the k-th step of an apply, and afterwards
 * the machine is exactly as before, seen from outside with {@code ip -j}. The refusal is a real
 * one: before step k the hook asks the kernel for a link that does not exist (a read in the
 * test's own namespace, which changes nothing) and throws its ENODEV as the step's failure.
 */
@NetlinkTest
class RollbackIT {
    private static Topologies.StepHook refuse(int k) {
        return (index, step) -> {
            if (index == k) {
                try (Rtnl here = Rtnl.open()) {
                    here.links().get("jnl-none-" + k);
                }
                throw new AssertionError("the kernel found a link that does not exist");
            }
        };
    }

    @Test
    void aFreshApplyRefusedAtAnyStepLeavesNothing() throws Exception {
        Topology t = Fixtures.bridge(Fixtures.unique("trb"), 2);
        int n = Topologies.plan(t).steps().size();
        assertThat(n).isGreaterThan(10);
        try {
            for (int k = 1; k <= n; k++) {
                int step = k;
                assertThatThrownBy(() -> Topologies.apply(t, Progress.NONE, refuse(step)))
                        .isInstanceOf(ApplyFailedException.class)
                        .hasMessageStartingWith("step " + k + "/" + n + " failed: ")
                        .hasMessageContaining("RTM_GETLINK jnl-none-" + k + ": ENODEV (No such device)")
                        .hasMessageEndingWith("the machine is as it was before this apply")
                        .hasCauseInstanceOf(NetlinkException.class);
                assertThat(Fixtures.snapshot(t.prefix())).as("after a refusal at step %d", k).isEmpty();
                assertThat(Fixtures.noPending(t)).isTrue();
            }
        } finally {
            Topologies.destroy(t.name(), Progress.NONE);
        }
    }

    @Test
    void anEditRefusedAtAnyStepLeavesTheAppliedStateAsItWas() throws Exception {
        Topology t = Fixtures.bridge(Fixtures.unique("tre"), 2);
        // the edit: a third container, c1 moves to another address, c2's eth0 gets an MTU,
        // host stops forwarding and gets a static neighbour and a route
        Topology bigger = Fixtures.bridge(t.name(), 3);
        Topology edited = new Topology(t.name(), t.prefix(), bigger.namespaces().stream().map(ns -> {
            if (!ns.name().equals("host")) {
                return ns;
            }
            List<LinkDef> links = ns.links().stream().map(l -> {
                if (l instanceof LinkDef.VethPair v && v.peer().namespace().equals("c1")) {
                    return new LinkDef.VethPair(v.self(), new Iface("c1", "eth0", null, true, null,
                            List.of(Prefix.parse("172.17.0.77/16")), Map.of()));
                }
                if (l instanceof LinkDef.VethPair v && v.peer().namespace().equals("c2")) {
                    return new LinkDef.VethPair(v.self(), new Iface("c2", "eth0", 1400, true, null,
                            v.peer().addresses(), Map.of()));
                }
                return l;
            }).toList();
            return new NamespaceDef("host", true, Map.of("net.ipv4.ip_forward", "0"), links,
                    List.of(new RouteDef(Prefix.parse("10.9.0.0/16"), "172.17.0.3", null)),
                    List.of(new NeighbourDef("172.17.0.50", "02:00:00:00:00:50", "docker0")));
        }).toList());
        try {
            Topologies.apply(t, Progress.NONE);
            Map<String, String> before = Fixtures.snapshot(t.prefix());
            Plan plan = Topologies.plan(edited);
            int n = plan.steps().size();
            assertThat(plan.steps()).extracting(Step::phase).contains(Phase.NAMESPACES, Phase.SYSCTLS, Phase.LINKS,
                    Phase.MTU, Phase.ADDRESSES, Phase.UP, Phase.ROUTES, Phase.NEIGHBOURS);
            for (int k = 1; k <= n; k++) {
                int step = k;
                assertThatThrownBy(() -> Topologies.apply(edited, Progress.NONE, refuse(step)))
                        .isInstanceOf(ApplyFailedException.class)
                        .hasMessageEndingWith("the machine is as it was before this apply");
                assertThat(Fixtures.snapshot(t.prefix())).as("after a refusal at step %d of\n%s", k, plan.text())
                        .isEqualTo(before);
            }
            Topologies.apply(edited, Progress.NONE);
            assertThat(Topologies.plan(edited).isEmpty()).isTrue();
        } finally {
            Topologies.destroy(t.name(), Progress.NONE);
        }
        assertThat(Fixtures.namespacesOf(t)).isEmpty();
    }

    @Test
    void aStepTheKernelRefusesByItselfIsReportedWithTheKernelsMessage() throws Exception {
        // a route via a gateway no address of the namespace reaches: the kernel refuses it
        Topology t = Topology.named(Fixtures.unique("trk")).prefix("")
                .namespace("x", ns -> ns.route("10.9.0.0/16", "192.0.2.1", null))
                .build();
        Topology named = t.withPrefix(t.name() + "-");
        try {
            assertThatThrownBy(() -> Topologies.apply(named, Progress.NONE))
                    .isInstanceOf(ApplyFailedException.class)
                    .hasMessageContaining("failed: ip -n " + named.nsName("x") + " route add 10.9.0.0/16 via 192.0.2.1")
                    .hasMessageContaining("RTM_NEWROUTE")
                    .hasMessageContaining("ENETUNREACH")
                    .hasMessageEndingWith("the machine is as it was before this apply");
            assertThat(Fixtures.namespacesOf(named)).isEmpty();
        } finally {
            Topologies.destroy(named.name(), Progress.NONE);
        }
    }
}

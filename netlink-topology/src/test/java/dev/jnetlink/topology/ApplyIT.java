package dev.jnetlink.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.diag.Ping;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.testing.Ip;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Apply, converge, an edit that changes only the difference, destroy; conflicts with what is not ours. */
@NetlinkTest
class ApplyIT {
    @Test
    void appliesConvergesChangesOnlyTheDifferenceAndDestroysWhatItOwns() throws Exception {
        Topology t = Fixtures.bridge(Fixtures.unique("tap"), 2);
        try {
            List<String> progress = new ArrayList<>();
            ApplyResult first = Topologies.apply(t, (i, n, step, nanos) -> progress.add(i + "/" + n));
            assertThat(first.plan().count(Step.Change.DELETE)).isZero();
            assertThat(progress).hasSize(first.plan().steps().size()).last().isEqualTo(progress.size() + "/" + progress.size());
            assertThat(first.summary()).startsWith("Apply complete: ").contains("namespaces ").contains("links ");
            assertThat(Fixtures.namespacesOf(t)).containsExactly(t.nsName("c1"), t.nsName("c2"), t.nsName("host"));
            assertThat(Fixtures.noPending(t)).isTrue();
            assertThat(Ip.ip(t.nsName("host"), "-o", "link", "show", "veth1")).contains("master docker0").contains(",UP");
            assertThat(Ip.ip(t.nsName("c2"), "route", "show")).contains("default via 172.17.0.1 dev eth0");
            assertThat(Ip.ip(t.nsName("host"), "-d", "link", "show", "docker0")).contains("alias jnetlink-topology:" + t.name());
            try (NetNs c1 = NetNs.open(t.nsName("c1"));
                    Ping ping = Ping.from(c1, InetAddress.getByName("172.17.0.4"))) {
                assertThat(ping.echo(Duration.ofSeconds(3)).replied()).as("c1 -> c2").isTrue();
            }

            Map<String, String> applied = Fixtures.snapshot(t.prefix());
            Plan second = Topologies.plan(t);
            assertThat(second.isEmpty()).as("applied once, the plan is empty: %s", second.text()).isTrue();
            assertThat(Topologies.apply(t, Progress.NONE).plan().steps()).isEmpty();
            assertThat(Fixtures.snapshot(t.prefix())).isEqualTo(applied);

            // the edit: c2's address changes, c1's eth0 gets an MTU, host forwards no more
            Topology edited = new Topology(t.name(), t.prefix(), t.namespaces().stream().map(ns -> {
                if (!ns.name().equals("host")) {
                    return ns;
                }
                List<LinkDef> links = ns.links().stream().map(l -> l instanceof LinkDef.VethPair v && v.peer().namespace().equals("c2")
                        ? new LinkDef.VethPair(v.self(), new Iface("c2", "eth0", 1400, true, null,
                                List.of(dev.jnetlink.codec.addr.Prefix.parse("172.17.0.9/16")), Map.of()))
                        : l).toList();
                return new NamespaceDef(ns.name(), true, Map.of("net.ipv4.ip_forward", "0"), links, ns.routes(), ns.neighbours());
            }).toList());
            Plan plan = Topologies.plan(edited);
            assertThat(plan.steps()).extracting(Step::line).containsExactly(
                    "~ ip netns exec " + t.nsName("host") + " sysctl -w net.ipv4.ip_forward=0   # was 1",
                    "~ ip -n " + t.nsName("c2") + " link set eth0 mtu 1400   # was 1500",
                    "- ip -n " + t.nsName("c2") + " addr del 172.17.0.4/16 dev eth0",
                    "+ ip -n " + t.nsName("c2") + " addr add 172.17.0.9/16 dev eth0",
                    "~ ip -n " + t.nsName("c2") + " route add default via 172.17.0.1   # again, if removing an address took it along");
            assertThat(plan.text()).contains("Plan: 1 to add, 3 to change, 1 to delete.");
            Topologies.apply(edited, Progress.NONE);
            Plan again = Topologies.plan(edited);
            assertThat(again.isEmpty()).as(again.text()).isTrue();
            assertThat(Ip.ip(t.nsName("c2"), "-o", "addr", "show", "eth0")).contains("172.17.0.9/16").doesNotContain("172.17.0.4");
            assertThat(Ip.ip(t.nsName("c2"), "route", "show")).as("the default route is untouched")
                    .contains("default via 172.17.0.1 dev eth0");

            // a container no longer declared: its namespace is removed, and only it
            Topology smaller = Fixtures.bridge(t.name(), 1);
            assertThat(Topologies.plan(smaller).steps()).extracting(Step::line).contains(
                    "- ip -n " + t.nsName("host") + " link del veth2   # owned, no longer declared",
                    "- ip netns del " + t.nsName("c2") + "   # owned, no longer declared");
        } finally {
            Topologies.destroy(t.name(), Progress.NONE);
        }
        assertThat(Fixtures.namespacesOf(t)).isEmpty();
        assertThat(Fixtures.noPending(t)).isTrue();
    }

    @Test
    void aNamespaceItDoesNotOwnStopsTheApplyBeforeAnyChange() throws Exception {
        Topology t = Fixtures.bridge(Fixtures.unique("tco"), 1);
        try (NetNs theirs = NetNs.create(t.nsName("c1"))) {
            assertThatThrownBy(() -> Topologies.apply(t, Progress.NONE))
                    .isInstanceOf(PlanConflictException.class)
                    .hasMessageContaining("namespace " + t.nsName("c1") + " exists and is not this topology's (unmarked)");
            assertThat(Fixtures.namespacesOf(t)).containsExactly(t.nsName("c1"));
            assertThat(Topologies.destroy(t.name(), Progress.NONE)).as("destroy leaves what it does not own").isEmpty();
            assertThat(NetNs.exists(t.nsName("c1"))).isTrue();
        } finally {
            NetNs.deleteIfExists(t.nsName("c1"));
        }
    }

    @Test
    void aLinkItDoesNotOwnInItsNamespaceIsAConflictAndIsKept() throws Exception {
        Topology t = Fixtures.bridge(Fixtures.unique("tcl"), 1);
        try {
            Topologies.apply(t, Progress.NONE);
            Ip.ip(t.nsName("host"), "link", "add", "theirs0", "type", "veth", "peer", "name", "theirs1");
            assertThat(Topologies.plan(t).isEmpty()).as("a link it does not own is no business of the plan").isTrue();
            Topologies.destroy(t.name(), Progress.NONE);
            Topologies.apply(t, Progress.NONE);
            NetNs.delete(t.nsName("c1"));
            try (NetNs c1 = NetNs.create(t.nsName("c1"))) {
                Plan p = Topologies.plan(t);
                assertThat(p.conflicts()).singleElement().asString().contains("exists and is not this topology's");
                assertThat(p.text()).contains("Cannot apply:");
            }
        } finally {
            Topologies.destroy(t.name(), Progress.NONE);
            NetNs.deleteIfExists(t.nsName("c1"));
        }
        assertThat(Fixtures.namespacesOf(t)).isEmpty();
    }
}

package dev.jnetlink.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.socket.KernelLacksFeatureException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Link shaping in a topology (core's tc): planned, applied, converged, changed (only what was
 * edited), removed; checked with {@code tc qdisc show} from outside. netem is missing on some
 * kernels: those tests skip with the kernel's reason (and fail in strict mode).
 */
@NetlinkTest
class ShapingIT {
    /** docker0 in a host namespace, and c1 on it; {@code shaping} on c1's eth0. */
    private static Topology topology(String name, Map<String, String> shaping) {
        return Topology.named(name).prefix(name + "-")
                .namespace("host", ns -> ns.bridge("docker0", br -> br.up().address("172.17.0.1/16"))
                        .veth("veth1", v -> v.master("docker0").up(), "c1", "eth0", p -> {
                            p.up().address("172.17.0.2/16");
                            shaping.forEach(p::shaping);
                        }))
                .namespace("c1", ns -> { })
                .build();
    }

    private static String qdisc(Topology t) {
        return ReferenceTools.run("tc", "-n", t.nsName("c1"), "qdisc", "show", "dev", "eth0");
    }

    /** Applies; a kernel without the qdisc's module skips the test (fails in strict mode). */
    private static ApplyResult apply(Topology t) throws Exception {
        try {
            return Topologies.apply(t, Progress.NONE);
        } catch (ApplyFailedException e) {
            if (e.getCause() instanceof KernelLacksFeatureException lacks) {
                throw lacks;
            }
            throw e;
        }
    }

    @Test
    void aRateAloneIsATokenBucketChangedInPlaceAndRemoved() throws Exception {
        String name = Fixtures.unique("ttbf");
        Topology t = topology(name, Map.of("rate", "10mbit"));
        String tc = "tc -n " + t.nsName("c1") + " qdisc ";
        try {
            Plan plan = Topologies.plan(t);
            assertThat(plan.steps()).filteredOn(s -> s.phase() == Phase.SHAPING).extracting(Step::line).containsExactly(
                    "+ " + tc + "add dev eth0 root handle 4a4e: tbf rate 10mbit burst 15140b latency 50ms");
            apply(t);
            assertThat(qdisc(t)).contains("qdisc tbf 4a4e: root").contains("rate 10Mbit");
            assertThat(Topologies.plan(t).isEmpty()).as("applied once, the plan is empty").isTrue();

            Topology faster = topology(name, Map.of("rate", "20mbit"));
            assertThat(Topologies.plan(faster).steps()).extracting(Step::line).containsExactly(
                    "~ " + tc + "change dev eth0 root handle 4a4e: tbf rate 20mbit burst 25000b latency 50ms"
                            + "   # was tbf rate 10mbit burst 15140b latency 50ms");
            apply(faster);
            assertThat(qdisc(t)).contains("qdisc tbf 4a4e: root").contains("rate 20Mbit");
            assertThat(Topologies.plan(faster).isEmpty()).isTrue();

            Topology none = topology(name, Map.of());
            assertThat(Topologies.plan(none).steps()).extracting(Step::line).containsExactly(
                    "- " + tc + "del dev eth0 root handle 4a4e:   # was tbf rate 20mbit burst 25000b latency 50ms");
            apply(none);
            assertThat(qdisc(t)).doesNotContain("4a4e:");
            assertThat(Topologies.plan(none).isEmpty()).isTrue();
        } finally {
            Topologies.destroy(name, Progress.NONE);
        }
    }

    @Test
    void aRootQdiscOfSomeoneElsesIsAConflict() throws Exception {
        String name = Fixtures.unique("tqc");
        Topology t = topology(name, Map.of());
        try {
            apply(t);
            ReferenceTools.run("tc", "-n", t.nsName("c1"), "qdisc", "add", "dev", "eth0", "root", "handle", "1:", "tbf",
                    "rate", "1mbit", "burst", "10k", "latency", "50ms");
            assertThat(Topologies.plan(t).isEmpty()).as("unshaped: someone's qdisc is no business of the plan").isTrue();
            assertThat(Topologies.plan(topology(name, Map.of("rate", "5mbit"))).conflicts()).singleElement().asString()
                    .isEqualTo("link eth0 in " + t.nsName("c1") + ": its root qdisc tbf 1: is not this topology's (that "
                            + "has handle 4a4e:); remove it: tc qdisc del dev eth0 root");
        } finally {
            Topologies.destroy(name, Progress.NONE);
        }
    }

    @Test
    void delayJitterAndLossAreNetemAndAnEditedDelayChangesOnlyThat() throws Exception {
        String name = Fixtures.unique("tnem");
        Topology t = topology(name, Map.of("delay", "10ms", "jitter", "2ms", "loss", "1%"));
        String tc = "tc -n " + t.nsName("c1") + " qdisc ";
        try {
            apply(t);
            assertThat(qdisc(t)).contains("qdisc netem 4a4e: root").contains("delay 10ms").contains("2ms")
                    .contains("loss 1%");
            assertThat(Topologies.plan(t).isEmpty()).as("applied once, the plan is empty").isTrue();

            Topology slower = topology(name, Map.of("delay", "20ms", "jitter", "2ms", "loss", "1%"));
            assertThat(Topologies.plan(slower).steps()).extracting(Step::line).containsExactly(
                    "~ " + tc + "change dev eth0 root handle 4a4e: netem delay 20ms 2ms loss 1%"
                            + "   # was netem delay 10ms 2ms loss 1%");
            String links = ReferenceTools.run("ip", "-n", t.nsName("c1"), "-d", "link", "show");
            apply(slower);
            assertThat(qdisc(t)).contains("delay 20ms").contains("loss 1%");
            assertThat(ReferenceTools.run("ip", "-n", t.nsName("c1"), "-d", "link", "show"))
                    .as("nothing but the qdisc changed").isEqualTo(links);
            assertThat(Topologies.plan(slower).isEmpty()).isTrue();

            // a rate added to netem's settings stays netem; a rate alone becomes a token bucket
            Topology rated = topology(name, Map.of("delay", "20ms", "jitter", "2ms", "loss", "1%", "rate", "10mbit"));
            assertThat(Topologies.plan(rated).steps()).singleElement().extracting(Step::change)
                    .isEqualTo(Step.Change.CHANGE);
            apply(rated);
            assertThat(qdisc(t)).contains("netem 4a4e:").contains("rate 10Mbit");
            Topology bucket = topology(name, Map.of("rate", "10mbit"));
            assertThat(Topologies.plan(bucket).steps()).extracting(Step::line).containsExactly(
                    "~ " + tc + "del dev eth0 root handle 4a4e:; " + tc + "add dev eth0 root handle 4a4e: tbf rate 10mbit "
                            + "burst 15140b latency 50ms   # was netem delay 20ms 2ms loss 1% rate 10mbit");
            apply(bucket);
            assertThat(qdisc(t)).contains("tbf 4a4e:");
            assertThat(Topologies.plan(bucket).isEmpty()).isTrue();
        } finally {
            Topologies.destroy(name, Progress.NONE);
        }
        assertThat(Fixtures.namespacesOf(t)).isEmpty();
    }
}

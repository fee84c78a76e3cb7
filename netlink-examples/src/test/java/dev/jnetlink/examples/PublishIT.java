package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import org.junit.jupiter.api.Test;

/**
 * S11 through the program's main path: published ports reached from outside through the host's
 * address, counters rising, masquerade seen from outside, one container killed and its rules
 * gone while another's publication still works.
 */
@NetlinkTest
class PublishIT {
    @Test
    void publishedPortsMasqueradeAndDockerKill() {
        ScenarioRun run = ScenarioRun.run("publish");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        assertThat(run.checkLines()).containsExactly(
                "host -> myweb reachable ok",
                "lan -> myweb via 8080 reachable ok",
                "lan -> myweb via 32768 reachable ok",
                "myweb -> lan reachable ok",
                "lan -> web2 via 8081 reachable ok",
                "lan -> myweb via 8080 unreachable ok",
                "lan -> web2 via 8081 reachable ok");
        assertThat(run.result().checks()).extracting(Check::target).containsExactly(
                "172.17.0.2:80/tcp", "172.30.1.101:8080/tcp", "172.30.1.101:32768/tcp", "172.30.1.200:9000/tcp",
                "172.30.1.101:8081/tcp", "172.30.1.101:8080/tcp", "172.30.1.101:8081/tcp");
        assertThat(run.result().facts()).allMatch(Fact::holds).extracting(Fact::claim).containsExactly(
                "the dynamic port is the first from 32768",
                "the DNAT rules counted the connections (0 packets before, 2 after)",
                "myweb's 4 rules are gone, web2's are there");
        assertThat(run.output())
                .contains("docker port myweb\n      80/tcp -> 0.0.0.0:8080\n      80/tcp -> 0.0.0.0:32768")
                .contains("ip saddr 172.17.0.0/16 oifname != \"docker0\" counter packets 0 bytes 0 masquerade")
                .contains("iifname != \"docker0\" tcp dport 8080 counter packets 1 bytes 60 dnat to 172.17.0.2:80"
                        + " comment \"myweb 0.0.0.0:8080->172.17.0.2:80/tcp\"");
    }

    @Test
    void keepLeavesTheNamespacesAndTheirRulesets() {
        ScenarioRun run = ScenarioRun.runKeeping("publish", "--keep", "--port", "8090");
        try {
            assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
            assertThat(ReferenceTools.run("ip", "netns", "list")).contains(run.ns("host"), run.ns("lan"), run.ns("web2"));
            assertThat(run.output()).contains("nft delete table ip docker");
        } finally {
            run.removeLeftovers();
        }
    }
}

package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import org.junit.jupiter.api.Test;

/** S4 through the program's main path: none, host and container modes. */
@NetlinkTest
class ModesIT {
    @Test
    void noneHostAndContainerModes() {
        ScenarioRun run = ScenarioRun.run("modes");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        assertThat(run.checkLines()).containsExactly(
                "vm2 -> itself reachable ok",
                "host -> coffee reachable ok",
                "lan -> coffee reachable ok",
                "c1 -> c2's httpd reachable ok",
                "host -> c2's httpd reachable ok");
        assertThat(run.result().checks()).extracting(Check::target).containsExactly(
                "127.0.0.1", "127.0.0.1:80/tcp", "10.10.101.105:80/tcp", "127.0.0.1:80/tcp", "172.17.0.2:80/tcp");
        assertThat(run.result().facts()).allMatch(Fact::holds).extracting(Fact::claim).containsExactly(
                "vm2 has only lo, and it is down",
                "coffee runs in the host's namespace",
                "coffee sees the host's interfaces [1: lo, 2: ens33]",
                "by name, by pid and by path: all c1's namespace",
                "c2 sees c1's eth0 with 172.17.0.2/16");
        assertThat(run.tableRows()).hasSize(5);
        assertThat(run.output())
                // none: only lo, down, and no route
                .contains("1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN")
                .contains("Kernel IP routing table\n      Destination     Gateway         Genmask         Flags Metric"
                        + " Ref    Use Iface\n\n")
                // container: c2 sees c1's eth0 and address (listed right after it was set up,
                // the kernel may not have turned the carrier on yet: NO-CARRIER, state DOWN)
                .containsPattern("eth0@if\\d+: <(NO-CARRIER,)?BROADCAST,MULTICAST,UP,LOWER_UP>")
                .contains("inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0");
    }

    @Test
    void oneModeAlone() {
        ScenarioRun run = ScenarioRun.run("modes", "--mode", "none");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        assertThat(run.checkLines()).containsExactly("vm2 -> itself reachable ok");
    }
}

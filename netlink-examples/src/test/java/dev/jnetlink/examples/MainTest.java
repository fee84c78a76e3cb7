package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line, without root: nothing here reaches a step. */
class MainTest {
    private static final String[] ALL = {"r1r2", "bridge", "user-bridge", "modes", "pipework", "macvlan",
        "macvlan-vlan", "ipvlan-l2", "ipvlan-l3", "overlay", "publish", "emulate"};

    private record Run(int code, String out) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            code = Main.run(out, args);
        }
        return new Run(code, buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listNamesEveryScenarioInTheOrderOfScenariosMd() {
        Run r = run("list");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().map(l -> l.strip().split(" ")[0]).toList())
                .containsExactlyElementsOf(Scenarios.all().stream().map(Scenario::name).toList());
        assertThat(Scenarios.all()).extracting(Scenario::name).isSubsetOf(ALL);
    }

    @Test
    void helpForTheJarAndForEachScenario() {
        Run jar = run("--help");
        assertThat(jar.code()).isZero();
        assertThat(jar.out()).contains("usage: java -jar netlink-examples.jar SCENARIO").contains("Exit code: 0");
        assertThat(run().code()).isEqualTo(Main.USAGE);
        for (Scenario s : Scenarios.all()) {
            Run help = run(s.name(), "--help");
            assertThat(help.code()).as(s.name()).isZero();
            assertThat(help.out()).startsWith(s.name() + ": " + s.summary())
                    .contains("--prefix VALUE").contains("--keep");
        }
    }

    @Test
    void helpShowsTheWalkthroughsValuesAsDefaults() {
        assertThat(run("macvlan", "-h").out())
                .contains("--parent VALUE", "(default: ens33)")
                .contains("--gateway VALUE", "(default: 192.168.241.2)")
                .contains("(default: milk=192.168.241.92,bread=192.168.241.95,tea=192.168.241.96)");
        assertThat(run("ipvlan-l3", "--help").out()).contains("(default: 192.168.94.0/24,192.168.95.0/24)");
    }

    @Test
    void wrongUsageExitsWith2BeforeAnythingIsMade() {
        Run unknown = run("nope");
        assertThat(unknown.code()).isEqualTo(Main.USAGE);
        assertThat(unknown.out()).contains("unknown scenario \"nope\"");

        Run option = run("r1r2", "--bogus");
        assertThat(option.code()).isEqualTo(Main.USAGE);
        assertThat(option.out()).isEqualTo("r1r2: unknown option --bogus (see --help)\n");

        Run outside = run("macvlan", "--containers", "milk=10.0.0.1");
        assertThat(outside.code()).isEqualTo(Main.USAGE);
        assertThat(outside.out())
                .contains("milk's address 10.0.0.1 is not in the subnet 192.168.241.0/24 of network subway")
                .doesNotContain("ip netns add");

        Run gateway = run("ipvlan-l2", "--containers", "milk=192.168.241.2");
        assertThat(gateway.code()).isEqualTo(Main.USAGE);
        assertThat(gateway.out()).contains("is the gateway of network subway");

        Run vlan = run("macvlan-vlan", "--vlan-b", "4095");
        assertThat(vlan.code()).isEqualTo(Main.USAGE);
        assertThat(vlan.out()).contains("--vlan-b: \"4095\" is not a number from 1 to 4094");

        Run mode = run("modes", "--mode", "bridge");
        assertThat(mode.code()).isEqualTo(Main.USAGE);
        assertThat(mode.out()).contains("--mode: \"bridge\" is not none, host, container or all");
    }
}

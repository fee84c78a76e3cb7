package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S9 through the program's main path: ipvlan L3 across two subnets, and a static route from
 * outside. Needs the ipvlan module: skipped on a kernel without it, run in the full-kernel pass.
 */
@NetlinkTest
class IpvlanL3IT {
    private static final List<String> CONTAINERS = List.of("milk", "bread", "beijing", "shenzhen");

    @Test
    void everyContainerReachesEveryOtherAndOutsideOnlyTheRoutedSubnet() {
        ScenarioRun run = ScenarioRun.run("ipvlan-l3");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        List<String> expected = ScenarioRun.eachToEveryOther(CONTAINERS, null);
        for (String c : CONTAINERS) {
            expected.add("lan -> " + c + " unreachable ok");
        }
        expected.add("lan -> milk reachable ok");
        expected.add("lan -> bread reachable ok");
        expected.add("lan -> beijing unreachable ok");
        expected.add("lan -> shenzhen unreachable ok");
        assertThat(run.checkLines()).containsExactlyElementsOf(expected);
        assertThat(run.result().facts()).allMatch(Fact::holds).extracting(Fact::claim).containsExactly(
                "milk's default route has no gateway: it is the device",
                "milk's eth0 is eth0@if2: a sub-interface of ens33 (index 2 in the host)",
                "milk's eth0 is NOARP: L3 mode does no ARP",
                "milk resolved no address by ARP");
        assertThat(run.output())
                .contains("--- docker network create -d ipvlan --subnet 192.168.94.0/24 --subnet 192.168.95.0/24"
                        + " -o parent=ens33 -o ipvlan_mode=l3 ipvlanl3")
                .contains("$ ip netns exec " + run.ns("milk") + " ip route add default dev eth0")
                .contains("ip route add 192.168.94.0/24 via 192.168.241.138   # route add 192.168.94.0 mask"
                        + " 255.255.255.0 192.168.241.138 -p");
    }
}

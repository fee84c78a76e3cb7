package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.testing.Ip;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S6 through the program's main path: macvlan (bridge mode) containers on the host's NIC. */
@NetlinkTest
class MacvlanIT {
    private static final List<String> CONTAINERS = List.of("milk", "bread", "tea");

    @Test
    void containersReachEachOtherTheGatewayAndThePhysicalNetwork() {
        ScenarioRun run = ScenarioRun.run("macvlan");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        List<String> expected = ScenarioRun.eachToEveryOther(CONTAINERS, "gateway");
        for (String c : CONTAINERS) {
            expected.add("lan -> " + c + " reachable ok");
        }
        assertThat(run.checkLines()).containsExactlyElementsOf(expected);
        assertThat(run.tableRows()).hasSize(expected.size());
        assertThat(run.result().facts()).allMatch(Fact::holds).extracting(Fact::claim).containsExactly(
                "milk's eth0 is eth0@if2: a sub-interface of ens33 (index 2 in the host)",
                "every container has a MAC of its own, none is ens33's");
        assertThat(run.output())
                .contains("--- docker network create -d macvlan --subnet 192.168.241.0/24 --gateway 192.168.241.2"
                        + " -o parent=ens33 subway")
                .contains("$ ip link add link ens33 name eth0 netns " + run.ns("tea") + " type macvlan mode bridge")
                .containsPattern("2: eth0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> .*\n.*link/ether \\S+ brd"
                        + " ff:ff:ff:ff:ff:ff link-netns " + run.ns("host") + "\n +inet 192\\.168\\.241\\.92/24"
                        + " brd 192\\.168\\.241\\.255 scope global eth0");
    }

    @Test
    void ipSeesMacvlansInBridgeModeOnTheParent() {
        ScenarioRun run = ScenarioRun.runKeeping("macvlan", "--keep", "--containers",
                "milk=192.168.241.92,bread=192.168.241.95");
        try {
            assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
            JsonNode eth0 = Ip.json(run.ns("milk"), "-d", "link", "show", "dev", "eth0").get(0);
            assertThat(eth0.path("linkinfo").path("info_kind").asText()).isEqualTo("macvlan");
            assertThat(eth0.path("linkinfo").path("info_data").path("mode").asText()).isEqualTo("bridge");
            int parent = Ip.json(run.ns("host"), "link", "show", "dev", "ens33").get(0).path("ifindex").asInt();
            assertThat(eth0.path("link_index").asInt()).isEqualTo(parent);
            String milkMac = eth0.path("address").asText();
            String breadMac = Ip.json(run.ns("bread"), "link", "show", "dev", "eth0").get(0).path("address").asText();
            assertThat(milkMac).isNotEqualTo(breadMac);
            assertThat(Ip.ip(run.ns("milk"), "route", "show", "default"))
                    .startsWith("default via 192.168.241.2 dev eth0");
        } finally {
            run.removeLeftovers();
        }
    }
}

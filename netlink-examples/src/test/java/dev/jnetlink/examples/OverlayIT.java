package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import org.junit.jupiter.api.Test;

/** S10 through the program's main path: containers on two hosts ping across a VXLAN overlay. */
@NetlinkTest
class OverlayIT {
    @Test
    void containersOnTwoHostsReachEachOtherAcrossTheOverlay() {
        ScenarioRun run = ScenarioRun.run("overlay");

        assertThat(run.result().exitCode()).isEqualTo(Main.PASSED);
        assertThat(run.checkLines()).containsExactly(
                "host1 -> host2 reachable ok",
                "c1 -> c2 reachable ok",
                "c2 -> c1 reachable ok");
        assertThat(run.result().checks()).extracting(Check::target)
                .containsExactly("192.168.241.139", "10.0.0.3", "10.0.0.2");
        assertThat(run.result().facts()).allMatch(Fact::holds).hasSize(2);
        assertThat(run.output())
                .contains("ip link add vxlan0 type vxlan id 256 remote 192.168.241.139 local 192.168.241.138 dev eth0"
                        + " dstport 4789")
                .containsPattern("\\d+: vxlan0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 .*master br0")
                .containsPattern("eth0@if\\d+: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 ")
                .contains("00:00:00:00:00:00 dst 192.168.241.139 via eth0 self permanent");
    }
}

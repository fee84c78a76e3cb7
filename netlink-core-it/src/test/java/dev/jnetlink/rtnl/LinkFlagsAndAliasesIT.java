package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpLinkShow;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.testing.Ip;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ip link set dev X promisc|multicast|allmulticast|arp|dynamic|trailers on|off} against
 * {@code ip} itself, a veth peer's alias and group, and aliases of links made in other
 * namespaces, set on the client's own socket without a second client.
 */
@NetlinkTest
class LinkFlagsAndAliasesIT {
    private ScratchNamespaces scratch;
    private NetNs ns;
    private Rtnl rtnl;
    private Links links;

    @BeforeEach
    void setUp() {
        scratch = new ScratchNamespaces();
        ns = scratch.named("flags");
        rtnl = Rtnl.openIn(ns);
        links = rtnl.links();
        links.add(Veth.pair("f0", "f1"));
    }

    @AfterEach
    void tearDown() {
        rtnl.close();
        scratch.close();
    }

    private List<String> ipFlags(String dev) {
        List<String> out = new ArrayList<>();
        Ip.json(ns.name(), "link", "show", "dev", dev).get(0).get("flags").forEach(f -> out.add(f.asText()));
        return out;
    }

    @Test
    void setsEveryFlagIpSetsAndPrintsThemInItsOrder() {
        links.setPromisc("f0", true);
        links.setMulticast("f0", false);
        links.setAllmulticast("f0", true);
        links.setArp("f0", false);
        links.setDynamic("f0", true);
        links.setTrailers("f0", false);
        Link f0 = links.get("f0");
        int on = LinkFlags.PROMISC | LinkFlags.ALLMULTI | LinkFlags.NOARP | LinkFlags.DYNAMIC | LinkFlags.NOTRAILERS;
        assertThat(f0.flags() & on).isEqualTo(on);
        assertThat(f0.flags() & LinkFlags.MULTICAST).isZero();
        // its peer f1 is down: ip adds M-DOWN
        assertThat(ipFlags("f0"))
                .containsExactly("BROADCAST", "NOARP", "ALLMULTI", "PROMISC", "DYNAMIC", "NOTRAILERS", "M-DOWN");
        assertThat(LinkFlags.names(f0.flags())).isEqualTo(ipFlags("f0").subList(0, 6));
        assertThat(IpLinkShow.of(rtnl).dev("f0").text()).isEqualTo(Ip.ip(ns.name(), "link", "show", "dev", "f0"));

        links.setPromisc("f0", false);
        links.setMulticast("f0", true);
        links.setAllmulticast("f0", false);
        links.setArp("f0", true);
        links.setDynamic("f0", false);
        links.setTrailers("f0", true);
        assertThat(links.get("f0").flags() & (on | LinkFlags.MULTICAST)).isEqualTo(LinkFlags.MULTICAST);
        assertThat(ipFlags("f0")).containsExactly("BROADCAST", "MULTICAST", "M-DOWN");
    }

    @Test
    void theVethPeerGetsItsAliasAndGroup() {
        links.add(Veth.pair("p0", "p1").alias("this end").group(3).peerAlias("the peer").peerGroup(7));
        assertThat(links.get("p0").alias()).isEqualTo("this end");
        assertThat(links.get("p0").group()).isEqualTo(3);
        assertThat(links.get("p1").alias()).isEqualTo("the peer");
        assertThat(links.get("p1").group()).isEqualTo(7);
        assertThat(Ip.ip(ns.name(), "link", "show", "dev", "p1")).contains("group 7 ").contains("\n    alias the peer\n");
    }

    @Test
    void aliasesOfLinksMadeInOtherNamespacesNeedNoSecondClient() {
        NetNs a = scratch.anonymous();
        NetNs b = scratch.named("b");
        // once, so that whatever the JVM starts on first use is started
        links.add(Veth.pair("w0", "w1").netns(a).alias("warm").peerNetns(b).peerAlias("warm"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getTotalStartedThreadCount();
        links.add(Veth.pair("q0", "q1").netns(a).alias("in a").peerNetns(b).peerAlias("in b").peerGroup(9));
        links.add(Veth.pair("r0", "r1").netns(a).alias("only this end").up());
        assertThat(threads.getTotalStartedThreadCount()).as("threads started by the two adds").isEqualTo(started);

        try (Rtnl inA = Rtnl.openIn(a); Rtnl inB = Rtnl.openIn(b)) {
            assertThat(inA.links().get("q0").alias()).isEqualTo("in a");
            assertThat(inB.links().get("q1").alias()).isEqualTo("in b");
            assertThat(inB.links().get("q1").group()).isEqualTo(9);
            assertThat(inA.links().get("q0").link()).isEqualTo(inB.links().get("q1").index());
            assertThat(inA.links().get("r0").alias()).isEqualTo("only this end");
            assertThat(inA.links().get("r0").isUp()).as("created up, still up after the move").isTrue();
            assertThat(links.get("r1").alias()).isNull();
        }
        assertThat(links.list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "f0", "f1", "r1");
    }

    @Test
    void aNameTakenWhereTheAliasedLinkGoesLeavesNothingBehind() {
        NetNs a = scratch.named("taken");
        try (Rtnl inA = Rtnl.openIn(a)) {
            inA.links().add(Veth.pair("q0", "z0"));
            assertThatThrownBy(() -> links.add(Veth.pair("q0", "q9").netns(a).alias("too late")))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageStartingWith("RTM_NEWLINK q0 in " + a.name() + ": EEXIST (File exists)")
                    .hasMessageEndingWith("(a link named q0 exists in " + a.name() + ")");
            assertThat(inA.links().list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "q0", "z0");
            assertThat(inA.links().get("q0").alias()).isNull();
        }
        assertThat(links.list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "f0", "f1");
    }
}

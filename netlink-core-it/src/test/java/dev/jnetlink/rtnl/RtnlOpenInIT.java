package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.testing.Ip;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Rtnl#openIn}: a client bound to a namespace for life, usable from any thread. */
@NetlinkTest
class RtnlOpenInIT {
    @Scratch
    private ScratchNamespaces scratch;
    private ExecutorService other;

    @BeforeEach
    void setUp() {
        other = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        other.shutdownNow();
        other.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void aClientOpenedInANamespaceWorksThereFromAnotherThreadEvenAfterTheHandleCloses()
            throws Exception {
        NetNs ns = scratch.named("openin");
        String a = "oi" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String b = a + "p";
        Rtnl inside;
        try (NetNs handle = NetNs.open(ns.name())) {
            inside = Rtnl.openIn(handle);
        }
        try (inside; Rtnl host = Rtnl.open()) {
            // A thread that never entered the namespace, with the handle used to open it closed.
            other.submit(() -> {
                inside.links().add(Veth.pair(a, b));
                inside.links().setUp("lo");
                return null;
            }).get(30, TimeUnit.SECONDS);

            assertThat(ipLinkNames(ns.name())).containsExactlyInAnyOrder("lo", a, b);
            assertThat(Ip.json(ns.name(), "link", "show", "lo").get(0).get("flags").toString())
                    .contains("\"UP\"");
            List<Link> fromOtherThread = other.submit(() -> inside.links().list())
                    .get(30, TimeUnit.SECONDS);
            assertThat(fromOtherThread).extracting(Link::name).containsExactlyInAnyOrder("lo", a, b);
            // The caller's namespace (the machine's) did not get them.
            assertThat(host.links().find(a)).isEmpty();
            assertThat(host.links().find(b)).isEmpty();
        }
    }

    private static List<String> ipLinkNames(String netns) {
        List<String> names = new ArrayList<>();
        for (JsonNode l : Ip.json(netns, "link", "show")) {
            names.add(l.get("ifname").asText());
        }
        return names;
    }
}

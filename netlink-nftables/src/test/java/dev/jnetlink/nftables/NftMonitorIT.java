package dev.jnetlink.nftables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.monitor.Change;
import dev.jnetlink.rtnl.monitor.Event;
import dev.jnetlink.rtnl.monitor.Subscription;
import dev.jnetlink.rtnl.monitor.Synced;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code nft monitor} in Java: ruleset changes as events, existing state listed first. */
@NetlinkTest
class NftMonitorIT {
    @Scratch
    private ScratchNamespaces namespaces;

    @Test
    void changesArriveAsNftMonitorPrintsThem() {
        NetNs ns = namespaces.anonymous();
        TableSpec nat = TableSpec.ip("nat");
        ChainSpec docker = ChainSpec.regular(nat, "docker");
        try (Nft nft = Nft.openIn(ns)) {
            nft.transaction().add(nat).commit();
            try (Subscription events = NftMonitor.in(ns).listExisting(true).open()) {
                assertThat(next(events)).hasToString("add table ip nat");
                assertThat(next(events)).isInstanceOf(Synced.class);
                Committed c = nft.transaction().add(docker)
                        .add(RuleSpec.in(docker).tcpDport(8080).dnat("172.17.0.2", 80).build()).commit();
                assertThat(next(events)).hasToString("add chain ip nat docker");
                long handle = c.rules().get(0).handle();
                assertThat(next(events)).hasToString("add rule ip nat docker handle " + handle
                        + " tcp dport 8080 dnat to 172.17.0.2:80");
                nft.transaction().delete(c.rules().get(0)).commit();
                Event deleted = next(events);
                assertThat(deleted).isInstanceOfSatisfying(NftEvent.class,
                        e -> assertThat(e.change()).isEqualTo(Change.DELETED));
                assertThat(deleted).hasToString("delete rule ip nat docker handle " + handle);
            }
        }
    }

    private static Event next(Subscription events) {
        Event e = events.next(Duration.ofSeconds(10));
        assertThat(e).as("an event within 10 s").isNotNull();
        return e;
    }
}

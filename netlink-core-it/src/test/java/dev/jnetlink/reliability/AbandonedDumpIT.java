package dev.jnetlink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.RequestEngine;
import dev.jnetlink.testing.LinkRequests;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A caller that stops reading a dump early (its consumer returns false, throws an exception
 * or an error, or the decoder fails) leaves the socket usable: the next dump gets no EBUSY
 * (the kernel refuses a second dump while one is unread) and no stale message of the first
 * one. The dump spans many datagrams, so most of it is still queued when the caller stops.
 */
@NetlinkTest
class AbandonedDumpIT {
    private static final int PAIRS = 150;
    @Scratch
    private Rtnl rtnl;
    private RequestEngine engine;

    @BeforeEach
    void setUp() {
        engine = rtnl.engine();
        LinkRequests.createVethPairs(engine, "a", "b", PAIRS);
    }

    private void abandon(Predicate<Link> consumer) {
        engine.dump(LinkRequests.DUMP, LinkRequests::decode, consumer);
    }

    private void theSocketStillWorks() {
        long stale = engine.droppedUnexpected();
        assertThat(rtnl.links().list()).hasSize(1 + 2 * PAIRS);
        rtnl.links().setUp("a3");
        assertThat(rtnl.links().get("a3").isUp()).isTrue();
        rtnl.links().setDown("a3");
        assertThat(engine.droppedUnexpected()).as("stale messages of the abandoned dump")
                .isEqualTo(stale);
    }

    /**
     * The kernel's own dump order (by index on 6.18, by hash bucket on 6.1, where {@code lo}
     * is not first): stable while nothing changes.
     */
    private List<String> dumpOrder() {
        return rtnl.links().list().stream().map(Link::name).toList();
    }

    @Test
    void consumerReturnsFalse() {
        List<String> order = dumpOrder();
        List<String> seen = new ArrayList<>();
        abandon(l -> {
            seen.add(l.name());
            return seen.size() < 2;
        });
        assertThat(seen).isEqualTo(order.subList(0, 2));
        theSocketStillWorks();
    }

    @Test
    void consumerThrowsAnException() {
        String first = dumpOrder().get(0);
        assertThatThrownBy(() -> abandon(l -> {
            throw new IllegalStateException("caller gave up at " + l.name());
        })).isInstanceOf(IllegalStateException.class).hasMessage("caller gave up at " + first);
        theSocketStillWorks();
    }

    @Test
    void consumerThrowsAnError() {
        assertThatThrownBy(() -> abandon(l -> {
            throw new AssertionError("caller's assertion failed at " + l.name());
        })).isInstanceOf(AssertionError.class);
        theSocketStillWorks();
    }

    @Test
    void decoderFails() {
        assertThatThrownBy(() -> engine.dump(LinkRequests.DUMP, m -> {
            throw new DecodeException("decoder gave up");
        }, l -> true)).isInstanceOf(DecodeException.class);
        theSocketStillWorks();
    }

    @Test
    void manyAbandonedDumpsInARow() {
        for (int i = 0; i < 200; i++) {
            int stopAt = i % 7;
            int[] n = {0};
            abandon(l -> n[0]++ < stopAt);
        }
        theSocketStillWorks();
    }
}

package dev.jnetlink.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.testing.ControlMessages;
import dev.jnetlink.testing.LinkRequests;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An unconnected netlink socket accepts unicast datagrams from other sockets of the same
 * namespace (with CAP_NET_ADMIN). Every socket the library opens is connected to the kernel,
 * which then refuses them ({@code ECONNREFUSED}); replies and multicast events still arrive.
 * Behind that, the engine's second line of defence: with the victim's socket disconnected
 * again, a forger that knows the sequence number of the request in flight sends replies for
 * it, and the engine must take only the kernel's ({@code nl_pid} 0), count the rest, and
 * return the real answer.
 */
@NetlinkTest
class SpoofingIT {
    @Scratch
    private NetNs ns;
    private RequestEngine engine;
    private ForeignSender forger;
    private int victim;

    @BeforeEach
    void setUp() {
        NetlinkSocket[] sockets = ns.call(() -> new NetlinkSocket[] {
            NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE),
            NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE)});
        engine = new RequestEngine(sockets[0], RequestEngine.Options.DEFAULT);
        forger = new ForeignSender(sockets[1]);
        ForeignSender.disconnect(sockets[0]);
        victim = sockets[0].portId();
        LinkRequests.createVethPairs(engine, "a", "b", 50);
    }

    @AfterEach
    void tearDown() {
        try {
            forger.close();
        } finally {
            engine.close();
        }
    }

    private static Request create(String name, String peer) {
        Veth v = Veth.pair(name, peer).build();
        return new Request(Rtm.NEWLINK, NlMsg.F_CREATE | NlMsg.F_EXCL, name, IfInfoMsg.SIZE,
                Ifla.SPACE, w -> v.write(w, n -> 0));
    }

    private static Request get(String name) {
        return new Request(Rtm.GETLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            IfInfoMsg.EMPTY.write(w.buffer());
            w.putString(Ifla.IFNAME, name);
        });
    }

    static void forgedLink(MessageWriter w, int seq, int flags) {
        int m = w.beginMessage(Rtm.NEWLINK, flags, seq);
        new IfInfoMsg(0, 1, 999, 0, 0).write(w.buffer());
        w.putString(Ifla.IFNAME, "evil0");
        w.endMessage(m);
    }

    @Test
    void theKernelRefusesAnotherSocketsUnicastToAConnectedSocketButRepliesAndEventsArrive()
            throws Exception {
        NetlinkSocket[] s = ns.call(() -> new NetlinkSocket[] {
            NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE),
            NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE)});
        try (RequestEngine connected = new RequestEngine(s[0], RequestEngine.Options.DEFAULT);
                NetlinkSocket listener = s[1]) {
            listener.joinGroup(1); // RTNLGRP_LINK
            byte[] forged = ForeignSender.datagram(w -> forgedLink(w, 0, 0));
            assertThat(forger.trySendTo(s[0].portId(), forged, true)).isEqualTo(Errno.ECONNREFUSED.number());
            assertThat(forger.trySendTo(listener.portId(), forged, true)).isEqualTo(Errno.ECONNREFUSED.number());
            // Replies arrive,
            assertThat(connected.query(get("b7"), LinkCodec::decode).name()).isEqualTo("b7");
            connected.execute(create("c0", "d0"));
            assertThat(connected.droppedForeign()).isZero();
            // and so do multicast events: the new link, from the kernel.
            io.netty.buffer.ByteBuf buf = io.netty.buffer.PooledByteBufAllocator.DEFAULT.directBuffer(1 << 16);
            try {
                List<String> names = new java.util.ArrayList<>();
                while (!names.contains("c0") && listener.awaitReadable(5000)) {
                    buf.clear();
                    long r = listener.receive(buf, true);
                    assertThat(Receipt.fromKernel(r)).isTrue();
                    dev.jnetlink.codec.MessageCursor m = new dev.jnetlink.codec.MessageCursor();
                    m.reset(buf);
                    while (m.next()) {
                        if (m.type() == Rtm.NEWLINK) {
                            names.add(LinkCodec.decode(m).name());
                        }
                    }
                }
                assertThat(names).contains("c0");
            } finally {
                buf.release();
            }
        }
    }

    @Test
    void aForgedAckDoesNotTurnTheKernelsRefusalIntoSuccess() {
        long before = engine.droppedForeign();
        int s = engine.lastSequence() + 1;
        forger.sendTo(victim, w -> ControlMessages.ack(w, s, Rtm.NEWLINK));
        forger.sendTo(victim, w -> ControlMessages.refusal(w, s, Rtm.NEWLINK, 1, "forged"));
        // a0 exists: the kernel's answer is EEXIST.
        assertThatThrownBy(() -> engine.execute(create("a0", "z0")))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWLINK a0: EEXIST");
        assertThat(engine.droppedForeign() - before).isEqualTo(2);
        assertThat(engine.lastSequence()).isEqualTo(s);
    }

    @Test
    void aForgedReplyToAQueryIsDropped() {
        long before = engine.droppedForeign();
        int s = engine.lastSequence() + 1;
        forger.sendTo(victim, w -> forgedLink(w, s, 0));
        Link l = engine.query(get("b7"), LinkCodec::decode);
        assertThat(l.name()).isEqualTo("b7");
        assertThat(engine.droppedForeign() - before).isEqualTo(1);
    }

    @Test
    void forgedDumpMessagesSentWhileDumpsAreInFlightAreDroppedAndCounted() throws Exception {
        AtomicInteger current = new AtomicInteger(engine.lastSequence() + 1);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger forged = new AtomicInteger();
        long before = engine.droppedForeign();
        // Floods replies for the dump in flight (and the next), bounded so that the victim's
        // receive queue never fills: a full queue would make the kernel drop its own reply.
        Thread flood = new Thread(() -> {
            while (!stop.get() && forged.get() < 3000) {
                int s = current.get();
                forger.sendTo(victim, w -> {
                    forgedLink(w, s, NlMsg.F_MULTI);
                    ControlMessages.done(w, s, 0);
                });
                forged.incrementAndGet();
                Thread.onSpinWait();
            }
        }, "forger");
        flood.start();
        try {
            for (int round = 0; round < 30; round++) {
                int s = engine.lastSequence() + 1;
                current.set(s);
                // One forged DONE is certainly queued ahead of the kernel's first datagram.
                forger.sendTo(victim, w -> ControlMessages.done(w, s, 0));
                forged.incrementAndGet();
                List<Link> links = engine.dump(LinkRequests.DUMP, LinkRequests::decode);
                assertThat(links).hasSize(101).extracting(Link::name).doesNotContain("evil0")
                        .contains("lo", "a0", "b49");
                assertThat(engine.lastSequence()).isEqualTo(s);
            }
        } finally {
            stop.set(true);
            flood.join();
        }
        // Forged datagrams still queued are read, and dropped, by the next request.
        engine.execute(new Request(Rtm.NEWLINK, 0, "a1", IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            new IfInfoMsg(0, 0, 0, 0, 0).write(w.buffer());
            w.putString(Ifla.IFNAME, "a1");
        }));
        assertThat(engine.droppedForeign() - before).isEqualTo(forged.get());
        assertThat(forged.get()).isGreaterThan(30);
    }
}

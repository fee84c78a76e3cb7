package dev.jnetlink.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import java.time.Duration;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The request engine against the kernel: error mapping, extended acks, batches, dumps. */
@NetlinkTest
class RequestEngineIT {
    @Scratch
    private ScratchNamespaces scratch;
    @Scratch
    private NetNs ns;
    @Scratch
    private Rtnl rtnl;

    private static Request setMtu(String name, int mtu) {
        return new Request(Rtm.NEWLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            IfInfoMsg.EMPTY.write(w.buffer());
            w.putString(Ifla.IFNAME, name);
            w.putU32(Ifla.MTU, mtu);
        });
    }

    @Test
    void extendedAckOffsetNamesTheRejectedAttribute() {
        rtnl.links().add(Veth.pair("e0", "e1"));
        // IFLA_MTU of 2 bytes fails the kernel's attribute policy, which reports its offset.
        Request bad = new Request(Rtm.NEWLINK, 0, "e0", IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            IfInfoMsg.EMPTY.write(w.buffer());
            w.putString(Ifla.IFNAME, "e0");
            w.putU16(Ifla.MTU, 1400);
        });
        assertThatThrownBy(() -> rtnl.engine().execute(bad))
                .isInstanceOfSatisfying(NetlinkException.class, e -> {
                    assertThat(e.operation()).isEqualTo("RTM_NEWLINK");
                    assertThat(e.object()).isEqualTo("e0");
                    assertThat(e.errno()).isIn(Errno.ERANGE, Errno.EINVAL);
                    assertThat(e.attribute()).isEqualTo("IFLA_MTU");
                    assertThat(e.kernelMessage()).isNotBlank();
                    assertThat(e.getMessage()).startsWith("RTM_NEWLINK e0: " + e.errno())
                            .endsWith(" [IFLA_MTU]");
                });
    }

    @Test
    void theKernelsOwnMessageSurfacesVerbatim() {
        rtnl.links().add(Veth.pair("e0", "e1"));
        assertThatThrownBy(() -> rtnl.engine().execute(setMtu("e0", 100000)))
                .isInstanceOf(NetlinkException.class)
                .hasMessage("RTM_NEWLINK e0: EINVAL (Invalid argument): mtu greater than device maximum");
    }

    // A change without NLM_F_ACK gets no answer at all from the kernel: the engine cannot wait
    // for ever, and the client goes on afterwards.
    @Test
    void aRequestTheKernelNeverAnswersFailsAtTheReplyDeadlineAndTheClientGoesOn() {
        rtnl.links().add(Veth.pair("e0", "e1"));
        Duration deadline = Duration.ofMillis(300);
        try (Rtnl quick = Rtnl.openIn(ns, RequestEngine.Options.DEFAULT.withReplyTimeout(deadline))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> quick.engine().query(setMtu("e0", 1400), m -> m.type()))
                    .isInstanceOf(ReplyTimeoutException.class)
                    .hasMessageStartingWith("RTM_NEWLINK e0: ETIMEDOUT (Connection timed out) (no reply"
                            + " from the kernel for 300 ms");
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertThat(waited).isGreaterThanOrEqualTo(290).isLessThan(300 + 2000);
            assertThat(quick.links().get("e0").mtu()).isEqualTo(1400);
            quick.links().setMtu("e0", 1300);
            assertThat(quick.links().list()).hasSize(3);
        }
    }

    @Test
    void batchMapsEachFailureBackToItsRequest() {
        rtnl.links().add(Veth.pair("e0", "e1"));
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            requests.add(setMtu(i % 100 == 42 ? "nope" + i : "e0", 1000 + i));
        }
        BatchResult r = rtnl.engine().batch(requests);
        assertThat(r.size()).isEqualTo(300);
        assertThat(r.failedIndexes()).containsExactly(42, 142, 242);
        assertThat(r.failure(142)).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("RTM_NEWLINK nope142: ENODEV");
        assertThat(rtnl.links().get("e0").mtu()).isEqualTo(1299);
        assertThatThrownBy(r::throwIfAnyFailed).isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2));
    }

    @Test
    void dumpsSpanningManyDatagramsAreComplete() {
        List<Request> creates = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Veth v = Veth.pair("a" + i, "b" + i).build();
            creates.add(new Request(Rtm.NEWLINK, NlMsg.F_CREATE | NlMsg.F_EXCL, v.name(),
                    IfInfoMsg.SIZE, Ifla.SPACE, w -> v.write(w, n -> 0)));
        }
        rtnl.engine().batch(creates).throwIfAnyFailed();
        List<Link> links = rtnl.links().list();
        assertThat(links).hasSize(401);
        // Order is the kernel's: index order on 6.18, hash-bucket order on 6.1.
        assertThat(links).extracting(Link::index).doesNotHaveDuplicates();
        // The socket stays usable after a long dump.
        assertThat(rtnl.links().get("a199").kind()).isEqualTo("veth");
        assertThat(rtnl.engine().droppedForeign()).isZero();
    }

    @Test
    void aConsumerThatStopsEarlyLeavesTheSocketUsable() {
        for (int i = 0; i < 50; i++) {
            rtnl.links().add(Veth.pair("a" + i, "b" + i));
        }
        List<String> seen = new ArrayList<>();
        Request dump = new Request(Rtm.GETLINK, 0, null, IfInfoMsg.SIZE, Ifla.SPACE,
                w -> IfInfoMsg.EMPTY.write(w.buffer()));
        rtnl.engine().dump(dump, m -> m.type() == Rtm.NEWLINK
                ? dev.jnetlink.codec.link.LinkCodec.decode(m) : null, l -> {
                    seen.add(l.name());
                    return seen.size() < 3;
                });
        assertThat(seen).hasSize(3);
        assertThat(rtnl.links().list()).hasSize(101);
    }

    // ------------------------------------------------------------ long dumps, decoded ahead

    private void pairs(int n) {
        List<Request> creates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Veth v = Veth.pair("a" + i, "b" + i).build();
            creates.add(new Request(Rtm.NEWLINK, NlMsg.F_CREATE | NlMsg.F_EXCL, v.name(),
                    IfInfoMsg.SIZE, Ifla.SPACE, w -> v.write(w, n2 -> 0)));
        }
        rtnl.engine().batch(creates).throwIfAnyFailed();
    }

    private static final Request LINK_DUMP = new Request(Rtm.GETLINK, 0, null, IfInfoMsg.SIZE,
            Ifla.SPACE, w -> {
                IfInfoMsg.EMPTY.write(w.buffer());
                w.putU32(Ifla.EXT_MASK, Ifla.RTEXT_FILTER_VF);
            });

    private static Link decodeLink(dev.jnetlink.codec.MessageCursor m) {
        return m.type() == Rtm.NEWLINK ? dev.jnetlink.codec.link.LinkCodec.decode(m) : null;
    }

    @Test
    void byDefaultALongDumpRunsOnTheCallersThreadAlone() {
        pairs(300); // 601 links of ~1.5 KB: some 30 datagrams
        Set<Thread> decoders = new HashSet<>();
        List<Link> links = rtnl.engine().dump(LINK_DUMP, m -> {
            decoders.add(Thread.currentThread());
            return decodeLink(m);
        });
        assertThat(links).hasSize(601);
        assertThat(decoders).containsExactly(Thread.currentThread());
    }

    @Test
    void withADecodeExecutorALongDumpIsDecodedAheadInKernelOrderOneCallAtATime() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1,
                "decoding ahead needs a second CPU");
        pairs(300);
        ExecutorService pool = Executors.newCachedThreadPool(r -> new Thread(r, "it-decoder"));
        pool.submit(() -> { }).get(); // a thread idle in the pool, as in a service that dumps often
        try (Rtnl ahead = Rtnl.openIn(ns, RequestEngine.Options.DEFAULT.withDecodeExecutor(pool))) {
            Thread caller = Thread.currentThread();
            List<Integer> decoded = Collections.synchronizedList(new ArrayList<>());
            List<Integer> delivered = new ArrayList<>();
            Set<Thread> decoders = Collections.synchronizedSet(new HashSet<>());
            Set<Thread> consumers = new HashSet<>();
            AtomicInteger inDecoder = new AtomicInteger();
            AtomicInteger overlaps = new AtomicInteger();
            ahead.engine().dump(LINK_DUMP, m -> {
                if (inDecoder.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                try {
                    decoders.add(Thread.currentThread());
                    Link l = decodeLink(m);
                    if (l != null) {
                        decoded.add(l.index());
                    }
                    return l;
                } finally {
                    inDecoder.decrementAndGet();
                }
            }, l -> {
                consumers.add(Thread.currentThread());
                delivered.add(l.index());
                return true;
            });
            assertThat(delivered).hasSize(601).isEqualTo(decoded).doesNotHaveDuplicates();
            assertThat(consumers).containsExactly(caller);
            assertThat(decoders).contains(caller).hasSize(2)
                    .anySatisfy(t -> assertThat(t.getName()).isEqualTo("it-decoder"));
            assertThat(overlaps.get()).isZero();
            assertThat(ahead.links().get("a299").kind()).isEqualTo("veth");
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aDecoderFailingLateInALongDumpDrainsItAndLeavesTheSocketUsable() {
        pairs(300);
        AtomicInteger n = new AtomicInteger();
        assertThatThrownBy(() -> rtnl.engine().dump(LINK_DUMP, m -> {
            if (n.incrementAndGet() == 400) {
                throw new dev.jnetlink.codec.DecodeException("message 400 is broken");
            }
            return m.type() == Rtm.NEWLINK ? dev.jnetlink.codec.link.LinkCodec.decode(m) : null;
        }, l -> true)).isInstanceOf(dev.jnetlink.codec.DecodeException.class)
                .hasMessage("message 400 is broken");
        assertThat(n.get()).isEqualTo(400);
        assertThat(rtnl.links().list()).hasSize(601);
    }

    @Test
    void aConsumerStoppingLateInALongDumpSeesNoMoreAndLeavesTheSocketUsable() {
        pairs(300);
        List<String> seen = new ArrayList<>();
        boolean interrupted = rtnl.engine().dump(LINK_DUMP, m -> m.type() == Rtm.NEWLINK
                ? dev.jnetlink.codec.link.LinkCodec.decode(m) : null, l -> {
                    seen.add(l.name());
                    return seen.size() < 450;
                });
        assertThat(interrupted).isFalse();
        assertThat(seen).hasSize(450);
        assertThat(rtnl.links().list()).hasSize(601);
    }

    @Test
    void aConsumerThrowingLateInALongDumpDrainsIt() {
        pairs(300);
        AtomicInteger n = new AtomicInteger();
        assertThatThrownBy(() -> rtnl.engine().dump(LINK_DUMP, m -> m.type() == Rtm.NEWLINK
                ? dev.jnetlink.codec.link.LinkCodec.decode(m) : null, l -> {
                    if (n.incrementAndGet() == 500) {
                        throw new IllegalStateException("consumer gave up at 500");
                    }
                    return true;
                })).isInstanceOf(IllegalStateException.class).hasMessage("consumer gave up at 500");
        assertThat(n.get()).isEqualTo(500);
        assertThat(rtnl.links().get("a0").kind()).isEqualTo("veth");
    }
}

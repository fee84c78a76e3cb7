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
import dev.jnetlink.testing.ControlMessages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's sequence and multipart discipline against datagrams the real kernel cannot be
 * made to send on demand (a stale duplicate {@code NLMSG_DONE}, an error in the middle of a
 * dump, a sequence number about to wrap, a 100 KiB message): these unit tests drive the engine
 * through a scripted {@link Transport} ({@link ScriptedTransport}), not the kernel. The
 * integration tests ({@code SpoofingIT}, {@code AbandonedDumpIT}, {@code DumpChurnIT}) cover
 * what the kernel does produce.
 */
class RequestEngineDisciplineTest {
    private final ScriptedTransport kernel = new ScriptedTransport();
    private RequestEngine engine = engine(1000);

    private RequestEngine engine(int lastSeq) {
        return new RequestEngine(kernel, RequestEngine.Options.DEFAULT.withDumpRetries(2), 16,
                lastSeq);
    }

    @AfterEach
    void close() {
        engine.close();
        assertThat(kernel.isClosed()).isTrue();
    }

    private static final Request SET_UP = new Request(Rtm.NEWLINK, 0, "e0", IfInfoMsg.SIZE,
            Ifla.SPACE, w -> IfInfoMsg.EMPTY.write(w.buffer()));
    private static final Request DUMP = new Request(Rtm.GETLINK, 0, null, IfInfoMsg.SIZE,
            Ifla.SPACE, w -> IfInfoMsg.EMPTY.write(w.buffer()));

    static void link(MessageWriter w, int seq, int flags, int index, String name) {
        int m = w.beginMessage(Rtm.NEWLINK, NlMsg.F_MULTI | flags, seq);
        new IfInfoMsg(0, 1, index, 0, 0).write(w.buffer());
        w.putString(Ifla.IFNAME, name);
        w.endMessage(m);
    }

    private List<String> names(List<Link> links) {
        return links.stream().map(Link::name).toList();
    }

    private List<String> dumpNames() {
        return names(engine.dump(DUMP, m -> m.type() == Rtm.NEWLINK ? LinkCodec.decode(m) : null));
    }

    @Test
    void anAckWithTheRightSequenceFromAnotherProcessIsNotTakenForTheKernels() {
        kernel.respond((r, k) -> {
            k.from(4242, w -> ControlMessages.ack(w, r.seq(), r.type()));
            k.fromKernel(w -> ControlMessages.ack(w, r.seq() - 1, r.type()));
            k.fromKernel(w -> ControlMessages.noop(w, r.seq()));
            k.fromKernel(w -> ControlMessages.refusal(w, r.seq(), r.type(), 17, "exists"));
        });
        assertThatThrownBy(() -> engine.execute(SET_UP)).isInstanceOf(AlreadyExistsException.class)
                .hasMessage("RTM_NEWLINK e0: EEXIST (File exists): exists");
        assertThat(engine.droppedForeign()).isEqualTo(1);
        assertThat(engine.droppedUnexpected()).isEqualTo(1);
        assertThat(kernel.pending()).isZero();
    }

    @Test
    void noopIsSkippedByQueriesAndDumps() {
        kernel.respond((r, k) -> k.fromKernel(w -> {
            ControlMessages.noop(w, r.seq());
            link(w, r.seq(), 0, 7, "e7");
            if ((r.flags() & NlMsg.F_DUMP) == NlMsg.F_DUMP) {
                ControlMessages.noop(w, r.seq());
                ControlMessages.done(w, r.seq(), 0);
            }
        }));
        Link one = engine.query(SET_UP, LinkCodec::decode);
        assertThat(one.name()).isEqualTo("e7");
        assertThat(dumpNames()).containsExactly("e7");
    }

    @Test
    void aDuplicateDoneEndsNoOtherDump() {
        List<Integer> dumps = new ArrayList<>();
        kernel.respond((r, k) -> {
            dumps.add(r.seq());
            if (dumps.size() == 1) {
                k.fromKernel(w -> {
                    link(w, r.seq(), 0, 1, "a");
                    ControlMessages.done(w, r.seq(), 0);
                    ControlMessages.done(w, r.seq(), 0);
                });
                // A late copy that is still queued when the next dump starts.
                k.fromKernel(w -> ControlMessages.done(w, r.seq(), 0));
            } else {
                k.fromKernel(w -> link(w, r.seq(), 0, 2, "b"));
                k.fromKernel(w -> ControlMessages.done(w, r.seq(), 0));
            }
        });
        assertThat(dumpNames()).containsExactly("a");
        assertThat(dumpNames()).containsExactly("b");
        assertThat(dumps.get(1)).isNotEqualTo(dumps.get(0));
        // The stale DONE was dropped; the one after the first DONE was never looked at.
        assertThat(engine.droppedUnexpected()).isEqualTo(1);
        assertThat(kernel.pending()).isZero();
    }

    @Test
    void anErrorInTheMiddleOfADumpFailsThatDumpOnly() {
        List<Integer> dumps = new ArrayList<>();
        kernel.respond((r, k) -> {
            dumps.add(r.seq());
            switch (dumps.size()) {
                // The kernel's way: the dump ends with NLMSG_DONE carrying the errno.
                case 1 -> k.fromKernel(w -> {
                    link(w, r.seq(), 0, 1, "a");
                    link(w, r.seq(), 0, 2, "b");
                    ControlMessages.done(w, r.seq(), 90);
                });
                // An NLMSG_ERROR after some messages, then what a confused peer might still send.
                case 2 -> {
                    k.fromKernel(w -> link(w, r.seq(), 0, 1, "a"));
                    k.fromKernel(w -> ControlMessages.refusal(w, r.seq(), r.type(), 16, null));
                    k.fromKernel(w -> {
                        link(w, r.seq(), 0, 2, "late");
                        ControlMessages.done(w, r.seq(), 0);
                    });
                }
                default -> k.fromKernel(w -> {
                    link(w, r.seq(), 0, 3, "c");
                    ControlMessages.done(w, r.seq(), 0);
                });
            }
        });
        assertThatThrownBy(this::dumpNames).isInstanceOf(NetlinkException.class)
                .hasMessage("RTM_GETLINK: EMSGSIZE (Message too long)");
        assertThatThrownBy(this::dumpNames).isInstanceOf(NetlinkException.class)
                .hasMessage("RTM_GETLINK: EBUSY (Device or resource busy)");
        // The late messages of the failed dump are not part of the next one.
        assertThat(dumpNames()).containsExactly("c");
        assertThat(engine.droppedUnexpected()).isEqualTo(2);
    }

    @Test
    void aMessageOver64KibIsReceivedWhole() {
        byte[] big = new byte[50_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        kernel.respond((r, k) -> {
            k.fromKernel(w -> {
                int m = w.beginMessage(Rtm.NEWLINK, NlMsg.F_MULTI, r.seq());
                new IfInfoMsg(0, 1, 9, 0, 0).write(w.buffer());
                w.putString(Ifla.IFNAME, "vf-rich");
                w.putBytes(Ifla.VFINFO_LIST, big);
                w.putBytes(Ifla.VF_PORTS, big);
                w.endMessage(m);
            });
            k.fromKernel(w -> ControlMessages.done(w, r.seq(), 0));
        });
        List<Link> links = engine.dump(DUMP, LinkCodec::decode);
        assertThat(links).hasSize(1);
        assertThat(links.get(0).name()).isEqualTo("vf-rich");
        assertThat(links.get(0).virtualFunctions().infoList().toArray()).isEqualTo(big);
        assertThat(links.get(0).virtualFunctions().ports().toArray()).isEqualTo(big);
    }

    @Test
    void anInterruptedDumpIsRetriedThenReportedWithItsPartialResult() {
        int[] tries = {0};
        kernel.respond((r, k) -> {
            tries[0]++;
            int intr = tries[0] <= 3 ? NlMsg.F_DUMP_INTR : 0;
            k.fromKernel(w -> {
                link(w, r.seq(), 0, 1, "try" + tries[0]);
                link(w, r.seq(), intr, 2, "x");
                ControlMessages.done(w, r.seq(), 0);
            });
        });
        // dumpRetries = 2: three tries, all interrupted.
        assertThatThrownBy(this::dumpNames).isInstanceOfSatisfying(DumpInterruptedException.class,
                e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(names(e.partialResult())).containsExactly("try3", "x");
                });
        assertThat(engine.interruptedDumps()).isEqualTo(3);
        // The fourth try is clean and is returned as it is.
        assertThat(dumpNames()).containsExactly("try4", "x");
        assertThat(engine.interruptedDumps()).isEqualTo(3);
    }

    @Test
    void aConsumerThatThrowsAnErrorStillLeavesTheDumpDrained() {
        kernel.respond((r, k) -> {
            k.fromKernel(w -> link(w, r.seq(), 0, 1, "a"));
            k.fromKernel(w -> link(w, r.seq(), 0, 2, "b"));
            k.fromKernel(w -> ControlMessages.done(w, r.seq(), 0));
        });
        assertThatThrownBy(() -> engine.dump(DUMP, LinkCodec::decode, l -> {
            throw new AssertionError("consumer gave up on " + l.name());
        })).isInstanceOf(AssertionError.class).hasMessage("consumer gave up on a");
        assertThat(kernel.pending()).isZero();
        assertThat(dumpNames()).containsExactly("a", "b");
    }

    @Test
    void batchAcksAreMatchedAcrossTheSequenceWrap() {
        engine.close();
        engine = engine(-4);
        kernel.respond((r, k) -> k.fromKernel(w -> {
            if (new String(r.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("bad")) {
                ControlMessages.refusal(w, r.seq(), r.type(), 19, null);
            } else {
                ControlMessages.ack(w, r.seq(), r.type());
            }
        }));
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = i == 5 ? "bad" : "e" + i;
            requests.add(new Request(Rtm.NEWLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
                IfInfoMsg.EMPTY.write(w.buffer());
                w.putString(Ifla.IFNAME, name);
            }));
        }
        BatchResult result = engine.batch(requests);
        assertThat(result.failedIndexes()).containsExactly(5);
        assertThat(result.failure(5)).hasMessageStartingWith("RTM_NEWLINK bad: ENODEV");
        assertThat(kernel.sent()).extracting(ScriptedTransport.Sent::seq).doesNotContain(0)
                .doesNotHaveDuplicates();
        // And after the batch, a request with the next number still gets its own ack.
        engine.execute(SET_UP);
        assertThat(engine.droppedUnexpected()).isZero();
    }

    @Test
    void aRequestFromInsideAnotherRequestIsRefusedAndTheEngineStaysUsable() {
        kernel.respond((r, k) -> k.fromKernel(w -> ControlMessages.ack(w, r.seq(), r.type())));
        Request nested = new Request(Rtm.NEWLINK, 0, "outer", IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            IfInfoMsg.EMPTY.write(w.buffer());
            engine.execute(SET_UP);
        });
        assertThatThrownBy(() -> engine.execute(nested)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("from inside another request's body");
        assertThat(engine.datagramsSent()).isZero();
        engine.execute(SET_UP);
        assertThat(engine.datagramsSent()).isEqualTo(1);
        assertThat(kernel.sent()).hasSize(1);
    }
}
